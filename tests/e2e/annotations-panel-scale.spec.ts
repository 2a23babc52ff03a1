// The annotations panel on 2,000 highlights of the 600-page report (issue 12), in the browser
// host: the panel counts all of them while its DOM holds only the rows in view (plus an
// overscan), scrolling to the end shows the last highlight, and a highlight selected far down
// with the keyboard (go to page 500, then n) is scrolled into the panel's view and marked
// selected. Highlights are seeded into the project file by tests/e2e/panel-seed.ts while the
// web host is stopped. No timing is asserted (the bench measures speed).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Annotation } from '../../shared/domain/annotation';
import { callApi } from './api-call';
import { expect, test } from './fixtures';
import { repoRoot } from './web-host-process';

test.use({ seed: ['long'] });

const execFileP = promisify(execFile);
const TSX = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const HIGHLIGHTS = 2000;
/** The panel renders the rows in view plus 600 px above and below: far fewer than 2,000. */
const MAX_ROWS_IN_DOM = 40;

test('the panel on 2,000 highlights renders the rows in view, reaches the last one and scrolls to one selected far down', async ({ glossa, page, library, reader }) => {
  test.setTimeout(180_000);
  await glossa.killHost(); // the file is seeded while nothing has it open (restartHost stops a killed host as a no-op)
  await execFileP(TSX, [path.join(__dirname, 'panel-seed.ts'), JSON.stringify({ projectPath: glossa.projectPath, dataDir: glossa.dataDir, count: HIGHLIGHTS })], { cwd: repoRoot });
  await glossa.restartHost();
  const [doc] = await callApi<Array<{ id: string }>>(glossa, 'documents.list', {});
  const all = await callApi<Annotation[]>(glossa, 'annotations.list', { documentId: doc.id });
  expect(all).toHaveLength(HIGHLIGHTS);

  await glossa.openApp();
  await library.open(/.+/);
  await reader.expectOpen(600);
  const panel = page.getByTestId('annotations-panel');
  const rows = panel.getByTestId('annotation-row');
  const list = panel.locator('.annotations-list');

  await test.step('the count shows all 2,000; the DOM holds only the first screen of rows', async () => {
    await expect(panel.getByTestId('annotation-count')).toHaveText(/2[,\u00a0 ]?000/);
    await expect(rows.first()).toHaveAttribute('data-annotation-id', all[0].id);
    const n = await rows.count();
    expect(n).toBeGreaterThanOrEqual(4);
    expect(n).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
    // The scroll bar stands for every row: the list is far taller than the rows rendered.
    const { scrollHeight, clientHeight } = await list.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
    expect(scrollHeight).toBeGreaterThan(clientHeight * 50);
  });

  await test.step('scrolling to the end shows the last highlight', async () => {
    // Several steps: rows measured on the way change the total height the end is at.
    await expect(async () => {
      await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect(rows.last()).toHaveAttribute('data-annotation-id', all[HIGHLIGHTS - 1].id, { timeout: 500 });
    }).toPass({ timeout: 15_000 });
    await expect(rows.last()).toBeInViewport();
    await expect(rows.last().getByTestId('annotation-delete')).toBeInViewport();
    expect(await rows.count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  });

  await test.step('a highlight selected far down with n is scrolled into the panel and selected', async () => {
    await list.evaluate((el) => el.scrollTo({ top: 0 }));
    await expect(rows.first()).toHaveAttribute('data-annotation-id', all[0].id);
    await reader.goToPage(500);
    await reader.expectShowing(500);
    await page.locator('.reader-scroll').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('n');
    // The first highlight on or after page 500 (0-based 499), in reading order.
    const target = all.find((a) => a.targets[0].pageIndex >= 499)!;
    const row = panel.locator(`[data-testid="annotation-row"][data-annotation-id="${target.id}"]`);
    await expect(row).toHaveClass(/selected/);
    await expect(row).toBeInViewport();
    expect(await rows.count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  });
});
