// Coding queries and the positional co-occurrence matrix in the browser host: two overlapping
// highlights with different codes (the case the old matrix counted 0), a query typed in the
// evidence browser narrowing it to the passages found, a mistake explained, and the matrix
// switched from "overlap" to "on one page" with its c-coefficient shown. Screenshots for review
// at 1280 and 1024 px in English and Russian when GLOSSA_LOOK_DIR is set.
import path from 'node:path';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import { EN_SENTENCES } from '../fixtures/pdf-fixtures';
import { expect, test, type GlossaEnv } from './fixtures';
import { callApi } from './api-call';
import { EvidencePage } from './pages/evidence-page';

test.use({ seed: ['english'] });

interface Doc { id: string; pageCount: number }

async function targetOf(glossa: GlossaEnv, doc: Doc, sentence: string, from = 0, to = sentence.length) {
  for (let pageIndex = 0; pageIndex < doc.pageCount; pageIndex++) {
    const text = await callApi<string>(glossa, 'documents.pageText', { id: doc.id, pageIndex });
    const at = text.indexOf(sentence);
    if (at >= 0) {
      const { quote, position } = createSelectors(text, at + from, at + to);
      return { pageIndex, rects: [{ x1: 72, y1: 700, x2: 400, y2: 714 }], quote, position };
    }
  }
  throw new Error(`"${sentence}" not found`);
}

test('a coding query narrows the evidence; the matrix counts overlapping and same-page passages', async ({ glossa, page }) => {
  await glossa.openApp();
  const [doc] = await callApi<Doc[]>(glossa, 'documents.list', {});
  const mk = async (name: string, color: string) => (await callApi<{ id: string }>(glossa, 'codes.create', { name, color })).id;
  const funding = await mk('Funding', '#4e79a7');
  const cofunding = await mk('Co-funding', '#f28e2b');
  const labour = await mk('Labour exploitation', '#59a14f');
  const annotate = async (target: unknown, codeIds: string[]) =>
    callApi(glossa, 'annotations.create', { documentId: doc.id, kind: 'text', targets: [target], color: null, comment: '', codeIds });
  // "The national referral mechanism identified forty-two victims…": Funding on its first half,
  // Co-funding on its second half, overlapping in "mechanism identified".
  await annotate(await targetOf(glossa, doc, EN_SENTENCES[1], 0, 50), [funding]);
  await annotate(await targetOf(glossa, doc, EN_SENTENCES[1], 30, EN_SENTENCES[1].length), [cofunding]);
  await annotate(await targetOf(glossa, doc, EN_SENTENCES[2]), [labour]);

  const evidence = new EvidencePage(page);
  await evidence.open();
  await evidence.expectTotal(3);
  await page.getByTestId('evidence-query').fill('"Funding" OVERLAPS "Co-funding"');
  await page.getByTestId('evidence-query-run').click();
  await evidence.expectTotal(1);
  await expect(evidence.rows).toHaveCount(1);
  await expect(evidence.rows.first().getByTestId('evidence-chip')).toHaveText(['Funding']);
  // The code tree's counts follow the query.
  const treeCount = (name: string) => page.getByTestId('evidence-code-tree').locator('label', { has: page.getByTestId(`evidence-code-${name}`) }).getByTestId('evidence-code-count');
  await expect(treeCount('Funding')).toHaveText('1');
  await expect(treeCount('Labour exploitation')).toHaveText('0');

  await page.getByTestId('evidence-query').fill('"Funding" OVERLAPS');
  await page.getByTestId('evidence-query-run').click();
  await expect(page.getByTestId('evidence-error')).toContainText('The query cannot be read');
  await page.getByTestId('evidence-query').fill('"Labour exploitation" OUTSIDE "Funding"');
  await page.getByTestId('evidence-query').press('Enter');
  await evidence.expectTotal(1);
  await expect(evidence.rows.first().getByTestId('evidence-chip')).toHaveText(['Labour exploitation']);
  await page.getByTestId('evidence-query').fill('');
  await evidence.expectTotal(3);

  await page.getByTestId('tab-analysis').click();
  await page.getByTestId('analysis-tab-cooccurrence').click();
  const cell = (a: string, b: string) => page.locator(`[data-testid=cooccurrence-cell][data-a="${a}"][data-b="${b}"]`);
  await expect(cell('Funding', 'Co-funding').getByTestId('cooccurrence-count')).toHaveText('1');
  await expect(cell('Funding', 'Co-funding').getByTestId('c-coefficient')).toHaveText('1.00');
  await expect(cell('Funding', 'Labour exploitation')).toHaveCount(0);
  await cell('Funding', 'Co-funding').click();
  await expect(page.getByTestId('cell-passages').getByTestId('evidence-row')).toHaveCount(2);

  // The Labour sentence is on another page of the report: not on one page, but within reach.
  await page.getByTestId('cooccurrence-basis').selectOption('page');
  await expect(cell('Funding', 'Co-funding').getByTestId('cooccurrence-count')).toHaveText('1');
  await expect(cell('Funding', 'Labour exploitation')).toHaveCount(0);
  await page.getByTestId('cooccurrence-basis').selectOption('chars');
  await page.getByTestId('cooccurrence-chars').fill('100000');
  await page.getByTestId('cooccurrence-chars').press('Enter');
  await expect(cell('Funding', 'Labour exploitation').getByTestId('cooccurrence-count')).toHaveText('1');
  // Funding 1, Labour 1, one pair: c = 1 / (1 + 1 − 1).
  await expect(cell('Funding', 'Labour exploitation').getByTestId('c-coefficient')).toHaveText('1.00');
  await page.getByTestId('cooccurrence-chars').fill('0');
  await page.getByTestId('cooccurrence-chars').press('Enter');
  await expect(cell('Funding', 'Labour exploitation')).toHaveCount(0);
  await expect(cell('Funding', 'Co-funding').getByTestId('cooccurrence-count')).toHaveText('1');

  const lookDir = process.env.GLOSSA_LOOK_DIR;
  if (lookDir) {
    for (const lang of ['en', 'ru'] as const) {
      await callApi(glossa, 'settings.set', { language: lang });
      await page.reload();
      for (const width of [1280, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        await page.getByTestId('tab-evidence').click();
        await page.getByTestId('evidence-query').fill(lang === 'ru' ? '«Funding» OVERLAPS «Co-funding»' : '"Funding" OVERLAPS "Co-funding"');
        await page.getByTestId('evidence-query').press('Enter');
        await page.waitForTimeout(300);
        await page.screenshot({ path: path.join(lookDir, `query-evidence-${lang}-${width}.png`) });
        await page.getByTestId('tab-analysis').click();
        await page.getByTestId('analysis-tab-cooccurrence').click();
        await page.waitForTimeout(300);
        await page.screenshot({ path: path.join(lookDir, `query-cooccurrence-${lang}-${width}.png`) });
      }
    }
  }
});
