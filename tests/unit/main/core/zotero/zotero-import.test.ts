// Import from Zotero through the real parts: a Zotero data directory built from Zotero's own
// schema SQL (tests/fixtures/zotero/) holding an OSCE report and a book with the real fixture
// PDFs in storage/ and reader annotations on their text, imported into a real project
// through the normal PDF import. Metadata becomes the CSL record (institution as publisher,
// report number, place, citekeys from Extra and Better BibTeX) and fills the attributes; the
// highlights land on the phrases their rects cover, with colour and comment. A re-import
// adds nothing, a later title and a new annotation come through, a title the user edited
// stays; the collection filter picks subcollections too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFromZotero } from '../../../../../main/core/zotero/zotero-import';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import { getBibliography } from '../../../../../main/db/repositories/bibliography';
import { getDocument, listDocuments, updateDocument } from '../../../../../main/db/repositories/documents';
import { ExtractPool } from '../../../../../main/pdf/extract-pool';
import {
  BOOK_KEY,
  BOOK_TITLE,
  buildSampleLibrary,
  HIGHLIGHT,
  NO_PDF_KEY,
  NOTE,
  REPORT_KEY,
  REPORT_PDF_KEY,
  REPORT_TITLE,
  RU_HIGHLIGHT,
  type SampleLibrary,
  UNDERLINE,
} from '../../../../fixtures/zotero-sample-library';
import type { Annotation } from '../../../../../shared/domain/annotation';
import { zoteroRectsFor } from '../../../../fixtures/zotero-fixtures';
import { type TempProject, tempProject } from '../../../../helpers/temp-project';
import { ALICE } from '../coding/coding-fixture';

const pool = new ExtractPool({ size: 1 });
let dataDir: string;
let lib: SampleLibrary;
let p: TempProject;

const run = (input: { items?: string[]; collections?: string[] } = {}) => importFromZotero(p.handle, { dataDir, ...input }, { coder: ALICE, pool, ocr: false });
/** The document's highlights by their source key (annotations.source_key). */
function bySourceKey(documentId: string): Map<string, Annotation> {
  const ids = new Map((p.db.prepare('SELECT id, source_key FROM annotations WHERE document_id = ?').all(documentId) as Array<{ id: string; source_key: string | null }>).map((r) => [r.id, r.source_key]));
  return new Map(listAnnotations(p.db, { documentId }).map((a) => [ids.get(a.id) ?? '', a]));
}
const docFor = (key: string) => {
  const r = listDocuments(p.db).map((d) => ({ d, b: getBibliography(p.db, d.id) })).find((x) => x.b?.zoteroKey === key);
  if (!r) throw new Error(`no document for ${key}`);
  return r;
};

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-zotero-'));
  lib = await buildSampleLibrary(dataDir);
  p = tempProject();
});

afterAll(async () => {
  lib.fixture.close();
  p.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  await pool.close();
});

