// Annotations already inside PDFs, through the real parts: the English test report with
// highlights, an underline, a square and a sticky note embedded the way Zotero, Acrobat and
// Okular write them (placed on the report's real text layout from pdf.js), imported through
// the import pipeline, scanned, imported with the default colour table, re-imported (nothing
// twice), exported as an annotated copy and read back by pdf.js and by the import itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPdfAnnotations, scanPdfAnnotations } from '../../../../../main/core/annotation-import/pdf-annotation-import';
import { createCode } from '../../../../../main/core/coding/codes';
import { importPdfs } from '../../../../../main/core/documents/import-pdfs';
import { exportAnnotatedPdf } from '../../../../../main/core/export/annotated-pdf-export';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { listCoders } from '../../../../../main/db/repositories/coders';
import { listDocuments } from '../../../../../main/db/repositories/documents';
import { ExtractPool } from '../../../../../main/pdf/extract-pool';
import { readPageAnnotations } from '../../../../../main/pdf/pdf-annotations';
import { extractPageLayout, extractPageText, openPdf } from '../../../../../main/pdf/pdfjs-node';
import type { PdfRect } from '../../../../../shared/domain/annotation';
import { defaultColourMap } from '../../../../../shared/pdf/annotation-colours';
import { EN_SENTENCES, makeEnglishReport, writeFixture } from '../../../../fixtures/pdf-fixtures';
import { around, withEmbeddedAnnotations } from '../../../../fixtures/pdf-annotation-fixtures';
import { type TempProject, tempProject } from '../../../../helpers/temp-project';
import { ALICE } from '../coding/coding-fixture';

const pool = new ExtractPool({ size: 1 });
let dir: string;
let annotatedPath: string;
let p: TempProject;
let docId: string;

/** The line box(es) of a sentence on a page (1-based) of the report, from pdf.js' layout. */
async function lineBoxes(bytes: Uint8Array, pageNumber: number, sentence: string): Promise<PdfRect[]> {
  const pdf = await openPdf(bytes.slice());
  try {
    const text = await extractPageText(pdf, pageNumber);
    const start = text.indexOf(sentence);
    expect(start, text).toBeGreaterThanOrEqual(0);
    const spans = await extractPageLayout(pdf, pageNumber);
    return spans.filter((s) => s.start < start + sentence.length && s.end > start).map((s) => s.rect);
  } finally {
    await pdf.destroy();
  }
}

async function importInto(proj: TempProject, file: string, embedded?: number): Promise<string> {
  const [r] = await importPdfs(proj.handle, [{ kind: 'path', path: file }], { pool, onProgress: () => undefined });
  expect(r.state).toBe('done');
  // The import itself counts the annotations inside, so the app can offer them at once.
  if (embedded !== undefined) expect(r.embeddedAnnotations).toBe(embedded);
  return listDocuments(proj.db).find((d) => d.fileName === path.basename(file))!.id;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-pdf-annots-'));
  const report = await makeEnglishReport();
  const s0 = await lineBoxes(report, 1, EN_SENTENCES[0]);
  const s1 = await lineBoxes(report, 2, EN_SENTENCES[1]);
  const s2 = await lineBoxes(report, 3, EN_SENTENCES[2]);
  const bytes = await withEmbeddedAnnotations(report, [
    { page: 1, subtype: 'Highlight', rect: around(s1), quads: s1, color: '#ffd400', contents: 'Zotero yellow note', author: 'Mira K.' },
    { page: 2, subtype: 'Highlight', rect: around(s2), quads: s2, color: '#5fb236', author: 'Mira K.' },
    { page: 0, subtype: 'Underline', rect: around(s0), quads: s0, color: '#ffff00', contents: 'Acrobat underline', author: 'jsmith' },
    { page: 0, subtype: 'Square', rect: { x1: 300, y1: 300, x2: 420, y2: 380 }, color: '#123456', contents: 'Figure area' },
    { page: 2, subtype: 'Text', rect: { x1: 500, y1: 700, x2: 520, y2: 720 }, color: '#ffd400', contents: 'Okular sticky note', author: 'okular-user' },
  ]);
  annotatedPath = writeFixture(dir, 'zotero-export.pdf', bytes);
  p = tempProject('glossa-pdf-annots-');
  docId = await importInto(p, annotatedPath, 5);
  // An existing code in Zotero green: the green highlight maps to it exactly.
  createCode(p.db, ALICE, { name: 'Labour exploitation', parentId: null, color: '#5fb236' });
}, 60_000);

