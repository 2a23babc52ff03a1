// Documents repository: insert (one transaction with pages and FTS rows), lookups, filters,
// validated updates, removal that also clears the full-text index.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  countPages,
  findDocumentBySha,
  getDocument,
  getPageText,
  getPdfBytes,
  insertDocument,
  listDocuments,
  updateDocument,
} from '../../../../../main/db/repositories/documents';
import { getReadingPosition, setReadingPosition } from '../../../../../main/db/repositories/positions';
import { GlossaError } from '../../../../../shared/errors';
import { addDocument, newDocument, type TempProject, tempProject } from '../../../../helpers/temp-project';
import { removeDocumentAction } from '../../../../../main/core/documents/remove-document';
import { ALICE } from '../../core/coding/coding-fixture';

let p: TempProject;
beforeEach(() => {
  p = tempProject('glossa-docs-');
});
afterEach(() => p.close());

function ftsRowCount(): number {
  // Contentless tables keep one docsize row per indexed row.
  return (p.handle.db.prepare('SELECT count(*) AS n FROM pages_fts_docsize').get() as { n: number }).n;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof GlossaError ? err.code : `not-glossa: ${String(err)}`;
  }
  return undefined;
}

describe('insertDocument', () => {
  it('stores the document, its bytes, pages and FTS rows', () => {
    const { input, bytes } = newDocument(['First page.', 'Second page.'], { title: 'EU Strategy', organisation: 'eu', countries: ['moldova', 'ukraine'], year: 2021 });
    const doc = insertDocument(p.handle.db, input, ['First page.', 'Second page.'], bytes);
    expect(doc.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(doc.importedAt).toBe(doc.updatedAt);
    expect(getDocument(p.handle.db, doc.id)).toEqual(doc);
    expect(findDocumentBySha(p.handle.db, input.sha256)).toEqual(doc);
    expect(findDocumentBySha(p.handle.db, '0'.repeat(64))).toBeNull();
    expect(Buffer.from(getPdfBytes(p.handle.db, doc.id)).equals(Buffer.from(bytes))).toBe(true);
    expect(getPageText(p.handle.db, doc.id, 1)).toBe('Second page.');
    expect(countPages(p.handle.db, doc.id)).toBe(2);
    expect(countPages(p.handle.db)).toBe(2);
    expect(ftsRowCount()).toBe(2);
  });

  it('uses the file name when the title is empty', () => {
    const doc = addDocument(p.db, ['x'], { title: '  ', fileName: 'greta-2020.pdf' });
    expect(doc.title).toBe('greta-2020.pdf');
  });

  it('refuses a second copy of the same file with import.duplicate', () => {
    addDocument(p.db, ['same text']);
    expect(codeOf(() => addDocument(p.db, ['same text']))).toBe('import.duplicate');
    expect(listDocuments(p.handle.db)).toHaveLength(1);
  });

  it('refuses unknown vocabulary values and mismatched counts', () => {
    expect(codeOf(() => addDocument(p.db, ['a'], { organisation: 'nato' }))).toBe('api.badInput');
    expect(codeOf(() => addDocument(p.db, ['b'], { countries: ['narnia'] }))).toBe('api.badInput');
    expect(codeOf(() => addDocument(p.db, ['c'], { pageCount: 5 }))).toBe('api.badInput');
    expect(listDocuments(p.handle.db)).toHaveLength(0);
  });

  it('leaves nothing behind when a page fails mid-transaction', () => {
    const texts = ['ok page', 'another', null as unknown as string];
    const { input, bytes } = newDocument(['x', 'y', 'z']);
    expect(() => insertDocument(p.handle.db, input, texts, bytes)).toThrow();
    expect(listDocuments(p.handle.db)).toHaveLength(0);
    expect(countPages(p.handle.db)).toBe(0);
    expect(ftsRowCount()).toBe(0);
    expect((p.handle.db.prepare('SELECT count(*) AS n FROM document_files').get() as { n: number }).n).toBe(0);
  });
});

describe('listDocuments filters', () => {
  beforeEach(() => {
    addDocument(p.db, ['a'], { title: 'OSCE report on Moldova', organisation: 'osce', countries: ['moldova'], year: 2012, docType: 'progress-report', language: 'en' });
    addDocument(p.db, ['b'], { title: 'Доклад ГРЕТА о Молдове', organisation: 'coe-greta', countries: ['moldova', 'ukraine'], year: 2018, docType: 'evaluation', language: 'ru' });
    addDocument(p.db, ['c'], { title: 'TIP Report', organisation: 'usa-state-dept', countries: ['region-wide'], year: null, docType: 'study', language: 'en' });
  });
  const titles = (filter: Parameters<typeof listDocuments>[1]) => listDocuments(p.handle.db, filter).map((d) => d.title).sort();

  it('filters by each attribute', () => {
    expect(titles(undefined)).toHaveLength(3);
    expect(titles({ organisations: ['osce', 'coe-greta'] })).toEqual(['OSCE report on Moldova', 'Доклад ГРЕТА о Молдове']);
    expect(titles({ countries: ['ukraine'] })).toEqual(['Доклад ГРЕТА о Молдове']);
    expect(titles({ countries: ['moldova'] })).toHaveLength(2);
    expect(titles({ yearFrom: 2015 })).toEqual(['Доклад ГРЕТА о Молдове']);
    expect(titles({ yearFrom: 2010, yearTo: 2013 })).toEqual(['OSCE report on Moldova']);
    expect(titles({ docTypes: ['study'] })).toEqual(['TIP Report']);
    expect(titles({ languages: ['ru'] })).toEqual(['Доклад ГРЕТА о Молдове']);
    expect(titles({ organisations: [] })).toHaveLength(3);
  });

  it('matches title text case-insensitively in both scripts', () => {
    expect(titles({ text: 'tip' })).toEqual(['TIP Report']);
    expect(titles({ text: 'грета' })).toEqual(['Доклад ГРЕТА о Молдове']);
    expect(titles({ text: 'report.pdf' })).toHaveLength(3);
    expect(titles({ text: 'nothing like it' })).toEqual([]);
  });
});

describe('updateDocument', () => {
  it('updates validated attributes and the timestamp', async () => {
    const doc = addDocument(p.db, ['a']);
    await new Promise((r) => setTimeout(r, 5));
    const updated = updateDocument(p.handle.db, doc.id, { title: ' New title ', countries: ['georgia', 'georgia', 'armenia'], year: 2020, language: 'ru' });
    expect(updated.title).toBe('New title');
    expect(updated.countries).toEqual(['georgia', 'armenia']);
    expect(updated.year).toBe(2020);
    expect(updated.updatedAt > doc.updatedAt).toBe(true);
    expect(updateDocument(p.handle.db, doc.id, { year: null, organisation: '' }).year).toBeNull();
  });

  it('refuses bad values and unknown documents', () => {
    const doc = addDocument(p.db, ['a']);
    expect(codeOf(() => updateDocument(p.handle.db, doc.id, { title: '' }))).toBe('api.badInput');
    expect(codeOf(() => updateDocument(p.handle.db, doc.id, { year: 20201 }))).toBe('api.badInput');
    expect(codeOf(() => updateDocument(p.handle.db, doc.id, { year: 2020.5 }))).toBe('api.badInput');
    expect(codeOf(() => updateDocument(p.handle.db, doc.id, { docType: 'novel' }))).toBe('api.badInput');
    expect(codeOf(() => updateDocument(p.handle.db, doc.id, { language: 'de' }))).toBe('api.badInput');
    expect(codeOf(() => updateDocument(p.handle.db, 'missing', { title: 'x' }))).toBe('document.notFound');
    expect(getDocument(p.handle.db, doc.id).title).toBe('Report');
  });
});

describe('removeDocumentAction (core/documents/remove-document.ts)', () => {
  it('removes pages, file, position and FTS rows, and only those of the document', () => {
    const keep = addDocument(p.db, ['keep one', 'keep two']);
    const gone = addDocument(p.db, ['gone one', 'gone two', 'gone three']);
    setReadingPosition(p.handle.db, gone.id, { pageIndex: 2, zoom: 1.5, pageOffset: 0.3 });
    expect(ftsRowCount()).toBe(5);
    removeDocumentAction(p.handle.db, ALICE, gone.id);
    expect(ftsRowCount()).toBe(2);
    expect(countPages(p.handle.db)).toBe(2);
    expect(getReadingPosition(p.handle.db, gone.id)).toBeNull();
    expect(codeOf(() => getDocument(p.handle.db, gone.id))).toBe('document.notFound');
    expect(codeOf(() => getPdfBytes(p.handle.db, gone.id))).toBe('document.notFound');
    expect(listDocuments(p.handle.db).map((d) => d.id)).toEqual([keep.id]);
    const hits = p.handle.db.prepare("SELECT rowid FROM pages_fts WHERE pages_fts MATCH 'gone'").all();
    expect(hits).toEqual([]);
    expect(codeOf(() => removeDocumentAction(p.handle.db, ALICE, gone.id))).toBe('document.notFound');
    expect(p.handle.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('getPageText', () => {
  it('distinguishes a missing page from a missing document', () => {
    const doc = addDocument(p.db, ['only page']);
    expect(codeOf(() => getPageText(p.handle.db, doc.id, 3))).toBe('api.badInput');
    expect(codeOf(() => getPageText(p.handle.db, 'nope', 0))).toBe('document.notFound');
  });
});
