// End to end through the real parts: three generated reports (/PageLabels with roman front
// matter; footer numbers starting a few pages in; two columns with hyphenated line ends)
// imported through the import pipeline (pdf.js in worker threads), coded with the coding
// backend, exported by `glossa export` in every format and listed by `glossa annotations`.
// Every output must cite the printed page and give the quote as a person reads it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSelectors } from '../../../../../shared/anchoring/create-selectors';
import { runGlossa } from '../../../../helpers/run-glossa';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode } from '../../../../../main/core/coding/codes';
import { importPdfs } from '../../../../../main/core/documents/import-pdfs';
import { documentCompounds } from '../../../../../main/core/evidence/quote-context';
import { evidenceRows } from '../../../../../main/core/evidence/evidence-bundle';
import { closeProject, createProject, openProject } from '../../../../../main/core/project/project-file';
import { getPageText, listDocuments, updateDocument } from '../../../../../main/db/repositories/documents';
import { ExtractPool } from '../../../../../main/pdf/extract-pool';
import { extractPageText, openPdf } from '../../../../../main/pdf/pdfjs-node';
import * as fx from '../../../../fixtures/citation-fixtures';
import { writeFixture } from '../../../../fixtures/pdf-fixtures';
import { unzipText } from '../../../../helpers/read-zip';
import { parseCsv } from '../export/rfc4180';
import { ALICE } from '../coding/coding-fixture';

const pool = new ExtractPool({ size: 2 });
let dir: string;
let file: string;

// The citations in the default style, Chicago author-date: no author, so the title stands
// first (CMOS 15.32), no page word (15.48), and a numbered paragraph after the page.
const EXPECTED = [
  { title: fx.LABELLED_TITLE, clean: fx.LABELLED_CLEAN, lines: fx.LABELLED_LINES, cite: `(${fx.LABELLED_TITLE} 2021, 3, para. 88)`, apa: `(${fx.LABELLED_TITLE}, 2021, p. 3, para. 88)`, page: 3 },
  { title: fx.FOOTER_TITLE, clean: fx.FOOTER_CLEAN, lines: fx.FOOTER_LINES, cite: `(${fx.FOOTER_TITLE} 2021, 3)`, apa: `(${fx.FOOTER_TITLE}, 2021, p. 3)`, page: 3 },
  // No printed numbers at all: the test corrects it to "PDF page 7 is printed page 3".
  { title: fx.TWO_COLUMN_TITLE, clean: fx.TWO_COLUMN_CLEAN, lines: fx.TWO_COLUMN_LINES, cite: `(${fx.TWO_COLUMN_TITLE} 2021, 3)`, apa: `(${fx.TWO_COLUMN_TITLE}, 2021, p. 3)`, page: 3 },
];

