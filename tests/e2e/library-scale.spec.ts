// The library at 2,000 documents (issue 12): the count says so, the last document in either
// sort order can be scrolled to and opened, the keyboard walks past the rendered rows, sorting
// and filtering work as on a small project.
// The project comes from the scale generator (tests/helpers/scale-project.ts), put in place of
// the test's empty project while its host is stopped.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { FULL_SCALE_DOCS, buildScaleProject } from '../helpers/scale-project';
import { LIBRARY_ROW_HEIGHT } from '../../renderer/features/library/row-window';

test('2,000 documents: count, sort, filter, the last row reachable and opened', async ({ glossa, library, page }) => {
  const built = buildScaleProject(path.join(glossa.tmpDir, 'scale.glossa'), FULL_SCALE_DOCS);
  await glossa.killHost();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(glossa.projectPath + suffix, { force: true });
  fs.copyFileSync(built.file, glossa.projectPath);
  await glossa.restartHost();
  await glossa.openApp();

  await expect(page.getByTestId('library-count')).toHaveText('2,000 documents');
  // Rows have the one height the window arithmetic assumes (row-window.ts).
  expect((await library.rows.first().boundingBox())!.height).toBe(LIBRARY_ROW_HEIGHT);
  const titles = built.docs.map((d) => d.title).sort(new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare);
  const scroller = page.locator('.library .table-scroll');

  await page.getByTestId('library-sort-title').click();
  await expect(page.getByTestId('library-sort-title').locator('xpath=..')).toHaveAttribute('aria-sort', 'ascending');
  await expect(library.rows.first()).toContainText(titles[0]);
  // The keyboard walks past the rendered window: 45 rows down is the 46th title.
  await library.rows.first().click();
  for (let i = 0; i < 45; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-testid=library-row][aria-selected=true]')).toContainText(titles[45]);
  // Scrolled to the end, the last title is there, visible.
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const lastRow = library.row(titles[titles.length - 1]).last();
  await expect(lastRow).toBeVisible();

  await page.getByTestId('library-sort-title').click();
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  await expect(library.rows.first()).toContainText(titles[titles.length - 1]);
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(library.row(titles[0]).last()).toBeVisible();

  // A filter narrows 2,000 rows to the matching ones, and the count says so.
  const last = built.docs[built.docs.length - 1];
  await page.getByTestId('library-filter-text').fill(last.fileName);
  await expect(library.rows).toHaveCount(1);
  await expect(page.getByTestId('library-count')).toHaveText('1 of 2,000 documents');
  await library.open(last.title);
  await expect(page.getByTestId('reader')).toBeVisible();
});