afterAll(async () => {
  p.close();
  await pool.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('annotations embedded in PDFs', () => {
  it('scans the colours and pre-fills the table with exact palette matches', async () => {
    const pages: number[] = [];
    const scan = await scanPdfAnnotations(p.db, docId, (done) => pages.push(done));
    expect(pages).toEqual([1, 2, 3]);
    expect(scan.total).toBe(5);
    const byColour = Object.fromEntries(scan.colours.map((c) => [c.color, [c.count, c.palette, c.paletteName]]));
    expect(byColour).toEqual({
      '#ffd400': [2, 'zotero', 'yellow'],
      '#5fb236': [1, 'zotero', 'green'],
      '#ffff00': [1, 'acrobat', 'yellow'],
      '#123456': [1, null, null],
    });
    const map = defaultColourMap(scan.colours, listCodes(p.db));
    const green = listCodes(p.db).find((c) => c.text.en.name === 'Labour exploitation')!;
    expect(map).toContainEqual({ color: '#5fb236', action: 'code', codeId: green.id });
    expect(map).toContainEqual({ color: '#ffd400', action: 'new', name: 'Yellow (Zotero)' });
    expect(map).toContainEqual({ color: '#ffff00', action: 'new', name: 'Yellow (Acrobat)' });
    // Not the nearest colour: an unknown colour is listed for the user and maps to no code.
    expect(map).toContainEqual({ color: '#123456', action: 'none' });
    // #fed400 is one step from Zotero yellow and still no palette colour.
    expect(defaultColourMap([{ color: '#fed400', count: 1, palette: null, paletteName: null }], [])).toEqual([{ color: '#fed400', action: 'none' }]);
  });

  it('imports them as coded highlights on the text they mark, with comments and authors', async () => {
    const scan = await scanPdfAnnotations(p.db, docId);
    const r = await importPdfAnnotations(p.db, ALICE, docId, defaultColourMap(scan.colours, listCodes(p.db)));
    expect(r).toMatchObject({ added: 5, skipped: 0 });
    const all = listAnnotations(p.db, { documentId: docId });
    const codeName = (id: string) => listCodes(p.db).find((c) => c.id === id)?.text.en.name;
    const coderName = (id: string) => listCoders(p.db).find((c) => c.id === id)?.name;
    const byQuote = (q: string) => all.find((a) => a.targets[0].quote?.exact === q)!;
    const yellow = byQuote(EN_SENTENCES[1]);
    expect(yellow.targets[0].pageIndex).toBe(1);
    expect(yellow.codeIds.map(codeName)).toEqual(['Yellow (Zotero)']);
    expect(listCodes(p.db).find((c) => c.text.en.name === 'Yellow (Zotero)')?.color).toBe('#ffd400');
    expect(yellow.comment).toBe('Zotero yellow note');
    expect(coderName(yellow.coderId)).toBe('Mira K.');
    expect(byQuote(EN_SENTENCES[2]).codeIds.map(codeName)).toEqual(['Labour exploitation']);
    const underline = byQuote(EN_SENTENCES[0]);
    expect(underline.codeIds.map(codeName)).toEqual(['Yellow (Acrobat)']);
    expect(coderName(underline.coderId)).toBe('jsmith');
    const square = all.find((a) => a.comment === 'Figure area')!;
    expect(square).toMatchObject({ kind: 'area', codeIds: [], color: '#123456' });
    expect(square.targets[0].rects).toEqual([{ x1: 300, y1: 300, x2: 420, y2: 380 }]);
    const note = all.find((a) => a.comment === 'Okular sticky note')!;
    expect(note.kind).toBe('area');
    expect(note.codeIds.map(codeName)).toEqual(['Yellow (Zotero)']);
  });

  it('re-running adds nothing twice', async () => {
    const scan = await scanPdfAnnotations(p.db, docId);
    expect(scan.alreadyImported).toBe(5);
    const r = await importPdfAnnotations(p.db, ALICE, docId, defaultColourMap(scan.colours, listCodes(p.db)));
    expect(r).toMatchObject({ added: 0, skipped: 5 });
    expect(listAnnotations(p.db, { documentId: docId })).toHaveLength(5);
  });

  it('refuses a malformed colour table with a clear message', async () => {
    await expect(importPdfAnnotations(p.db, ALICE, docId, [{ color: 'red', action: 'none' }])).rejects.toMatchObject({ code: 'annotationImport.badColourMap' });
    await expect(importPdfAnnotations(p.db, ALICE, docId, 'yellow')).rejects.toMatchObject({ code: 'annotationImport.badColourMap' });
  });

  it('exports an annotated copy that pdf.js reads back with the same highlights in code colours', async () => {
    const out = await exportAnnotatedPdf(p.db, docId);
    expect(out.fileName).toBe('zotero-export-annotated.pdf');
    expect(out.written).toBe(5);
    const pdf = await openPdf(out.bytes.slice());
    try {
      const mine = [];
      for (let n = 1; n <= pdf.numPages; n++) mine.push(...(await readPageAnnotations(pdf, n)));
      // The five embedded originals are still there, and one Glossa annotation per highlight.
      expect(mine).toHaveLength(10);
      // The original square plus Glossa's two areas (the square and the sticky note's spot).
      expect(mine.filter((a) => a.subtype === 'Square')).toHaveLength(3);
      const highlights = mine.filter((a) => a.subtype === 'Highlight' && a.contents.startsWith('Codes: '));
      expect(highlights.map((a) => [a.pageNumber, a.color, a.contents.split('\n')[0]]).sort()).toEqual([
        [1, '#ffff00', 'Codes: Yellow (Acrobat)'],
        [2, '#ffd400', 'Codes: Yellow (Zotero)'],
        [3, '#5fb236', 'Codes: Labour exploitation'],
      ].sort());
      const yellow = highlights.find((a) => a.pageNumber === 2)!;
      expect(yellow.contents).toBe('Codes: Yellow (Zotero)\n\nZotero yellow note');
      expect(yellow.author).toBe('Mira K.');
      // One quad per stored line rect, where the rect is: pdf.js keeps QuadPoints only inside /Rect.
      const stored = listAnnotations(p.db, { documentId: docId }).find((a) => a.targets[0].quote?.exact === EN_SENTENCES[1])!.targets[0].rects;
      expect(yellow.quads).toHaveLength(stored.length);
      yellow.quads.forEach((q, i) => {
        for (const k of ['x1', 'y1', 'x2', 'y2'] as const) expect(Math.abs(q[k] - stored[i][k])).toBeLessThan(0.05);
      });
      fs.writeFileSync(path.join(dir, 'annotated.pdf'), out.bytes);
    } finally {
      await pdf.destroy();
    }
  });

  it('the annotated copy imported into a fresh project gives the same coded highlights', async () => {
    const out = await exportAnnotatedPdf(p.db, docId);
    const file = writeFixture(dir, 'glossa-annotated.pdf', out.bytes);
    const fresh = tempProject('glossa-pdf-annots-fresh-');
    try {
      const freshDoc = await importInto(fresh, file);
      const scan = await scanPdfAnnotations(fresh.db, freshDoc);
      const r = await importPdfAnnotations(fresh.db, ALICE, freshDoc, defaultColourMap(scan.colours, listCodes(fresh.db)));
      expect(r.added).toBe(10); // the five originals and Glossa's five
      const quotes = new Set(listAnnotations(fresh.db, { documentId: freshDoc }).map((a) => a.targets[0].quote?.exact).filter(Boolean));
      expect(quotes).toEqual(new Set(EN_SENTENCES));
    } finally {
      fresh.close();
    }
  }, 60_000);

  it('a PDF with thousands of annotations imports with progress and without a crash', async () => {
    const report = await makeEnglishReport();
    const many = Array.from({ length: 3000 }, (_, i) => {
      const x = 40 + (i % 50) * 10;
      const y = 60 + Math.floor(i / 50) * 12;
      const box = { x1: x, y1: y, x2: x + 8, y2: y + 10 };
      return { page: i % 3, subtype: 'Highlight' as const, rect: around([box]), quads: [box], color: i % 2 ? '#ff6666' : '#2ea8e5' };
    });
    const file = writeFixture(dir, 'many.pdf', await withEmbeddedAnnotations(report, many));
    const proj = tempProject('glossa-pdf-many-');
    try {
      const id = await importInto(proj, file, 3000);
      const progress: number[] = [];
      const scan = await scanPdfAnnotations(proj.db, id);
      expect(scan.total).toBe(3000);
      const r = await importPdfAnnotations(proj.db, ALICE, id, defaultColourMap(scan.colours, []), (done, total) => progress.push(done / total));
      expect(r.added).toBe(3000);
      expect(progress.at(-1)).toBe(1);
      expect(progress.length).toBe(3);
    } finally {
      proj.close();
    }
  }, 120_000);
});