/** pdf.js gives ligatures as letters: the page text holds "fi", not U+FB01. */
const asExtracted = (lines: readonly string[]) => lines.join('\n').replace(/\ufb01/g, 'fi').replace(/\ufb03/g, 'ffi');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-printed-'));
  file = path.join(dir, 'printed.glossa');
  const handle = createProject(file);
  const sources = [
    writeFixture(dir, 'labelled.pdf', await fx.makeLabelledReport()),
    writeFixture(dir, 'footer.pdf', await fx.makeFooterNumberedReport()),
    writeFixture(dir, 'two-column.pdf', await fx.makeTwoColumnHyphenatedReport()),
  ];
  const result = await importPdfs(handle, sources.map((p) => ({ kind: 'path' as const, path: p })), { pool, onProgress: () => undefined });
  expect(result.map((f) => f.state)).toEqual(['done', 'done', 'done']);
  const code = createCode(handle.db, ALICE, { name: 'Funding', parentId: null }).result.id;
  for (const e of EXPECTED) {
    const doc = listDocuments(handle.db).find((d) => d.title === e.title)!;
    // The fixtures print no year: the PDF's creation date (2021) is only offered at import, and
    // the user confirms it as the publication year.
    updateDocument(handle.db, doc.id, { year: 2021 });
    const text = getPageText(handle.db, doc.id, fx.PASSAGE_PDF_PAGE - 1);
    const exact = asExtracted(e.lines);
    const start = text.indexOf(exact);
    expect(start, `${e.title}: ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
    const { quote, position } = createSelectors(text, start, start + exact.length);
    createAnnotation(handle.db, ALICE, {
      documentId: doc.id, kind: 'text', color: null, comment: '', codeIds: [code],
      targets: [{ pageIndex: fx.PASSAGE_PDF_PAGE - 1, rects: [{ x1: 56, y1: 700, x2: 300, y2: 760 }], quote, position }],
    });
  }
  closeProject(handle);
}, 60_000);

afterAll(async () => {
  await pool.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function glossa(...args: string[]) {
  const { code, stdout, stderr } = await runGlossa(args);
  expect(code, stderr).toBe(0);
  return stdout;
}

async function exportAs(format: string, ...args: string[]): Promise<string> {
  const out = path.join(dir, `all.${format}`);
  await glossa('export', file, '--format', format, '--force', '-o', out, ...args);
  return out;
}

describe('printed pages and readable quotes', () => {
  it('stores PDF labels and detected footer numbers; cites the clean quote; the per-document fix changes the citation', () => {
    const p = openProject(file);
    try {
      const docs = listDocuments(p.db);
      const byTitle = (t: string) => docs.find((d) => d.title === t)!;
      expect(byTitle(fx.LABELLED_TITLE).pageLabels?.source).toBe('pdf');
      expect(byTitle(fx.FOOTER_TITLE).pageLabels).toEqual({ source: 'detected', labels: ['i', 'ii', 'iii', 'iv', '1', '2', '3', '4', '5', '6', '7', '8'] });
      const twoColumn = byTitle(fx.TWO_COLUMN_TITLE);
      expect(twoColumn.pageLabels).toBeNull();
      // What the renderer gets to show quotes readably (annotations panel, agreement view).
      const compounds = documentCompounds(p.db, twoColumn.id);
      expect(compounds).toEqual(expect.arrayContaining(['co-financing', 'cross-border']));
      expect(compounds).not.toContain('implementa');
      const before = evidenceRows(p.db, { documentIds: [twoColumn.id] })[0];
      expect([before.pageLabel, before.quote]).toEqual(['7', fx.TWO_COLUMN_CLEAN]);
      expect(before.exact).toBe(asExtracted(fx.TWO_COLUMN_LINES));
      updateDocument(p.db, twoColumn.id, { pageLabelFix: { pdfPage: 7, printed: 3 } });
      const rows = evidenceRows(p.db, {});
      for (const e of EXPECTED) {
        const row = rows.find((r) => r.document.title === e.title)!;
        expect(row.quote).toBe(e.clean);
        expect(row.pageLabel).toBe('3');
        expect(row.page).toBe(7);
      }
    } finally {
      closeProject(p);
    }
  });

  it('gives the printed page and the clean quote in DOCX, HTML, Markdown and PDF reports', async () => {
    const docx = await unzipText(fs.readFileSync(await exportAs('docx')), 'word/document.xml');
    const html = fs.readFileSync(await exportAs('html'), 'utf8');
    const md = fs.readFileSync(await exportAs('md'), 'utf8');
    const pdfDoc = await openPdf(new Uint8Array(fs.readFileSync(await exportAs('pdf'))));
    let pdfText = '';
    for (let n = 1; n <= pdfDoc.numPages; n++) pdfText += ` ${await extractPageText(pdfDoc, n)}`;
    await pdfDoc.destroy();
    pdfText = pdfText.replace(/\s+/g, ' ');
    for (const e of EXPECTED) {
      expect(docx).toContain(e.clean);
      expect(docx).toContain(e.cite);
      expect(html).toContain(e.clean);
      expect(html).toContain(e.cite);
      expect(md.replace(/\\([.\-*_#>])/g, '$1')).toContain(e.clean);
      expect(md.replace(/\\([.\-*_#>(),])/g, '$1')).toContain(e.cite);
      expect(pdfText).toContain(e.clean);
      expect(pdfText).toContain(e.cite);
    }
  });

  // Chicago prints no page word; APA does ("p." / "с."), so the Russian guarantee is shown in APA.
  it('cites the printed page as "с." (and "п.") beside the clean quote in Russian reports', async () => {
    const ru = (e: (typeof EXPECTED)[number]) => e.apa.replace(', p. ', ', \u0441. ').replace(', para. ', ', \u043f. ');
    const docx = await unzipText(fs.readFileSync(await exportAs('docx', '--lang', 'ru', '--style', 'apa')), 'word/document.xml');
    const html = fs.readFileSync(await exportAs('html', '--lang', 'ru', '--style', 'apa'), 'utf8');
    const md = fs.readFileSync(await exportAs('md', '--lang', 'ru', '--style', 'apa'), 'utf8').replace(/\\([.\-*_#>(),])/g, '$1');
    const pdfDoc = await openPdf(new Uint8Array(fs.readFileSync(await exportAs('pdf', '--lang', 'ru', '--style', 'apa'))));
    let pdfText = '';
    for (let n = 1; n <= pdfDoc.numPages; n++) pdfText += ` ${await extractPageText(pdfDoc, n)}`;
    await pdfDoc.destroy();
    pdfText = pdfText.replace(/\s+/g, ' ');
    for (const e of EXPECTED) {
      for (const [format, text] of [['docx', docx], ['html', html], ['md', md], ['pdf', pdfText]]) {
        expect(text, format).toContain(e.clean);
        expect(text, format).toContain(ru(e));
        expect(text, format).not.toContain(e.apa);
      }
    }
  });

  it('carries printed and PDF pages in CSV and XLSX, and the paragraph', async () => {
    const [header, ...records] = parseCsv(fs.readFileSync(await exportAs('csv'), 'utf8').replace(/^\uFEFF/, ''));
    const col = (name: string) => header.indexOf(name);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(await exportAs('xlsx')) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const xlsxHeader = (sheet.getRow(1).values as unknown[]).slice(1);
    const xcol = (name: string) => xlsxHeader.indexOf(name) + 1;
    for (const e of EXPECTED) {
      const rec = records.find((r) => r[col('document title')] === e.title)!;
      expect([rec[col('page')], rec[col('pdf page')], rec[col('quote')]]).toEqual(['3', '7', e.clean]);
      let found = false;
      sheet.eachRow((row, n) => {
        if (n === 1 || row.getCell(xcol('document title')).value !== e.title) return;
        found = true;
        expect([row.getCell(xcol('page')).value, row.getCell(xcol('pdf page')).value, row.getCell(xcol('quote')).value]).toEqual([3, 7, e.clean]);
      });
      expect(found).toBe(true);
    }
    const labelled = records.find((r) => r[col('document title')] === fx.LABELLED_TITLE)!;
    expect(labelled[col('paragraph')]).toBe('88');
  });

  it('keeps the exact text in the JSON-LD selector and cites the printed page beside it', async () => {
    const ld = JSON.parse(fs.readFileSync(await exportAs('jsonld'), 'utf8')) as {
      first: { items: Array<{ body: Array<{ purpose: string; value: string }>; target: { selector: Array<{ type: string; exact?: string; value?: string }> } }> };
    };
    for (const e of EXPECTED) {
      const item = ld.first.items.find((i) => i.body.some((b) => b.purpose === 'describing' && b.value.includes(e.cite)))!;
      expect(item, e.title).toBeDefined();
      expect(item.body.find((b) => b.purpose === 'describing')!.value).toBe(`\u201c${e.clean}\u201d ${e.cite}`);
      expect(item.target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact).toBe(asExtracted(e.lines));
      expect(item.target.selector.find((s) => s.type === 'FragmentSelector')!.value).toBe('page=7');
    }
  });

  it('lists the printed page, the PDF page and the clean quote in `glossa annotations`', async () => {
    const text = await glossa('annotations', file);
    expect(text).toContain(`${fx.LABELLED_TITLE} — p. 3, para. 88 (PDF 7)`);
    expect(text).toContain(`${fx.TWO_COLUMN_TITLE} — p. 3 (PDF 7)`);
    for (const e of EXPECTED) expect(text).toContain(`"${e.clean}"`);
    const json = JSON.parse(await glossa('annotations', file, '--json')) as Array<{ printedPage: string; page: number; quote: string }>;
    expect(json.map((r) => [r.printedPage, r.page]).sort()).toEqual([['3', 7], ['3', 7], ['3', 7]]);
  });

  it('keeps the PDF and detected page labels through a REFI-QDA export and import', async () => {
    const qdpx = path.join(dir, 'round.qdpx');
    const back = path.join(dir, 'round.glossa');
    await glossa('qdpx', 'export', file, qdpx);
    await glossa('qdpx', 'import', qdpx, back);
    const p = openProject(back);
    try {
      const docs = listDocuments(p.db);
      expect(docs.find((d) => d.title.startsWith('GRETA'))?.pageLabels?.source).toBe('pdf');
      expect(docs.find((d) => d.title.startsWith('OSCE'))?.pageLabels?.labels[6]).toBe('3');
      const labelled = evidenceRows(p.db, {}).find((r) => r.document.title.startsWith('GRETA'))!;
      expect([labelled.pageLabel, labelled.quote]).toEqual(['3', fx.LABELLED_CLEAN]);
    } finally {
      closeProject(p);
    }
  });

  it('glossa search cites the printed page beside the PDF page', async () => {
    const json = JSON.parse(await glossa('search', file, 'identification', '--json')) as {
      hits: Array<{ documentTitle: string; page: number; printedPage: string }>;
    };
    const footer = json.hits.find((h) => h.documentTitle === fx.FOOTER_TITLE && h.page === fx.PASSAGE_PDF_PAGE);
    expect(footer?.printedPage).toBe('3');
    const text = await glossa('search', file, 'identification');
    expect(text).toContain(`${fx.FOOTER_TITLE} — page 3 (PDF page ${fx.PASSAGE_PDF_PAGE})`);
  });
});
