// The partnership network in the browser host (issue 14's acceptance line: open the network and
// list the passages of one edge). An EU report (English) and an OSCE report (Russian), passages
// coded with the default codebook's Partner and instrument codes through the API; the network
// tab draws EU—OSCE 2, EU—IOM 2, IOM—OSCE 2 (a partner pair in the EU report and an OSCE report
// naming IOM) and OSCE—UNODC 1; a click on the EU—OSCE edge lists its two passages with
// document and page, and one opens in the reader. The instrument and year filters narrow the
// edges; GraphML and the SVG drawing download. Screenshots at 1280 and 1024 px in English and
// Russian when GLOSSA_LOOK_DIR is set.
import fs from 'node:fs';
import path from 'node:path';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import { EN_SENTENCES, RU_SENTENCES } from '../fixtures/pdf-fixtures';
import { expect, readmeScreenshot, test, type GlossaEnv } from './fixtures';
import { callApi } from './api-call';

test.use({ seed: ['english', 'russian'] });

interface Doc { id: string; pageCount: number; language: string }

/** Default codebook ids (assets/codebooks/default-codebook.json). */
const CODE = {
  funding: 'ba3d3f43-c18a-4449-9193-5d95e068ab9a',
  training: '5440862f-38f8-46f0-a0cd-892b4276becd',
  osce: '8048c626-f8d8-4fae-b00d-94f1ec249268',
  iom: 'c16271fc-8d13-425d-9a40-996f8851df5b',
  unodc: 'e9b7df30-edfd-4a8c-a4f2-f837fc48c67a',
};

async function targetOf(glossa: GlossaEnv, doc: Doc, sentence: string) {
  for (let pageIndex = 0; pageIndex < doc.pageCount; pageIndex++) {
    const text = await callApi<string>(glossa, 'documents.pageText', { id: doc.id, pageIndex });
    const at = text.indexOf(sentence);
    if (at >= 0) {
      const { quote, position } = createSelectors(text, at, at + sentence.length);
      return { pageIndex, rects: [{ x1: 72, y1: 700, x2: 400, y2: 714 }], quote, position };
    }
  }
  throw new Error(`"${sentence}" not found`);
}

