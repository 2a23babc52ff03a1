// Removing a document is one undoable action: every row it takes (document, PDF bytes, pages and
// their search index rows, reading position, highlights, codings, comments, the document memo)
// comes back with undo — same ids, same bytes — and goes again with redo; the counts shown in
// the confirmation; a history entry; other documents untouched.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { listCodesWithCounts } from '../../../../../main/core/coding/codes';
import { setMemo } from '../../../../../main/core/coding/memos';
import { redo, undo, undoState } from '../../../../../main/core/coding/undo-stack';
import { removeDocumentAction } from '../../../../../main/core/documents/remove-document';
import { bibliographyRow, putBibliographyRaw } from '../../../../../main/db/repositories/bibliography';
import { documentRemovalInfo } from '../../../../../main/db/repositories/document-removal';
import { listHistory } from '../../../../../main/db/repositories/history';
import { setReadingPosition } from '../../../../../main/db/repositories/positions';
import { searchPages } from '../../../../../main/db/repositories/search';
import type { Db } from '../../../../../main/db/connection';
import { tempProject, type TempProject } from '../../../../helpers/temp-project';
import { addDocument, ALICE, BORIS } from '../coding/coding-fixture';

const TABLES = ['documents', 'document_files', 'pages', 'reading_positions', 'annotations', 'annotation_codes', 'memos', 'document_bibliography'];

/** Every row of the tables a removal touches, plus the search index's answer for both documents. */
function dump(db: Db): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all();
  return out;
}

let p: TempProject;
let docId: string;
let otherId: string;
const code = (name: string) => listCodesWithCounts(p.db).find((c) => c.text.en.name === name)!.id;

const firstPages = new Map<string, string>();

function highlight(documentId: string, codeIds: string[], comment: string, start = 0) {
  const page = firstPages.get(documentId)!;
  const exact = page.slice(start, start + 9);
  return createAnnotation(p.db, ALICE, {
    documentId,
    kind: 'text',
    targets: [
      {
        pageIndex: 0,
        rects: [{ x1: 10, y1: 700, x2: 200, y2: 712 }],
        quote: { type: 'TextQuoteSelector', exact, prefix: page.slice(0, start), suffix: page.slice(start + 9, start + 17) },
        position: { type: 'TextPositionSelector', start, end: start + 9 },
      },
    ],
    color: null,
    comment,
    codeIds,
  }).result;
}

const hits = (q: string) => searchPages(p.db, { text: q }).hits.map((h) => h.documentId);
/** Raw index rows matching a word: the contentless index must not keep rows of removed pages. */
const indexRows = (word: string) => (p.db.prepare('SELECT count(*) AS n FROM pages_fts WHERE pages_fts MATCH ?').get(word) as { n: number }).n;

beforeEach(() => {
  p = tempProject();
  docId = addDocument(p.db, 'Coded report', ['The EU funded a study by IOM on Kyrgyzstan.', 'Вторая страница о торговле людьми.']);
  otherId = addDocument(p.db, 'Other report', ['The EU funded another study in Moldova.']);
  firstPages.set(docId, 'The EU funded a study by IOM on Kyrgyzstan.');
  firstPages.set(otherId, 'The EU funded another study in Moldova.');
  highlight(docId, [code('Funding'), code('IOM')], 'a comment', 0);
  highlight(docId, [code('Funding')], '', 4);
  highlight(otherId, [code('Funding')], 'kept', 0);
  setMemo(p.db, BORIS, 'document', docId, '# Why this report matters');
  setReadingPosition(p.db, docId, { pageIndex: 1, zoom: 1.5, pageOffset: 0.25 });
  for (const [documentId, citekey] of [[docId, 'iom2019'], [otherId, 'eu2020']]) {
    putBibliographyRaw(p.db, bibliographyRow({
      documentId, csl: { type: 'report', title: citekey, author: [{ literal: 'IOM' }] }, source: 'bibtex', zoteroLibraryId: null, zoteroKey: null, citekey, updatedAt: '2026-12-01T12:00:00.000Z',
    }));
  }
});
afterEach(() => p.close());

