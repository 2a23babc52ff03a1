// Re-checking anchors after an extractor change, on a corpus of coded documents: real PDFs
// (the fixtures and, when present, a seeded sample of the pdf.js corpus) imported by the real
// pipeline, highlights on random text spans, then an "old extractor" simulated by editing one
// page's stored text (a 21-character run inserted mid-page, the way a changed join rule adds
// or drops characters). Re-extraction with the current pdf.js must report exactly what we know:
// highlights before the edit unchanged, after it moved, on the inserted run orphaned; an
// unchanged re-extraction reports 0 moved / 0 orphaned. --apply writes one undoable action.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { undo } from '../../../../../main/core/coding/undo-stack';
import { importPdfs } from '../../../../../main/core/documents/import-pdfs';
import { recheckAnchors, recheckProject } from '../../../../../main/core/documents/recheck-anchors';
import type { ProjectHandle } from '../../../../../main/core/backend-context';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { getAnnotation, listAnnotations } from '../../../../../main/db/repositories/annotations';
import { getDocument, listDocuments } from '../../../../../main/db/repositories/documents';
import { listHistory } from '../../../../../main/db/repositories/history';
import { documentPages } from '../../../../../main/db/repositories/page-texts';
import { ExtractPool } from '../../../../../main/pdf/extract-pool';
import { createSelectors, trimRange } from '../../../../../shared/anchoring/index';
import { PAGE_TEXT_VERSION } from '../../../../../shared/pdf/page-text';
import { makeEnglishReport, makeRussianReport, makeTwoColumnReport, writeFixture } from '../../../../fixtures/pdf-fixtures';
import { SAMPLE_CORPUS_DIR, sampleCorpusSkipReason } from '../../../../helpers/sample-corpus';
import { mulberry32 } from '../../../../helpers/seeded-random';
import { ALICE } from '../coding/coding-fixture';
import pdfjsPackage from 'pdfjs-dist/package.json';

const pool = new ExtractPool({ size: 2 });
afterAll(() => pool.close());

const INSERTED = `${'Ж'.repeat(20)} `;

