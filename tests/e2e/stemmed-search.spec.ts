// Word forms in project search (issue 10): a Russian dictionary form finds its inflected form
// on page 300 of the 600-page report and the reader highlights that form; the exact-form
// toggle restricts to the typed form and the empty result offers all forms; the KWIC and
// word-frequency panels. Screenshots at 1280 and 1024 px, in English and Russian.
import type { Page } from '@playwright/test';
import { LONG_MARKERS, LONG_PAGE_COUNT, RU_TITLE } from '../fixtures/pdf-fixtures';
import { expect, readmeScreenshot, test } from './fixtures';

test.use({ seed: ['long', 'russian'] });

async function useLanguage(page: Page, language: 'en' | 'ru'): Promise<void> {
  await page.getByTestId('topbar-settings').click();
  await page.getByTestId('settings-language').selectOption(language);
  await page.getByTestId('settings-close').click();
}

test('a dictionary form lands on its inflected form on page 300, highlighted; exact forms find nothing', async ({ page, glossa, shell, library, search, reader }) => {
  await glossa.openApp();
  const longId = (await library.row('Compendium of Regional Reports').getAttribute('data-doc-id'))!;

  await shell.searchProject('Молдова'); // the page says "Молдовы"
  await search.expectTotal(1);
  await expect(search.hit(longId, 300).locator('mark')).toHaveText('Молдовы');
  await search.hit(longId, 300).click();
  await reader.expectOpen(LONG_PAGE_COUNT);
  await reader.expectShowing(300);
  await expect(reader.textLayer(300)).toContainText(LONG_MARKERS[300].ru);
  const highlight = reader.searchHighlights(300);
  await expect(highlight).toHaveCount(1);
  await expect(highlight).toBeInViewport();
  const [start, end] = await Promise.all([highlight.getAttribute('data-start'), highlight.getAttribute('data-end')]);
  expect(Number(end) - Number(start)).toBe('Молдовы'.length);

  // The exact-form toggle: "Молдова" itself is on no page; the empty result offers all forms.
  await shell.searchProject('Молдова');
  await page.getByTestId('search-exact').check();
  await expect(page.getByTestId('search-empty')).toBeVisible();
  const suggestion = page.getByTestId('search-suggestion-stemmed');
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page.getByTestId('search-exact')).not.toBeChecked();
  await search.expectTotal(1);
  await page.getByTestId('search-exact').check();
  await shell.searchProject('Молдовы');
  await search.expectTotal(1);
});

test('the other direction: "торговли" marks "Торговля" in the Russian report', async ({ glossa, shell, library, search }) => {
  await glossa.openApp();
  const ruId = (await library.row(RU_TITLE).getAttribute('data-doc-id'))!;
  await shell.searchProject('торговли');
  await search.expectTotal(1);
  await expect(search.hit(ruId, 1).locator('mark')).toHaveText('Торговля');
});

test('KWIC and word frequencies; screenshots in English and Russian at 1280 and 1024 px', async ({ page, glossa, shell, search }) => {
  test.setTimeout(120_000);
  await glossa.openApp();
  for (const language of ['en', 'ru'] as const) {
    // At 1024 px the top bar's right end (search box, settings) runs off screen: switch at 1280.
    await page.setViewportSize({ width: 1280, height: 800 });
    await useLanguage(page, language);
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      const suffix = `${language}-${width}`;
      await page.getByTestId('search-panel-pages').click().catch(() => undefined);
      await shell.searchProject('victims'); // the pages say "victim"
      await expect(search.hits.first().locator('mark').first()).toHaveText('victim');
      await readmeScreenshot(page, `search-stemmed-${suffix}`);

      await page.getByTestId('search-exact').check();
      await shell.searchProject('Молдова');
      await expect(page.getByTestId('search-suggestion-stemmed')).toBeVisible();
      await readmeScreenshot(page, `search-suggestions-${suffix}`);
      await page.getByTestId('search-exact').uncheck();

      await shell.searchProject('миграция');
      await page.getByTestId('search-panel-kwic').click();
      await expect(page.getByTestId('kwic-line').first()).toBeVisible();
      await expect(page.getByTestId('kwic-line').first().locator('mark')).toHaveText(/^миграц/i);
      await readmeScreenshot(page, `search-kwic-${suffix}`);
      // The search tab now carries a three-digit count: the widest the top bar gets. Seven tabs
      // (the memo manager's among them) must still leave Settings and the search box on screen.
      for (const id of ['topbar-settings', 'search-input']) await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });

      await page.getByTestId('search-panel-words').click();
      await expect(page.getByTestId('word-row').first()).toBeVisible();
      await readmeScreenshot(page, `search-words-${suffix}`);
      await page.getByTestId('search-panel-pages').click();
    }
  }
});
