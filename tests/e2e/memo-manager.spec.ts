// The memo manager (web host, Chromium): make two titled memos, link one to a code, find it by
// search and by the "linked to" filter, keep typing safe across a switch of memos (saved as
// typed, never dropped), and insert a passage with its citation from the evidence browser at
// the memo's cursor. Screenshots at 1280 and 1024 px in English and Russian when GLOSSA_LOOK_DIR is set.
import path from 'node:path';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import { EN_SENTENCES } from '../fixtures/pdf-fixtures';
import { callApi } from './api-call';
import { expect, test, type GlossaEnv } from './fixtures';
import { EvidencePage } from './pages/evidence-page';

test.use({ seed: ['english'] });

interface Doc { id: string; pageCount: number }
interface Memo { id: string; title: string; body: string; excerpt?: string; links: Array<{ kind: string; targetId: string }> }

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

test('titled memos: create, link, search, save as typed, insert a passage with its citation', async ({ glossa, page }) => {
  await glossa.openApp();
  const [doc] = await callApi<Doc[]>(glossa, 'documents.list', {});
  const funding = (await callApi<{ id: string }>(glossa, 'codes.create', { name: 'Funding', color: '#4e79a7' })).id;
  await callApi(glossa, 'annotations.create', { documentId: doc.id, kind: 'text', targets: [await targetOf(glossa, doc, EN_SENTENCES[0])], color: null, comment: '', codeIds: [funding] });
  const items = page.getByTestId('memo-item');
  const body = page.getByTestId('memo-body');
  const memos = () => callApi<Array<Memo>>(glossa, 'memos.list', {});

  await test.step('make two titled memos', async () => {
    await page.getByTestId('tab-memos').click();
    await expect(page.getByTestId('memo-empty')).toBeVisible();
    for (const title of ['Day one', 'Funding streams']) {
      await page.getByTestId('memo-new').click();
      await page.getByTestId('memo-new-title').fill(title);
      await page.getByTestId('memo-create').click();
      await expect(page.getByTestId('memo-title')).toHaveValue(title);
    }
    await expect(items).toHaveCount(2);
  });

  await test.step('link the open memo to a code', async () => {
    await page.getByTestId('memo-link-kind').selectOption('code');
    await page.getByTestId('memo-link-target').selectOption(funding);
    await page.getByTestId('memo-link-add').click();
    await expect(page.getByTestId('memo-link')).toHaveText([/Code:\s*Funding/]);
  });

  await test.step('the body saves as typed and survives switching memos at once', async () => {
    await items.filter({ hasText: 'Day one' }).click();
    await expect(page.getByTestId('memo-title')).toHaveValue('Day one');
    await body.click();
    await body.pressSequentially('Partners named so far: IOM');
    // Straight to the other memo, before the debounce: the text is written, not dropped.
    await items.filter({ hasText: 'Funding streams' }).click();
    await expect(page.getByTestId('memo-title')).toHaveValue('Funding streams');
    await expect.poll(async () => (await memos()).find((m) => m.title === 'Day one')?.excerpt).toBe('Partners named so far: IOM');
    await items.filter({ hasText: 'Day one' }).click();
    await expect(body).toHaveValue('Partners named so far: IOM');
  });

  await test.step('search finds a memo by title or text; the filter by its linked code', async () => {
    await page.getByTestId('memo-search').fill('funding');
    await expect(items).toHaveCount(1);
    await expect(items).toContainText('Funding streams');
    await page.getByTestId('memo-search').fill('iom partners');
    await expect(items).toHaveText([/Day one/]);
    await page.getByTestId('memo-search').fill('');
    await page.getByTestId('memo-filter').selectOption(`code:${funding}`);
    await expect(items).toHaveText([/Funding streams/]);
    await page.getByTestId('memo-filter').selectOption('');
    await expect(items).toHaveCount(2);
  });

  await test.step('insert a passage with its citation at the cursor of the open memo', async () => {
    await items.filter({ hasText: 'Funding streams' }).click();
    await body.click();
    await body.pressSequentially('Why funding matters.');
    const evidence = new EvidencePage(page);
    await evidence.open();
    await evidence.expectTotal(1);
    const insert = evidence.rows.first().getByTestId('insert-into-memo');
    await expect(insert).toHaveAttribute('title', /Funding streams/);
    await insert.click();
    await expect(insert).toContainText('Inserted into “Funding streams”');
    const quote = `> “${EN_SENTENCES[0]}”`;
    await expect.poll(async () => (await callApi<Memo>(glossa, 'memos.read', { id: (await memos()).find((m) => m.title === 'Funding streams')!.id })).body).toMatch(
      new RegExp(`^Why funding matters\\.\\n\\n${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(.+\\)\\n$`),
    );
    await page.getByTestId('tab-memos').click();
    await expect(body).toHaveValue(/^Why funding matters\.\n\n> “.+” \(.+\)\n$/);
    await expect(page.getByTestId('memo-title')).toHaveValue('Funding streams');
  });

  await test.step("insert from a highlight in the reader", async () => {
    await page.getByTestId('tab-evidence').click();
    await page.getByTestId('evidence-open').first().click();
    const row = page.getByTestId('annotation-row').first();
    await expect(row).toBeVisible();
    await row.getByTestId('insert-into-memo').click();
    await expect(row.getByTestId('insert-into-memo')).toContainText('Inserted into “Funding streams”');
    const id = (await memos()).find((m) => m.title === 'Funding streams')!.id;
    await expect.poll(async () => ((await callApi<Memo>(glossa, 'memos.read', { id })).body.match(/> “/g) ?? []).length).toBe(2);
  });

  const lookDir = process.env.GLOSSA_LOOK_DIR;
  if (lookDir) {
    for (const lang of ['en', 'ru'] as const) {
      await callApi(glossa, 'settings.set', { language: lang });
      await page.reload();
      for (const width of [1280, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        await page.getByTestId('tab-memos').click();
        await items.filter({ hasText: 'Funding streams' }).click();
        await expect(page.getByTestId('memo-title')).toHaveValue('Funding streams');
        await page.screenshot({ path: path.join(lookDir, `memo-manager-${lang}-${width}.png`) });
        await page.getByTestId('tab-evidence').click();
        await expect(page.getByTestId('evidence-row').first()).toBeVisible();
        await page.screenshot({ path: path.join(lookDir, `memo-insert-evidence-${lang}-${width}.png`) });
      }
    }
  }
});