let dir: string;
let project: ProjectHandle;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-recheck-'));
  project = createProject(path.join(dir, 'corpus.glossa'));
});
afterEach(() => {
  closeProject(project);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A random span of 16-60 characters, trimmed, unique on its page and holding letters; null if none found. */
function randomSpan(text: string, from: number, to: number, rnd: () => number): { start: number; end: number } | null {
  for (let attempt = 0; attempt < 200; attempt++) {
    const len = 16 + Math.floor(rnd() * 45);
    if (to - from < len) return null;
    const s = from + Math.floor(rnd() * (to - from - len));
    const r = trimRange(text, s, s + len);
    const quote = text.slice(r.start, r.end);
    if (r.end - r.start < 12 || (quote.match(/\p{L}/gu) ?? []).length < 6) continue;
    if (text.indexOf(quote) !== text.lastIndexOf(quote)) continue;
    return r;
  }
  return null;
}

function highlight(documentId: string, pageIndex: number, text: string, start: number, end: number): string {
  const { quote, position } = createSelectors(text, start, end);
  return createAnnotation(project.db, ALICE, { documentId, kind: 'text', targets: [{ pageIndex, rects: [], quote, position }], color: null, comment: '', codeIds: [] }).result.id;
}

interface Expected {
  unchanged: number;
  moved: number;
  orphaned: number;
  pageIndex: number;
}

/** Highlights on random spans of every page except `editPage`; returns how many. */
function codeUntouchedPages(documentId: string, editPage: number, rnd: () => number): number {
  let n = 0;
  for (const p of documentPages(project.db, documentId)) {
    if (p.pageIndex === editPage) continue;
    for (let i = 0; i < 2; i++) {
      const span = randomSpan(p.text, 0, p.text.length, rnd);
      if (span && !listAnnotations(project.db, { documentId }).some((a) => a.targets[0].pageIndex === p.pageIndex && a.targets[0].quote?.exact === p.text.slice(span.start, span.end))) {
        highlight(documentId, p.pageIndex, p.text, span.start, span.end);
        n++;
      }
    }
  }
  return n;
}

/** The "old extractor": INSERTED in the middle of the page's stored text, highlights placed on it. */
function editAndCode(documentId: string, pageIndex: number, rnd: () => number): { before: number; after: number; movedIds: string[] } {
  const page = documentPages(project.db, documentId)[pageIndex];
  const half = page.text.indexOf(' ', Math.floor(page.text.length / 2)) + 1;
  const old = page.text.slice(0, half) + INSERTED + page.text.slice(half);
  project.db.prepare('UPDATE pages SET text = ? WHERE id = ?').run(old, page.id);
  let before = 0;
  const movedIds: string[] = [];
  for (let i = 0; i < 3; i++) {
    const b = randomSpan(old, 0, half - 1, rnd);
    if (b && !old.slice(b.start, b.end).includes('Ж')) (highlight(documentId, pageIndex, old, b.start, b.end), before++);
    const a = randomSpan(old, half + INSERTED.length, old.length, rnd);
    if (a) movedIds.push(highlight(documentId, pageIndex, old, a.start, a.end));
  }
  highlight(documentId, pageIndex, old, half, half + INSERTED.length - 1); // the inserted run itself
  return { before, after: movedIds.length, movedIds };
}

/** The page of the document with the most text (at least 100 characters), or -1. */
function pageToEdit(documentId: string): number {
  const pages = documentPages(project.db, documentId).filter((p) => p.text.length >= 100);
  return pages.length ? pages.sort((x, y) => y.text.length - x.text.length)[0].pageIndex : -1;
}

async function buildCorpus(files: string[], seed: number): Promise<Map<string, Expected>> {
  // The simulated upgrade is of pdf.js: no OCR here (OCR pages keep their text on a re-check: ocr-import.test.ts).
  const statuses = await importPdfs(project, files.map((f) => ({ kind: 'path' as const, path: f })), { pool, onProgress: () => undefined, ocr: false });
  const rnd = mulberry32(seed);
  const expected = new Map<string, Expected>();
  for (const s of statuses) {
    if (s.state !== 'done' || !s.documentId) continue;
    const pageIndex = pageToEdit(s.documentId);
    if (pageIndex < 0) continue;
    expected.set(s.documentId, { unchanged: codeUntouchedPages(s.documentId, pageIndex, rnd), moved: 0, orphaned: 0, pageIndex });
  }
  return expected;
}

async function fixtureFiles(): Promise<string[]> {
  return [
    writeFixture(dir, 'en.pdf', await makeEnglishReport()),
    writeFixture(dir, 'ru.pdf', await makeRussianReport()),
    writeFixture(dir, 'two-column.pdf', await makeTwoColumnReport()),
  ];
}

async function runCorpus(files: string[], seed: number) {
  const expected = await buildCorpus(files, seed);
  expect(expected.size).toBeGreaterThan(0);
  // 1. Re-extraction by the same extractor: nothing moved, nothing orphaned, nothing written.
  const same = await recheckProject(project.db, { pool });
  for (const r of same) {
    const e = expected.get(r.documentId);
    if (!e) continue;
    expect({ pagesChanged: r.pagesChanged, unchanged: r.unchanged, moved: r.moved, orphaned: r.orphaned }).toEqual({ pagesChanged: 0, unchanged: e.unchanged, moved: 0, orphaned: 0 });
  }
  // 2. One page per document as an older extractor gave it, coded before the upgrade.
  const rnd = mulberry32(seed + 1);
  const moved: string[] = [];
  for (const [id, e] of expected) {
    const c = editAndCode(id, e.pageIndex, rnd);
    e.unchanged += c.before;
    e.moved = c.after;
    e.orphaned = 1;
    moved.push(...c.movedIds);
  }
  const reports = await recheckProject(project.db, { pool });
  const got = reports.filter((r) => expected.has(r.documentId)).map((r) => [r.documentId, { pagesChanged: r.pagesChanged, unchanged: r.unchanged, moved: r.moved, orphaned: r.orphaned }]);
  const want = [...expected].map(([id, e]) => [id, { pagesChanged: 1, unchanged: e.unchanged, moved: e.moved, orphaned: e.orphaned }]);
  expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));
  return { expected, reports, moved };
}