test('the partnership network lists the passages of an edge and follows the filters', async ({ glossa, page, reader }) => {
  await glossa.openApp();
  const docs = await callApi<Doc[]>(glossa, 'documents.list', {});
  const en = docs.find((d) => d.language === 'en')!;
  const ru = docs.find((d) => d.language === 'ru')!;
  await callApi(glossa, 'documents.update', { id: en.id, patch: { organisation: 'eu', year: 2015, countries: ['moldova'] } });
  await callApi(glossa, 'documents.update', { id: ru.id, patch: { organisation: 'osce', year: 2019, countries: ['ukraine'] } });
  const annotate = async (doc: Doc, sentence: string, codeIds: string[]) =>
    callApi(glossa, 'annotations.create', { documentId: doc.id, kind: 'text', targets: [await targetOf(glossa, doc, sentence)], color: null, comment: '', codeIds });
  await annotate(en, EN_SENTENCES[0], [CODE.osce, CODE.funding]);
  await annotate(en, EN_SENTENCES[1], [CODE.osce, CODE.iom, CODE.training]);
  await annotate(en, EN_SENTENCES[2], [CODE.iom]);
  await annotate(ru, RU_SENTENCES[1], [CODE.iom, CODE.funding]);
  await annotate(ru, RU_SENTENCES[0], [CODE.unodc]);

  await page.getByTestId('tab-analysis').click();
  await page.getByTestId('analysis-tab-network').click();
  const edge = (id: string) => page.locator(`[data-testid=network-edge][data-edge="${id}"]`);
  await expect(page.getByTestId('network-edge')).toHaveCount(4);
  await expect(page.getByTestId('network-node')).toHaveCount(4);
  await expect(page.getByTestId('network-summary')).toHaveText('4 partnerships · 4 actors · 5 passages with Partner codes');
  const rows = page.getByTestId('network-edges-table').locator('tbody tr');
  await expect(rows).toHaveText([/^EU — IOM\s*21$/, /^EU — OSCE\s*21$/, /^IOM — OSCE\s*22$/, /^OSCE — UNODC\s*11$/]);

  // The acceptance line: a click on the EU—OSCE edge lists its passages.
  await edge('org:eu|org:osce').click();
  const passages = page.getByTestId('network-edge-passages');
  await expect(passages).toContainText('Passages evidencing EU — OSCE');
  await expect(passages.getByTestId('evidence-row')).toHaveCount(2);
  await expect(passages.getByTestId('evidence-row').nth(0)).toContainText(EN_SENTENCES[0]);
  await expect(passages.getByTestId('evidence-row').nth(1)).toContainText(EN_SENTENCES[1]);
  await expect(passages.getByTestId('evidence-row').nth(0)).toHaveAttribute('data-page', '1');
  await readmeScreenshot(page, 'network');

  // Instruments on the passage: Funding only leaves EU—OSCE (S0) and IOM—OSCE (the OSCE report).
  await page.getByTestId('network-instruments').click();
  await page.getByTestId(`network-instruments-${CODE.funding}`).check();
  await expect(page.getByTestId('network-edge')).toHaveCount(2);
  await expect(rows).toHaveText([/^EU — OSCE\s*11$/, /^IOM — OSCE\s*11$/]);
  await page.getByTestId(`network-instruments-${CODE.funding}`).uncheck();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('network-edge')).toHaveCount(4);

  // The analysis filter bar's years: from 2016 leaves the OSCE report.
  await page.getByTestId('analysis-filter-year-from').fill('2016');
  await expect(page.getByTestId('network-edge')).toHaveCount(2);
  await expect(rows).toHaveText([/^IOM — OSCE\s*11$/, /^OSCE — UNODC\s*11$/]);
  await page.getByTestId('analysis-filter-year-from').fill('');
  await expect(page.getByTestId('network-edge')).toHaveCount(4);

  // Exports: GraphML from the backend, the drawing as SVG.
  await page.getByTestId('network-export').click();
  const graphmlDownload = page.waitForEvent('download');
  await page.getByTestId('network-export-graphml').click();
  const graphmlPath = path.join(glossa.tmpDir, 'network.graphml');
  await (await graphmlDownload).saveAs(graphmlPath);
  const graphml = fs.readFileSync(graphmlPath, 'utf8');
  expect(graphml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns"/);
  expect(graphml.match(/<edge /g)).toHaveLength(4);
  expect(graphml).toContain('<edge id="org:iom|org:osce" source="org:iom" target="org:osce"><data key="kind">issuer-partner</data><data key="weight">2</data>');
  await page.getByTestId('network-export').click();
  const svgDownload = page.waitForEvent('download');
  await page.getByTestId('network-export-svg').click();
  const svgPath = path.join(glossa.tmpDir, 'network.svg');
  await (await svgDownload).saveAs(svgPath);
  const svg = fs.readFileSync(svgPath, 'utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('>UNODC</text>');
  expect(svg).not.toContain('network-edge-hit');

  // A listed passage opens in the reader at its page.
  await edge('org:eu|org:osce').click();
  await passages.getByTestId('evidence-row').first().getByTestId('evidence-open').click();
  await reader.expectOpen(en.pageCount);
  await reader.expectShowing(1);

  const lookDir = process.env.GLOSSA_LOOK_DIR;
  if (lookDir) {
    for (const lang of ['en', 'ru'] as const) {
      await callApi(glossa, 'settings.set', { language: lang });
      await page.reload();
      for (const width of [1280, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        await page.getByTestId('tab-analysis').click();
        await page.getByTestId('analysis-tab-network').click();
        await expect(page.getByTestId('network-edge')).toHaveCount(4);
        await edge('org:iom|org:osce').click();
        await expect(passages.getByTestId('evidence-row')).toHaveCount(2);
        await page.mouse.move(5, 5);
        await page.screenshot({ path: path.join(lookDir, `network-${lang}-${width}.png`) });
      }
    }
  }
});
