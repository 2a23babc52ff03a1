// Import into a real project file: stored pages and prefilled metadata, duplicates, every
// refusal (broken, encrypted, truncated, not a PDF, too large, missing) leaving zero new
// rows, folder expansion, progress events, and cancel leaving no partial document.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPdfs } from '../../../../../main/core/documents/import-pdfs';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import type { ProjectHandle } from '../../../../../main/core/backend-context';
import { countPages, getPageText, listDocuments } from '../../../../../main/db/repositories/documents';
import { searchPages } from '../../../../../main/db/repositories/search';
import { ExtractPool } from '../../../../../main/pdf/extract-pool';
import type { ImportProgress } from '../../../../../shared/domain/import';
import {
  EN_AUTHOR, EN_TITLE, LONG_MARKERS, LONG_PAGE_COUNT, RU_SENTENCES, RU_TITLE, longReportPath, makeBrokenPdf,
  makeEncryptedPdf, makeEnglishReport, makeNotPdf, makeRussianReport, makeTruncatedPdf, makeTwoColumnReport, writeFixture,
} from '../../../../fixtures/pdf-fixtures';

const pool = new ExtractPool({ size: 2 });
afterAll(() => pool.close());

let dir: string;
let project: ProjectHandle;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-import-'));
  project = createProject(path.join(dir, 'test.glossa'));
});
afterEach(() => {
  closeProject(project);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** All rows that a document import writes, so a refusal can be shown to leave none. */
function rowCounts() {
  const n = (sql: string) => (project.db.prepare(sql).get() as { n: number }).n;
  return {
    documents: n('SELECT count(*) AS n FROM documents'),
    files: n('SELECT count(*) AS n FROM document_files'),
    pages: n('SELECT count(*) AS n FROM pages'),
    fts: n('SELECT count(*) AS n FROM pages_fts'),
    stemFts: n('SELECT count(*) AS n FROM pages_stem_fts'),
  };
}

function run(
  sources: Parameters<typeof importPdfs>[1],
  extra: { signal?: AbortSignal; onProgress?: (p: ImportProgress) => void; maxBytes?: number; pool?: ExtractPool } = {},
) {
  const events: ImportProgress[] = [];
  const result = importPdfs(project, sources, {
    pool: extra.pool ?? pool,
    signal: extra.signal,
    maxBytes: extra.maxBytes,
    onProgress: (p) => {
      events.push(p);
      extra.onProgress?.(p);
    },
  });
  return { result, events };
}

describe('importPdfs', () => {
  it('imports English, Russian and two-column PDFs with prefilled metadata', async () => {
    const en = writeFixture(dir, 'en-report.pdf', await makeEnglishReport());
    const { result, events } = run([
      { kind: 'path', path: en },
      { kind: 'bytes', name: 'ru-report.pdf', bytes: await makeRussianReport() },
      { kind: 'bytes', name: 'two-column.pdf', bytes: await makeTwoColumnReport() },
    ]);
    const files = await result;
    expect(files.map((f) => f.state)).toEqual(['done', 'done', 'done']);
    const docs = listDocuments(project.db);
    const enDoc = docs.find((d) => d.fileName === 'en-report.pdf')!;
    // Neither first page prints a year: the PDF creation dates (2021, 2019) are kept as pdfDate
    // for the drawer to offer, marked as metadata, not taken as publication years.
    expect(enDoc).toMatchObject({ title: EN_TITLE, author: EN_AUTHOR, year: null, language: 'en', pageCount: 3, pdfDate: '2021-03-15T10:00:00.000Z' });
    const ruDoc = docs.find((d) => d.fileName === 'ru-report.pdf')!;
    expect(ruDoc).toMatchObject({ title: RU_TITLE, year: null, language: 'ru', pageCount: 3, pdfDate: '2019-06-01T00:00:00.000Z' });
    expect(getPageText(project.db, ruDoc.id, 0).replace(/\s+/g, ' ')).toContain(RU_SENTENCES[0]);
    expect(rowCounts()).toEqual({ documents: 3, files: 3, pages: 7, fts: 7, stemFts: 7 });
    // The stemmed index was filled in the import's transaction: another form finds "Торговля".
    expect(searchPages(project.db, { text: 'торговли' }).hits.map((h) => h.pageIndex)).toEqual([0]);
    expect(searchPages(project.db, { text: 'торговли', exact: true }).total).toBe(0);
    expect(files[0].documentId).toBe(enDoc.id);
    const last = events[events.length - 1];
    expect(last).toMatchObject({ finished: true, overall: 1 });
    expect(events.slice(0, -1).every((e) => !e.finished)).toBe(true);
  });

  it('says "already in this project" for the same file twice, in one job or later', async () => {
    const bytes = await makeEnglishReport();
    const first = await run([
      { kind: 'bytes', name: 'a.pdf', bytes },
      { kind: 'bytes', name: 'a-copy.pdf', bytes },
    ]).result;
    expect(first.map((f) => f.state)).toEqual(['done', 'duplicate']);
    expect(first[1].message).toContain('already in this project');
    const again = await run([{ kind: 'bytes', name: 'b.pdf', bytes }]).result;
    expect(again[0]).toMatchObject({ state: 'duplicate', errorCode: 'import.duplicate' });
    expect(rowCounts().documents).toBe(1);
  });

  it('refuses broken, encrypted, truncated, non-PDF, too large and missing files without writing rows', async () => {
    const good = writeFixture(dir, 'good.pdf', await makeEnglishReport());
    const before = rowCounts();
    const files = await run([
      { kind: 'bytes', name: 'broken.pdf', bytes: makeBrokenPdf() },
      { kind: 'bytes', name: 'locked.pdf', bytes: await makeEncryptedPdf() },
      { kind: 'bytes', name: 'cut.pdf', bytes: await makeTruncatedPdf() },
      { kind: 'bytes', name: 'notes.pdf', bytes: makeNotPdf() },
      { kind: 'path', path: path.join(dir, 'missing.pdf') },
      { kind: 'path', path: good },
    ], { maxBytes: 64 * 1024 }).result;
    const byName = Object.fromEntries(files.map((f) => [f.name, f]));
    expect(byName['broken.pdf'].errorCode).toBe('import.broken');
    expect(byName['locked.pdf'].errorCode).toBe('import.encrypted');
    expect(byName['cut.pdf'].errorCode).toBe('import.broken');
    expect(byName['notes.pdf'].errorCode).toBe('import.notPdf');
    expect(byName['missing.pdf'].errorCode).toBe('import.broken');
    expect(byName['good.pdf'].state).toBe('done');
    for (const name of ['broken.pdf', 'locked.pdf', 'cut.pdf', 'notes.pdf', 'missing.pdf']) {
      expect(byName[name].state).toBe('failed');
      expect(byName[name].message).toContain(name);
    }
    expect(rowCounts()).toEqual({ documents: before.documents + 1, files: before.files + 1, pages: before.pages + 3, fts: before.fts + 3, stemFts: before.stemFts + 3 });

    const big = await run([{ kind: 'bytes', name: 'big.pdf', bytes: await makeRussianReport() }], { maxBytes: 1024 }).result;
    expect(big[0]).toMatchObject({ state: 'failed', errorCode: 'import.tooLarge' });
    expect(rowCounts().documents).toBe(before.documents + 1);
  });

  it('expands a folder recursively to its PDFs', async () => {
    fs.mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
    writeFixture(path.join(dir, 'in'), 'one.pdf', await makeEnglishReport());
    writeFixture(path.join(dir, 'in', 'sub'), 'two.PDF', await makeRussianReport());
    writeFixture(path.join(dir, 'in'), 'readme.txt', makeNotPdf());
    const files = await run([{ kind: 'path', path: path.join(dir, 'in') }]).result;
    expect(files.map((f) => [f.name, f.state])).toEqual([['one.pdf', 'done'], ['two.PDF', 'done']]);
  });

  it('imports the 600-page report with per-page text and progress', async () => {
    const { result, events } = run([{ kind: 'path', path: await longReportPath() }]);
    const [file] = await result;
    expect(file).toMatchObject({ state: 'done', pageCount: LONG_PAGE_COUNT, pagesDone: LONG_PAGE_COUNT });
    expect(countPages(project.db, file.documentId)).toBe(LONG_PAGE_COUNT);
    expect(getPageText(project.db, file.documentId!, 299)).toContain(LONG_MARKERS[300].ru);
    const partial = events.filter((e) => e.files[0].state === 'parsing' && e.files[0].pagesDone > 0 && e.files[0].pagesDone < LONG_PAGE_COUNT);
    expect(partial.length).toBeGreaterThan(0);
    const fractions = events.map((e) => e.overall);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('cancel stops the job and leaves no partial rows', async () => {
    const small = await makeEnglishReport();
    const ac = new AbortController();
    // The queued files wait until the long report is 30 pages in, and the cancel comes right
    // then: however loaded the machine, files 3 and 4 cannot have finished before it.
    let reachedThirty: () => void = () => undefined;
    const thirtyPages = new Promise<void>((resolve) => (reachedThirty = resolve));
    const gated = Object.create(pool) as ExtractPool;
    gated.extract = async (bytes, opts) => {
      if (opts.fileName?.startsWith('queued-')) await thirtyPages;
      return pool.extract(bytes, {
        ...opts,
        onPages(done, total) {
          opts.onPages?.(done, total);
          if (done > 30 && !ac.signal.aborted) {
            ac.abort();
            reachedThirty();
          }
        },
      });
    };
    const files = await run(
      [
        { kind: 'path', path: await longReportPath() },
        { kind: 'bytes', name: 'queued-1.pdf', bytes: await makeRussianReport() },
        { kind: 'bytes', name: 'queued-2.pdf', bytes: small },
        { kind: 'bytes', name: 'queued-3.pdf', bytes: await makeTwoColumnReport() },
      ],
      { signal: ac.signal, pool: gated },
    ).result;
    expect(files[0].state).toBe('cancelled');
    expect(files.slice(2).map((f) => f.state)).toEqual(['cancelled', 'cancelled']);
    // The second file ran alongside the first (two in flight); it either finished before the abort or was cancelled.
    expect(['done', 'cancelled']).toContain(files[1].state);
    const done = files.filter((f) => f.state === 'done').length;
    expect(rowCounts().documents).toBe(done);
    expect(countPages(project.db)).toBe(done * 3);
  });
});