describe('recheck-anchors', () => {
  it('reports exactly what moved and what became orphaned on the fixture reports, and applies as one undoable action', async () => {
    const { expected, reports, moved } = await runCorpus(await fixtureFiles(), 7);
    const totals = reports.reduce((t, r) => ({ unchanged: t.unchanged + r.unchanged, moved: t.moved + r.moved, orphaned: t.orphaned + r.orphaned }), { unchanged: 0, moved: 0, orphaned: 0 });
    console.info(`recheck-anchors fixtures: ${reports.length} documents, ${totals.unchanged} unchanged, ${totals.moved} moved, ${totals.orphaned} orphaned`);
    expect(totals.moved).toBeGreaterThan(0);

    // Nothing was written by the checks: the edited page is still the "old" text.
    const [id, e] = [...expected][0];
    expect(documentPages(project.db, id)[e.pageIndex].text).toContain(INSERTED);
    // Import recorded the extractor: the pdf.js the adapter loaded and the page-text rule's version.
    expect(getDocument(project.db, id).extractor).toEqual({ pdfjs: pdfjsPackage.version, textVersion: PAGE_TEXT_VERSION });

    const before = listAnnotations(project.db, { documentId: id });
    const applied = await recheckAnchors(project.db, id, { pool, apply: true, coder: ALICE });
    expect(applied.applied).toBe(true);
    const page = documentPages(project.db, id)[e.pageIndex].text;
    expect(page).not.toContain(INSERTED);
    // Every moved highlight's position now holds its quote in the new text.
    for (const a of listAnnotations(project.db, { documentId: id }).filter((x) => moved.includes(x.id))) {
      const t = a.targets[0];
      expect(a.anchorStatus).toBe('reanchored');
      expect(page.slice(t.position!.start, t.position!.end)).toBe(t.quote!.exact);
    }
    expect(listAnnotations(project.db, { documentId: id }).filter((a) => a.anchorStatus === 'orphan')).toHaveLength(1);
    expect(listHistory(project.db)[0]).toMatchObject({ action: 'document.recheckAnchors' });
    const again = await recheckAnchors(project.db, id, { pool });
    expect([again.pagesChanged, again.moved, again.orphaned, again.unchanged]).toEqual([0, 0, 1, e.unchanged + e.moved]);
    // Applying again has nothing to write: no second History entry.
    const entries = listHistory(project.db).length;
    expect((await recheckAnchors(project.db, id, { pool, apply: true, coder: ALICE })).applied).toBe(false);
    expect(listHistory(project.db)).toHaveLength(entries);

    // Undo puts the old text and every old position back.
    undo(project.db, ALICE);
    expect(documentPages(project.db, id)[e.pageIndex].text).toContain(INSERTED);
    expect(listAnnotations(project.db, { documentId: id })).toEqual(before);
    expect(getAnnotation(project.db, moved[0])).toBeTruthy();
  });

  it.skipIf(sampleCorpusSkipReason())('reports exactly on a seeded sample of the pdf.js corpus', { timeout: 10 * 60_000 }, async () => {
    const rnd = mulberry32(2026);
    const all = fs.readdirSync(SAMPLE_CORPUS_DIR).filter((f) => f.endsWith('.pdf') && fs.statSync(path.join(SAMPLE_CORPUS_DIR, f)).size < 1_500_000).sort();
    const picked = new Set<string>();
    while (picked.size < Math.min(120, all.length)) picked.add(all[Math.floor(rnd() * all.length)]);
    const { reports } = await runCorpus([...picked].map((f) => path.join(SAMPLE_CORPUS_DIR, f)), 11);
    const coded = reports.filter((r) => r.highlights > 0);
    const totals = coded.reduce((t, r) => ({ unchanged: t.unchanged + r.unchanged, moved: t.moved + r.moved, orphaned: t.orphaned + r.orphaned }), { unchanged: 0, moved: 0, orphaned: 0 });
    console.info(`recheck-anchors sample: ${picked.size} PDFs picked, ${listDocuments(project.db).length} imported, ${coded.length} coded; ${totals.unchanged} unchanged, ${totals.moved} moved, ${totals.orphaned} orphaned`);
  });
});
