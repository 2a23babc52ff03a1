// The export dialog's report options in the browser host: a title typed by the user, the
// report language chosen apart from the UI's, and the full codebook, read back from the
// downloaded HTML and DOCX (a Markdown comment as real formatting, Russian labels and "с.").
import fs from 'node:fs';
import path from 'node:path';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import { EN_SENTENCES, RU_TITLE } from '../fixtures/pdf-fixtures';
import { unzipText } from '../helpers/read-zip';
import { callApi } from './api-call';
import { expect, test, type GlossaEnv } from './fixtures';
import { EvidencePage } from './pages/evidence-page';

test.use({ seed: ['english', 'russian'] });

interface Doc { id: string; title: string; pageCount: number }

async function seed(glossa: GlossaEnv) {
  const docs = await callApi<Doc[]>(glossa, 'documents.list', {});
  const en = docs.find((d) => d.title !== RU_TITLE)!;
  await callApi(glossa, 'documents.update', { id: en.id, patch: { organisation: 'osce', year: 2021 } });
  const code = (await callApi<{ id: string }>(glossa, 'codes.create', { name: 'Victim identification', color: '#e15759' })).id;
  await callApi(glossa, 'codes.create', { name: 'Unused code', color: '#4e79a7' });
  const words = EN_SENTENCES[1].split(/\s+/);
  for (let pageIndex = 0; pageIndex < en.pageCount; pageIndex++) {
    const text = await callApi<string>(glossa, 'documents.pageText', { id: en.id, pageIndex });
    const m = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')).exec(text);
    if (!m) continue;
    const { quote, position } = createSelectors(text, m.index, m.index + m[0].length);
    await callApi(glossa, 'annotations.create', {
      documentId: en.id, kind: 'text', color: null, codeIds: [code],
      comment: 'The **referral** figures, see [OSCE](https://www.osce.org).',
      targets: [{ pageIndex, rects: [{ x1: 72, y1: 700, x2: 400, y2: 714 }], quote, position }],
    });
    return;
  }
  throw new Error('sentence not found');
}

test('the export dialog titles the report, sets its language and formats Markdown comments', async ({ glossa, page }) => {
  await glossa.openApp();
  await seed(glossa);
  const evidence = new EvidencePage(page);
  await evidence.open();
  await evidence.expectTotal(1);

  // APA picked in the dialog (its "с." for the page in Russian); the citation locale follows the report's language.
  const html = await evidence.exportAs('html', { title: 'Annex B: Evidence', language: 'ru', style: 'apa' });
  const htmlPath = path.join(glossa.tmpDir, 'annex.html');
  await html.saveAs(htmlPath);
  const report = await page.context().newPage();
  await report.goto(`file://${htmlPath}`);
  await expect(report.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(report.locator('h1')).toHaveText('Annex B: Evidence');
  await expect(report.locator('div.comment strong')).toHaveText('referral');
  await expect(report.locator('div.comment a')).toHaveAttribute('href', 'https://www.osce.org');
  // The PDF names its author, so the citation gives it; the Russian organisation name is the
  // publisher in the reference list that ends the report.
  await expect(report.locator('p.citation').first()).toContainText('(Office for Test Reports, 2021, с. ');
  await expect(report.locator('section.bibliography p.csl-entry').first()).toContainText('ОБСЕ');
  await expect(report.locator('p.citation')).toContainText(', с. ');
  await expect(report.locator('section.codebook')).not.toContainText('Unused code');
  await expect(report.locator('body')).toContainText('Кодовая книга');
  await report.close();

  // No title typed: the project has only its file name, so the report takes the generic one.
  const docx = await evidence.exportAs('docx', { title: '', language: 'en', fullCodebook: true });
  const docxPath = path.join(glossa.tmpDir, 'annex.docx');
  await docx.saveAs(docxPath);
  const xml = await unzipText(fs.readFileSync(docxPath), 'word/document.xml');
  expect(xml).toMatch(/<w:pStyle w:val="Title"\/>.*?<w:t[^>]*>Evidence report<\/w:t>/s);
  expect(xml).toContain('Unused code');
  // The dialog remembers the last style: APA again, now in English.
  expect(xml).toContain('(Office for Test Reports, 2021, p. ');
  expect(xml).not.toContain('**');
});
