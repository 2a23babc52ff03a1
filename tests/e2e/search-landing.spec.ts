// Project search → reader on a project seeded with the CLI (the import UI has its own spec):
// a Russian word printed on page 300 of the 600-page report opens the reader there, from a
// fresh reading position (page 1), with the word highlighted; ё and е match each other.
import { LONG_MARKERS, LONG_PAGE_COUNT, RU_TITLE } from '../fixtures/pdf-fixtures';
import { expect, test } from './fixtures';

test.use({ seed: ['long', 'russian'] });

test('a Russian word on page 300 opens the reader on page 300 with the word highlighted', async ({ glossa, shell, library, search, reader }) => {
  await glossa.openApp();
  await expect(library.rows).toHaveCount(2);
  const longId = (await library.row('Compendium of Regional Reports').getAttribute('data-doc-id'))!;

  await shell.searchProject('Молдовы');
  await search.expectTotal(1);
  await search.hit(longId, 300).click();

  await reader.expectOpen(LONG_PAGE_COUNT);
  await reader.expectShowing(300);
  await expect(reader.textLayer(300)).toContainText(LONG_MARKERS[300].ru);
  const highlight = reader.searchHighlights(300);
  await expect(highlight).toHaveCount(1);
  await expect(highlight).toBeInViewport();
  // The box sits on the word: its text-layer offsets cover "Молдовы" (7 letters).
  const [start, end] = await Promise.all([highlight.getAttribute('data-start'), highlight.getAttribute('data-end')]);
  expect(Number(end) - Number(start)).toBe('Молдовы'.length);
});

test('"елки" finds "Ёлки" on page 3 of the Russian report and highlights it there', async ({ glossa, shell, library, search, reader }) => {
  await glossa.openApp();
  const ruId = (await library.row(RU_TITLE).getAttribute('data-doc-id'))!;

  await shell.searchProject('елки');
  await search.expectTotal(1);
  await expect(search.hit(ruId, 3).locator('mark')).toHaveText('Ёлки');
  await search.hit(ruId, 3).click();

  await reader.expectOpen(3);
  await reader.expectShowing(3);
  await expect(reader.searchHighlights(3)).toHaveCount(1);
  await expect(reader.searchHighlights(3)).toBeVisible();
});
