// Links between passages with a named relation (issue 14 item 8), in Chromium against the web
// host: a highlight made with the mouse in the English report and one in the Russian report are
// linked "recommends → implemented" from the annotations panel's "Link to passage…" picker
// (searched by a word of the quote); the link shows on both passages, each end reading its
// direction, with the other passage's quote, document and page; a click on it opens the other
// document at that passage, selected; once coded, the evidence browser lists the link under both
// passages and opens the other one. Screenshots at 1280 and 1024 px in English and Russian
// when GLOSSA_LOOK_DIR is set. (tests/e2e/passage-links.spec.ts is the glossa:// link back to a
// passage from an export: a different feature.)
import path from 'node:path';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import { EN_SENTENCES, EN_TITLE, RU_SENTENCES, RU_TITLE } from '../fixtures/pdf-fixtures';
import { callApi } from './api-call';
import { expect, test } from './fixtures';
import { CodingPage } from './pages/coding-page';
import { EvidencePage } from './pages/evidence-page';

test.use({ seed: ['english', 'russian'] });

interface Doc { id: string; title: string; pageCount: number }

test('link two passages "recommends → implemented", see the link on both, click it to jump', async ({ glossa, page, library, reader }) => {
  const coding = new CodingPage(page);
  await glossa.openApp();
  const docs = await callApi<Doc[]>(glossa, 'documents.list', {});
  const ru = docs.find((d) => d.title === RU_TITLE)!;
  // The Russian passage: made through the API (the reader below makes the English one by mouse).
  const ruText = await callApi<string>(glossa, 'documents.pageText', { id: ru.id, pageIndex: 1 });
  const at = ruText.indexOf('Национальный механизм перенаправления');
  expect(at).toBeGreaterThanOrEqual(0);
  const { quote, position } = createSelectors(ruText, at, at + 'Национальный механизм перенаправления'.length);
  const implemented = await callApi<{ id: string }>(glossa, 'annotations.create', {
    documentId: ru.id, kind: 'text', targets: [{ pageIndex: 1, rects: [{ x1: 72, y1: 690, x2: 420, y2: 712 }], quote, position }], color: null, comment: '', codeIds: [],
  });

  await library.open(EN_TITLE);
  await reader.expectOpen(3);
  await test.step('a highlight made with the mouse', async () => {
    const span = coding.span(1, EN_SENTENCES[1]);
    await coding.centerInReader(span);
    await coding.dragSelect(span, span);
    await expect(coding.popup).toBeVisible();
    await coding.popup.getByTestId('popup-apply').click();
    await expect(coding.rows).toHaveCount(1);
  });
  const recommendation = coding.rows.first();
  const recommendationId = (await recommendation.getAttribute('data-annotation-id'))!;

  await test.step('"Link to passage…": search, pick the Russian passage, relation recommends → implemented', async () => {
    await recommendation.locator('.annotation-main').click();
    await recommendation.getByTestId('link-to-passage').click();
    const dialog = page.getByTestId('link-passage-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('link-passage-create')).toBeDisabled();
    await dialog.getByTestId('link-search').fill('механизм');
    await expect(dialog.getByTestId('link-candidate')).toHaveCount(1);
    await expect(dialog.getByTestId('link-candidate')).toContainText(RU_TITLE);
    await dialog.getByTestId('link-candidate').click();
    await dialog.getByTestId('link-relation').selectOption('recommends-implemented');
    await dialog.getByTestId('link-note').fill('The NRM recommendation, implemented');
    await dialog.getByTestId('link-passage-create').click();
    await expect(dialog).toBeHidden();
  });

  const outLink = recommendation.getByTestId('passage-link');
  await expect(outLink).toHaveCount(1);
  await expect(outLink).toHaveAttribute('data-direction', 'out');
  await expect(outLink.getByTestId('passage-link-open')).toContainText('recommends → implemented in');
  await expect(outLink.getByTestId('passage-link-open')).toContainText('Национальный механизм перенаправления');
  await expect(outLink.getByTestId('passage-link-open')).toContainText(`${RU_TITLE} · p. 2`);
  await expect(outLink.getByTestId('passage-link-note')).toHaveValue('The NRM recommendation, implemented');

  await test.step('a click opens the other document at the linked passage, which shows the link back', async () => {
    await outLink.getByTestId('passage-link-open').click();
    await expect(reader.root).toHaveAttribute('data-document-id', ru.id);
    const target = coding.panel.locator(`[data-testid="annotation-row"][data-annotation-id="${implemented.id}"]`);
    await expect(target).toHaveClass(/selected/);
    await expect(coding.highlights(1, implemented.id).first()).toBeInViewport();
    const inLink = target.getByTestId('passage-link');
    await expect(inLink).toHaveAttribute('data-direction', 'in');
    await expect(inLink.getByTestId('passage-link-open')).toContainText('implements the recommendation of');
    await expect(inLink.getByTestId('passage-link-open')).toContainText(EN_SENTENCES[1].slice(0, 40));
    await expect(inLink.getByTestId('passage-link-open')).toContainText(`${EN_TITLE} · p. 2`);
    await inLink.getByTestId('passage-link-open').click();
    await expect(reader.root).toHaveAttribute('data-document-id', docs.find((d) => d.title === EN_TITLE)!.id);
    await expect(coding.panel.locator(`[data-testid="annotation-row"][data-annotation-id="${recommendationId}"]`)).toHaveClass(/selected/);
  });

  await test.step('coded, both passages list the link in the evidence browser; a click opens the other one', async () => {
    const [code] = await callApi<Array<{ id: string }>>(glossa, 'codes.list');
    for (const id of [recommendationId, implemented.id]) await callApi(glossa, 'annotations.update', { id, patch: { codeIds: [code.id] } });
    const evidence = new EvidencePage(page);
    await evidence.open();
    await evidence.expectTotal(2);
    const links = page.getByTestId('evidence-link');
    await expect(links).toHaveCount(2);
    await expect(links.filter({ hasText: 'recommends → implemented in' })).toContainText('Национальный механизм перенаправления');
    await links.filter({ hasText: 'implements the recommendation of' }).click();
    await expect(reader.root).toHaveAttribute('data-document-id', docs.find((d) => d.title === EN_TITLE)!.id);
    await expect(coding.panel.locator(`[data-testid="annotation-row"][data-annotation-id="${recommendationId}"]`)).toHaveClass(/selected/);
  });

  const lookDir = process.env.GLOSSA_LOOK_DIR;
  if (lookDir) {
    for (const lang of ['en', 'ru'] as const) {
      await callApi(glossa, 'settings.set', { language: lang });
      await page.reload();
      await library.open(EN_TITLE);
      await reader.expectOpen(3);
      const row = coding.panel.locator(`[data-testid="annotation-row"][data-annotation-id="${recommendationId}"]`);
      await row.locator('.annotation-main').click();
      for (const width of [1280, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        await expect(row.getByTestId('link-to-passage')).toHaveText(lang === 'ru' ? 'Связать с фрагментом…' : 'Link to passage…');
        await page.screenshot({ path: path.join(lookDir, `passage-links-${lang}-${width}.png`) });
        await row.getByTestId('link-to-passage').click();
        await page.getByTestId('link-passage-dialog').getByTestId('link-search').fill('');
        await expect(page.getByTestId('link-candidate')).toHaveCount(1);
        await page.screenshot({ path: path.join(lookDir, `passage-links-dialog-${lang}-${width}.png`) });
        await page.keyboard.press('Escape');
      }
      await new EvidencePage(page).open();
      await expect(page.getByTestId('evidence-link')).toHaveCount(2);
      await page.screenshot({ path: path.join(lookDir, `passage-links-evidence-${lang}-1024.png`) });
    }
  }
});
