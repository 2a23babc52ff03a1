// Evidence browser, co-occurrence view and exports in the browser host: a project seeded with
// the English and Russian reports (CLI import), attributes and codings made through the HTTP
// API as the app makes them, then filtered by a code and an organisation in the UI, exported
// as DOCX and HTML (browser downloads, read back), and the README screenshots of the HTML
// report and the co-occurrence view taken.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import type { AnnotationTarget } from '../../shared/domain/annotation';
import { EN_SENTENCES, RU_SENTENCES, RU_TITLE } from '../fixtures/pdf-fixtures';
import { unzipText } from '../helpers/read-zip';
import { expect, readmeScreenshot, test, type GlossaEnv } from './fixtures';
import { callApi } from './api-call';
import { EvidencePage } from './pages/evidence-page';

test.use({ seed: ['english', 'russian'] });

const call = callApi;

/** The target of `sentence` wherever it is in the document (whitespace-insensitive). */
async function findTarget(glossa: GlossaEnv, documentId: string, pageCount: number, sentence: string): Promise<AnnotationTarget> {
  const pattern = new RegExp(sentence.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  for (let pageIndex = 0; pageIndex < pageCount; pageIndex++) {
    const text = await call<string>(glossa, 'documents.pageText', { id: documentId, pageIndex });
    const m = pattern.exec(text);
    if (m) {
      const { quote, position } = createSelectors(text, m.index, m.index + m[0].length);
      return { pageIndex, rects: [{ x1: 72, y1: 700, x2: 400, y2: 714 }], quote, position };
    }
  }
  throw new Error(`"${sentence}" not found`);
}

interface Doc { id: string; title: string; pageCount: number }

async function seedCodings(glossa: GlossaEnv) {
  const docs = await call<Doc[]>(glossa, 'documents.list', {});
  const en = docs.find((d) => d.title !== RU_TITLE)!;
  const ru = docs.find((d) => d.title === RU_TITLE)!;
  await call(glossa, 'documents.update', { id: en.id, patch: { organisation: 'osce', countries: ['moldova'], year: 2021, docType: 'progress-report' } });
  await call(glossa, 'documents.update', { id: ru.id, patch: { organisation: 'russia-cis', countries: ['russia'], year: 2019, docType: 'study' } });
  const mk = async (name: string, color: string, definition: string) => (await call<{ id: string }>(glossa, 'codes.create', { name, color, definition })).id;
  const victims = await mk('Victim identification', '#e15759', 'Procedures and figures on identifying victims of trafficking.');
  const labour = await mk('Labour exploitation', '#4e79a7', 'Forced or exploitative work as a form of trafficking.');
  const scale = await mk('Масштаб проблемы', '#59a14f', 'Оценки распространённости торговли людьми.');
  const annotate = async (doc: Doc, sentence: string, codeIds: string[], comment = '') =>
    call(glossa, 'annotations.create', { documentId: doc.id, kind: 'text', targets: [await findTarget(glossa, doc.id, doc.pageCount, sentence)], color: null, comment, codeIds });
  await annotate(en, EN_SENTENCES[1], [victims, labour], 'Referral figures for the annex.');
  await annotate(en, EN_SENTENCES[2], [labour]);
  await annotate(en, EN_SENTENCES[0], [scale, victims]);
  await annotate(ru, RU_SENTENCES[1], [victims, scale], 'Ср. с докладом ОБСЕ.');
  await annotate(ru, RU_SENTENCES[0], [scale]);
  await call(glossa, 'memos.set', { targetType: 'project', targetId: '', body: 'Why these two reports were compared.' });
  return { en, ru };
}

test('filter evidence by a code and an organisation, export DOCX and HTML, view co-occurrence', async ({ glossa, page, reader }) => {
  await glossa.openApp();
  await seedCodings(glossa);
  const evidence = new EvidencePage(page);
  await evidence.open();
  await evidence.expectTotal(8);

  await evidence.tickCode('Victim identification');
  await evidence.expectTotal(3);
  await evidence.filterOrganisation('osce');
  await evidence.expectTotal(2);
  await expect(evidence.rows.first()).toContainText('p. ');
  await expect(evidence.panel).toContainText(EN_SENTENCES[1]);
  await expect(evidence.panel).not.toContainText(RU_SENTENCES[1]);
  await expect(evidence.rows.filter({ hasText: EN_SENTENCES[1] }).getByTestId('evidence-chip')).toHaveText(['Victim identification', 'Labour exploitation']);
  if (process.env.GLOSSA_DEBUG_SHOTS) await page.screenshot({ path: path.join(os.tmpdir(), 'glossa-evidence.png') });

  // Copy with citation puts “quote” (Author Year, page) on the clipboard — the PDF names its
  // author, "Office for Test Reports", which a citation puts before the organisation: Chicago
  // author-date by default; the toolbar's style picker switches it (APA: "(Author, 2021, p. N)").
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: glossa.baseUrl });
  await evidence.rows.filter({ hasText: EN_SENTENCES[1] }).getByTestId('evidence-copy').click();
  // The backend cites (evidence.citeText), then the button says so.
  await expect(evidence.rows.filter({ hasText: EN_SENTENCES[1] }).getByTestId('evidence-copy')).toHaveText('Copied');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toMatch(new RegExp(`^\u201c${EN_SENTENCES[1]}\u201d \\(Office for Test Reports 2021, \\d+\\)$`));
  await page.getByTestId('evidence-citation-style').selectOption('apa');
  await evidence.rows.filter({ hasText: EN_SENTENCES[1] }).getByTestId('evidence-copy').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^\u201c${EN_SENTENCES[1]}\u201d \\(Office for Test Reports, 2021, p\\. \\d+\\)$`));

  // DOCX download: document.xml holds the quote and its citation.
  const docx = await evidence.exportAs('docx');
  expect(docx.suggestedFilename()).toMatch(/^glossa-evidence-\d{4}-\d{2}-\d{2}\.docx$/);
  const docxPath = path.join(glossa.tmpDir, 'report.docx');
  await docx.saveAs(docxPath);
  const xml = await unzipText(fs.readFileSync(docxPath), 'word/document.xml');
  expect(xml).toContain(EN_SENTENCES[1]);
  // The export dialog starts from the saved choice (APA, picked above) and ends with the references.
  expect(xml).toContain('(Office for Test Reports, 2021, p. ');
  expect(xml).toContain('References');
  expect(xml).not.toContain(RU_SENTENCES[1]);

  // HTML download with memos and tables, then opened in Chromium as a reader would.
  const html = await evidence.exportAs('html', { memos: true, tables: true });
  const htmlPath = path.join(glossa.tmpDir, 'report.html');
  await html.saveAs(htmlPath);
  const text = fs.readFileSync(htmlPath, 'utf8');
  expect(text).toContain(EN_SENTENCES[0]);
  expect(text).toContain('Why these two reports were compared.');
  const report = await page.context().newPage();
  await report.setViewportSize({ width: 1280, height: 800 });
  await report.goto(`file://${htmlPath}`);
  await expect(report.locator('body')).toContainText(EN_SENTENCES[1]);
  await expect(report.locator('body')).toContainText('Victim identification');
  await expect(report.locator('body')).toContainText('Referral figures for the annex.');
  await readmeScreenshot(report, 'evidence-report');
  await report.close();

  // Co-occurrence of the whole project: a click on a cell lists the passages with both codes.
  await page.getByTestId('evidence-clear-all').click();
  await evidence.expectTotal(8);
  await page.getByTestId('tab-analysis').click();
  await expect(page.getByTestId('analysis-frequency-table')).toContainText('Victim identification');
  await expect(page.getByTestId('analysis-chart').locator('.recharts-wrapper > svg')).toBeVisible();
  if (process.env.GLOSSA_DEBUG_SHOTS) await page.screenshot({ path: path.join(os.tmpdir(), 'glossa-frequencies.png') });
  // The chart saved as SVG (styles inlined, legend drawn in) and as PNG.
  const svgDownload = page.waitForEvent('download');
  await page.getByTestId('analysis-save-svg').click();
  const svgPath = path.join(glossa.tmpDir, 'chart.svg');
  await (await svgDownload).saveAs(svgPath);
  const svg = fs.readFileSync(svgPath, 'utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('Масштаб проблемы');
  expect(svg).toMatch(/<rect[^>]+fill="#e15759"/);
  expect(svg).toContain('style="');
  const pngDownload = page.waitForEvent('download');
  await page.getByTestId('analysis-save-png').click();
  const pngPath = path.join(glossa.tmpDir, 'chart.png');
  await (await pngDownload).saveAs(pngPath);
  expect(fs.readFileSync(pngPath).subarray(1, 4).toString()).toBe('PNG');
  if (process.env.GLOSSA_DEBUG_SHOTS) fs.copyFileSync(pngPath, path.join(os.tmpdir(), 'glossa-chart.png'));
  await page.getByTestId('analysis-tab-cooccurrence').click();
  const cell = page.locator('[data-testid=cooccurrence-cell][data-a="Victim identification"][data-b="Масштаб проблемы"]');
  await expect(cell.getByTestId('cooccurrence-count')).toHaveText('2');
  await cell.click();
  await expect(page.getByTestId('cell-passages').getByTestId('evidence-row')).toHaveCount(2);
  await expect(page.getByTestId('cell-passages')).toContainText(RU_SENTENCES[1]);
  await readmeScreenshot(page, 'cooccurrence');

  // A passage opens in the reader at its page (the English report, 3 pages, sorts first).
  const first = page.getByTestId('cell-passages').getByTestId('evidence-row').first();
  const pageNumber = Number(await first.getAttribute('data-page'));
  await first.getByTestId('evidence-open').click();
  await reader.expectOpen(3);
  await reader.expectShowing(pageNumber);
});