describe('import from Zotero', () => {
  it('imports the items with their PDFs, metadata and reader annotations', async () => {
    const r = await run();
    expect(r.items.map((i) => [i.key, i.outcome])).toEqual([
      [REPORT_KEY, 'imported'],
      [BOOK_KEY, 'imported'],
      [NO_PDF_KEY, 'skipped'],
    ]);
    expect(r.items[2].reasonCode).toBe('zotero.noPdf');
    expect([r.imported, r.updated, r.unchanged, r.skipped, r.annotationsAdded]).toEqual([2, 0, 0, 1, 4]);
    expect(listDocuments(p.db)).toHaveLength(2);

    const { d: report, b: rec } = docFor(REPORT_KEY);
    expect(report.title).toBe(REPORT_TITLE);
    expect(report.author).toBe('OSCE');
    expect(report.year).toBe(2021);
    // The institutional author is a known organisation: the attribute takes its vocabulary id.
    expect(report.organisation).toBe('osce');
    expect(report.fileName).toBe('OSCE 2021 - Annual Report.pdf');
    expect(rec).toMatchObject({ source: 'zotero', zoteroLibraryId: 1, zoteroKey: REPORT_KEY, citekey: 'osce2021annual', updatedAt: '2024-05-01T10:00:00.000Z' });
    expect(rec!.csl).toEqual({
      type: 'report',
      title: REPORT_TITLE,
      author: [{ literal: 'OSCE' }],
      issued: { 'date-parts': [[2021, 3, 15]] },
      publisher: 'OSCE Secretariat',
      'publisher-place': 'Vienna',
      number: 'SEC.GAL/12/21',
      genre: 'Annual report',
      URL: 'https://www.osce.org/files/report-2021.pdf',
      language: 'en',
      note: 'Translated in 2022',
      'citation-key': 'osce2021annual',
    });

    const { d: book, b: bookRec } = docFor(BOOK_KEY);
    expect(book.title).toBe(BOOK_TITLE);
    expect(book.author).toBe('Smith, Jane');
    expect(bookRec!.citekey).toBe('smith2019doklad');
    expect(bookRec!.csl).toMatchObject({ type: 'book', author: [{ family: 'Smith', given: 'Jane' }], editor: [{ family: 'Petrov', given: 'Ivan' }], issued: { 'date-parts': [[2019, 6]] }, publisher: 'Бюро тестовых докладов' });
  });

  it('places each highlight on the text its rects cover, with colour, comment and source key', () => {
    const report = docFor(REPORT_KEY).d;
    const anns = bySourceKey(report.id);
    expect([...anns.keys()].sort()).toEqual([HIGHLIGHT.key, UNDERLINE.key, NOTE.key].map((k) => `zotero:1:${k}`).sort());
    const byKey = (k: string) => anns.get(`zotero:1:${k}`)!;
    const h = byKey(HIGHLIGHT.key);
    expect(h.kind).toBe('text');
    expect(h.targets[0].pageIndex).toBe(HIGHLIGHT.pageIndex);
    expect(h.targets[0].quote?.exact).toBe(HIGHLIGHT.phrase);
    expect(h.color).toBe('#ffd400');
    expect(h.comment).toBe(HIGHLIGHT.comment);
    const u = byKey(UNDERLINE.key);
    expect([u.kind, u.targets[0].pageIndex, u.targets[0].quote?.exact, u.color]).toEqual(['text', UNDERLINE.pageIndex, UNDERLINE.phrase, '#5fb236']);
    const n = byKey(NOTE.key);
    expect([n.kind, n.targets[0].pageIndex, n.comment, n.targets[0].rects]).toEqual(['area', NOTE.pageIndex, NOTE.comment, [{ x1: 500, y1: 700, x2: 522, y2: 722 }]]);
    const ru = listAnnotations(p.db, { documentId: docFor(BOOK_KEY).d.id });
    expect(ru.map((a) => [a.targets[0].quote?.exact, a.color])).toEqual([[RU_HIGHLIGHT.phrase, '#ff6666']]);
  });

  it('re-imports without duplicating anything', async () => {
    const before = { docs: listDocuments(p.db).length, anns: listAnnotations(p.db, {}).length };
    const r = await run();
    expect(r.items.map((i) => i.outcome)).toEqual(['unchanged', 'unchanged', 'skipped']);
    expect(r.annotationsAdded).toBe(0);
    expect({ docs: listDocuments(p.db).length, anns: listAnnotations(p.db, {}).length }).toEqual(before);
  });

  it('brings a later title and a new annotation, and keeps a title the user edited', async () => {
    const z = lib.fixture;
    z.setField(REPORT_KEY, 'title', 'Annual Report on Trafficking in Persons 2021 (revised)');
    z.db.prepare("UPDATE items SET dateModified = '2024-06-01 12:00:00' WHERE key = ?").run(REPORT_KEY);
    z.setField(BOOK_KEY, 'title', 'Доклад (новая редакция)');
    z.db.prepare("UPDATE items SET dateModified = '2024-06-01 12:00:00' WHERE key = ?").run(BOOK_KEY);
    const book = docFor(BOOK_KEY).d;
    updateDocument(p.db, book.id, { title: 'My own title' });
    const phrase = 'This is page 1 of the English test report';
    z.addAnnotation(REPORT_PDF_KEY, { key: 'ANN67892', type: 1, text: phrase, color: '#a28ae5', position: { pageIndex: 0, rects: await zoteroRectsFor(lib.englishPdf, 0, phrase) } });

    const r = await run();
    expect(r.items.map((i) => [i.outcome, i.annotationsAdded])).toEqual([['updated', 1], ['updated', 0], ['skipped', 0]]);
    const { d: report, b: rec } = docFor(REPORT_KEY);
    expect(report.title).toBe('Annual Report on Trafficking in Persons 2021 (revised)');
    expect(rec!.csl.title).toBe('Annual Report on Trafficking in Persons 2021 (revised)');
    expect(rec!.updatedAt).toBe('2024-06-01T12:00:00.000Z');
    expect(getDocument(p.db, book.id).title).toBe('My own title');
    expect(getBibliography(p.db, book.id)!.csl.title).toBe('Доклад (новая редакция)');
    const added = bySourceKey(report.id).get('zotero:1:ANN67892')!;
    expect([added.targets[0].quote?.exact, added.color]).toEqual([phrase, '#a28ae5']);
    expect(bySourceKey(report.id).size).toBe(4);
    expect(listDocuments(p.db)).toHaveLength(2);
  });
});

describe('choosing what to import', () => {
  it('imports the items of a collection and its subcollections only', async () => {
    const q = tempProject();
    try {
      const r = await importFromZotero(q.handle, { dataDir, collections: ['COL23456'] }, { coder: ALICE, pool, ocr: false });
      expect(r.items.map((i) => [i.key, i.outcome])).toEqual([
        [REPORT_KEY, 'imported'],
        [NO_PDF_KEY, 'skipped'],
      ]);
      expect(listDocuments(q.db).map((d) => d.title)).toEqual([expect.stringContaining('Annual Report')]);
    } finally {
      q.close();
    }
  });

  it('matches a PDF already in the project by its sha256 and attaches the record to it', async () => {
    const q = tempProject();
    try {
      const first = await importFromZotero(q.handle, { dataDir, items: [`1:${BOOK_KEY}`] }, { coder: ALICE, pool, ocr: false });
      expect(first.items.map((i) => i.outcome)).toEqual(['imported']);
      // The same file under another Zotero item: no second document.
      lib.fixture.addItem({ key: 'DUP23456', itemType: 'document', fields: { title: 'Copy' }, dateModified: '2025-01-01 00:00:00' });
      lib.fixture.addPdf('DUP23456', 'PDF45678', 'copy.pdf', lib.russianPdf);
      const second = await importFromZotero(q.handle, { dataDir, items: ['1:DUP23456'] }, { coder: ALICE, pool, ocr: false });
      expect(second.items.map((i) => [i.outcome, i.documentIds])).toEqual([['unchanged', first.items[0].documentIds]]);
      expect(listDocuments(q.db)).toHaveLength(1);
      // The first item keeps its record: the duplicate in Zotero does not flip it.
      expect(getBibliography(q.db, first.items[0].documentIds[0])!.zoteroKey).toBe(BOOK_KEY);
    } finally {
      q.close();
    }
  });
});