describe('document removal', () => {
  it('counts what goes with the document for the confirmation', () => {
    expect(documentRemovalInfo(p.db, docId)).toEqual({ annotations: 2, codings: 3, comments: 1, memo: true });
    expect(documentRemovalInfo(p.db, otherId)).toEqual({ annotations: 1, codings: 1, comments: 1, memo: false });
  });

  it('removes every row of the document and nothing else, in one history entry', () => {
    const before = dump(p.db);
    const out = removeDocumentAction(p.db, ALICE, docId);
    expect(out.result).toEqual({ annotations: 2, codings: 3, comments: 1, memo: true });
    expect(out.documentsChanged).toBe(true);
    const after = dump(p.db);
    expect(after.documents).toEqual(before.documents.filter((d) => (d as { id: string }).id !== docId));
    expect(after.annotations.map((a) => (a as { document_id: string }).document_id)).toEqual([otherId]);
    expect(after.memos).toEqual([]);
    expect(after.reading_positions).toEqual([]);
    expect(after.document_bibliography.map((b) => (b as { citekey: string }).citekey)).toEqual(['eu2020']);
    expect(after.document_files).toHaveLength(1);
    expect(hits('Kyrgyzstan')).toEqual([]);
    expect(hits('торговле')).toEqual([]);
    expect(hits('Moldova')).toEqual([otherId]);
    expect(indexRows('kyrgyzstan')).toBe(0);
    expect(indexRows('moldova')).toBe(1);
    const [entry] = listHistory(p.db, { limit: 1 });
    expect(entry).toMatchObject({ action: 'document.remove', summary: 'Removed document "Coded report" (2 highlights, 3 codings)' });
    expect(undoState(p.db)).toMatchObject({ canUndo: true, undoLabel: 'Remove document' });
  });

  it('undo brings back identical rows (PDF bytes, pages, index, codings, memo); redo removes them again', () => {
    const before = dump(p.db);
    removeDocumentAction(p.db, ALICE, docId);
    const removed = dump(p.db);
    const u = undo(p.db, ALICE);
    expect(u).toMatchObject({ label: 'Remove document', documentsChanged: true });
    expect(dump(p.db)).toEqual(before);
    expect(before.document_bibliography).toHaveLength(2);
    expect(hits('Kyrgyzstan')).toEqual([docId]);
    expect(hits('торговле')).toEqual([docId]);
    expect(indexRows('kyrgyzstan')).toBe(1);
    expect(p.db.pragma('foreign_key_check')).toEqual([]);
    expect(p.db.pragma('integrity_check', { simple: true })).toBe('ok');
    redo(p.db, ALICE);
    expect(dump(p.db)).toEqual(removed);
    expect(hits('Kyrgyzstan')).toEqual([]);
    expect(indexRows('kyrgyzstan')).toBe(0);
    undo(p.db, ALICE);
    expect(dump(p.db)).toEqual(before);
    expect(listHistory(p.db).map((h) => h.action).slice(0, 4)).toEqual(['undo', 'redo', 'undo', 'document.remove']);
  });

  it('undoes a coding made before the removal only after the removal itself', () => {
    const before = dump(p.db);
    highlight(docId, [code('IOM')], 'late', 8);
    removeDocumentAction(p.db, ALICE, docId);
    undo(p.db, ALICE); // the removal
    expect(documentRemovalInfo(p.db, docId).annotations).toBe(3);
    undo(p.db, ALICE); // the late highlight
    expect(dump(p.db)).toEqual(before);
  });

  it('refuses an unknown document and changes nothing', () => {
    const before = dump(p.db);
    expect(() => removeDocumentAction(p.db, ALICE, 'no-such-id')).toThrow(/no longer in this project/);
    expect(dump(p.db)).toEqual(before);
  });
});
