// Second-cycle coding in the evidence browser (web host, Chromium): tick passages of one code
// and move them into a new sub-code (splitting the code while reading its passages), then add a
// code to two passages at once and remove it again.
import path from 'node:path';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import { EN_SENTENCES } from '../fixtures/pdf-fixtures';
import { callApi } from './api-call';
import { expect, test, type GlossaEnv } from './fixtures';
import { EvidencePage } from './pages/evidence-page';

test.use({ seed: ['english'] });

interface Doc { id: string; pageCount: number }
interface ListedCode { id: string; parentId: string | null; text: { en: { name: string } } }

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

test('split a code from the evidence browser; add and remove a code on several passages', async ({ glossa, page }) => {
  await glossa.openApp();
  const [doc] = await callApi<Doc[]>(glossa, 'documents.list', {});
  const situation = (await callApi<{ id: string }>(glossa, 'codes.create', { name: 'Situation', color: '#4e79a7' })).id;
  const review = (await callApi<{ id: string }>(glossa, 'codes.create', { name: 'To review', color: '#e15759' })).id;
  for (const s of EN_SENTENCES) {
    await callApi(glossa, 'annotations.create', { documentId: doc.id, kind: 'text', targets: [await targetOf(glossa, doc, s)], color: null, comment: '', codeIds: [situation] });
  }
  const evidence = new EvidencePage(page);
  await evidence.open();
  await evidence.expectTotal(3);
  const row = (sentence: string) => evidence.rows.filter({ hasText: sentence.slice(0, 30) });

  await test.step('tick two passages of Situation and move them into a new sub-code', async () => {
    await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
    await row(EN_SENTENCES[1]).getByTestId('evidence-select').check();
    await row(EN_SENTENCES[2]).getByTestId('evidence-select').check();
    await expect(page.getByTestId('bulk-count')).toHaveText('2 passages ticked');
    await page.getByTestId('bulk-split').click();
    await page.getByTestId('bulk-new-name').fill('Victims and exploitation');
    await page.getByTestId('bulk-apply').click();
    await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
    const groups = page.getByTestId('evidence-group');
    await expect(groups).toHaveCount(2);
    await expect(groups.nth(0).locator('h3')).toContainText('Situation');
    await expect(groups.nth(0).getByTestId('evidence-row')).toHaveCount(1);
    await expect(groups.nth(1).locator('h3')).toContainText('Situation › Victims and exploitation');
    await expect(groups.nth(1).getByTestId('evidence-row')).toHaveCount(2);
    const codes = await callApi<ListedCode[]>(glossa, 'codes.list');
    expect(codes.find((c) => c.text.en.name === 'Victims and exploitation')?.parentId).toBe(situation);
    if (process.env.GLOSSA_LOOK_DIR) await page.screenshot({ path: path.join(process.env.GLOSSA_LOOK_DIR, 'split-after.png') });
  });

  await test.step('expand a passage into its paragraph and back', async () => {
    const r = row(EN_SENTENCES[0]).first();
    await r.getByTestId('evidence-expand').click();
    await expect(r.getByTestId('evidence-paragraph')).toContainText(EN_SENTENCES[0]);
    await expect(r.getByTestId('evidence-expand')).toHaveText('Quote only');
    await r.getByTestId('evidence-expand').click();
    await expect(r.getByTestId('evidence-paragraph')).toHaveCount(0);
  });

  await test.step('add a code to two passages at once, then remove it', async () => {
    await row(EN_SENTENCES[0]).getByTestId('evidence-select').check();
    await row(EN_SENTENCES[1]).getByTestId('evidence-select').check();
    await page.getByTestId('bulk-add').click();
    await page.getByTestId('bulk-code').selectOption(review);
    if (process.env.GLOSSA_LOOK_DIR) await page.screenshot({ path: path.join(process.env.GLOSSA_LOOK_DIR, 'bulk-add.png') });
    await page.getByTestId('bulk-apply').click();
    await expect(evidence.rows.filter({ has: page.getByTestId('evidence-chip').filter({ hasText: 'To review' }) })).not.toHaveCount(0);
    await expect(row(EN_SENTENCES[0]).first().getByTestId('evidence-chip')).toHaveText(['Situation', 'To review']);
    await expect(row(EN_SENTENCES[2]).first().getByTestId('evidence-chip')).toHaveText(['Victims and exploitation']);
    await page.getByTestId('evidence-group').filter({ has: page.locator('h3', { hasText: /^To review/ }) }).getByTestId('evidence-select-group').check();
    await page.getByTestId('bulk-remove').click();
    await page.getByTestId('bulk-code').selectOption(review);
    await page.getByTestId('bulk-apply').click();
    await expect(page.getByTestId('evidence-group').filter({ has: page.locator('h3', { hasText: /^To review/ }) })).toHaveCount(0);
    await expect(row(EN_SENTENCES[0]).first().getByTestId('evidence-chip')).toHaveText(['Situation']);
  });
});
