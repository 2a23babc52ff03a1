// Files that cannot be imported get a message: one non-PDF is named, several are counted, a
// mixed drop imports the PDFs and tells about the rest, a drop without a project says so.
import { describe, expect, it } from 'vitest';
import { splitImportFiles } from '../../../../renderer/features/import/non-pdf-message';
import { t } from '../../../../renderer/i18n/i18n';

const f = (name: string, type = '') => ({ name, type });

describe('splitImportFiles', () => {
  it('imports PDFs (by type or by name) without a message', () => {
    const r = splitImportFiles([f('a.pdf'), f('B.PDF'), f('scan', 'application/pdf')], true);
    expect(r.pdfs.map((x) => x.name)).toEqual(['a.pdf', 'B.PDF', 'scan']);
    expect(r.message).toBeNull();
  });

  it('names a single non-PDF, as an error when nothing else is imported', () => {
    const r = splitImportFiles([f('notes.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')], true);
    expect(r.pdfs).toEqual([]);
    expect(r.message).toEqual({ kind: 'error', key: 'import.notPdf', params: { name: 'notes.docx' } });
    expect(t(r.message!.key, r.message!.params)).toBe('“notes.docx” is not a PDF file: only PDF files can be imported.');
  });

  it('counts several non-PDFs; with PDFs among them it is only a notice', () => {
    const r = splitImportFiles([f('a.pdf'), f('b.txt'), f('c.png', 'image/png')], true);
    expect(r.pdfs.map((x) => x.name)).toEqual(['a.pdf']);
    expect(r.message).toEqual({ kind: 'info', key: 'import.skippedNonPdf', params: { count: 2 } });
    expect(splitImportFiles([f('b.txt'), f('c.png')], true).message?.kind).toBe('error');
  });

  it('says a project is needed when none is open, and stays quiet about an empty drop', () => {
    expect(splitImportFiles([f('a.pdf')], false)).toEqual({ pdfs: [], message: { kind: 'error', key: 'import.dropNeedsProject', params: {} } });
    expect(splitImportFiles([], true)).toEqual({ pdfs: [], message: null });
  });
});
