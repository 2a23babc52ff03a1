// Issue 3's acceptance walk-through in Chromium against the web host: select a sentence that
// crosses a page break and code it "Knowledge production" through the popup with the
// keyboard only, with a comment; zoom and check the highlight boxes still cover the sentence's
// text-layer spans; reload: same place, code colour; undo removes it, redo restores it; merge
// two codes and the coding follows. Refreshes the README screenshots of the reader with
// highlights and of the codebook.
import { PAGE_BREAK_PARTS, PAGE_BREAK_SENTENCE, PAGE_BREAK_TITLE, makePageBreakReport, writeFixture } from '../fixtures/pdf-fixtures';
import { expect, readmeScreenshot, test } from './fixtures';
import { CodingPage } from './pages/coding-page';

test('codes a sentence across a page break by keyboard; zoom, reload, undo, redo and merge keep it right', async ({
  glossa, page, importer, library, reader, shell,
}) => {
  const coding = new CodingPage(page);
  const pdf = writeFixture(glossa.tmpDir, 'mission-report.pdf', await makePageBreakReport());
  await glossa.openApp();
  await importer.chooseFiles([pdf]);
  await importer.waitFinished();
  await importer.close();

  const first = coding.span(0, PAGE_BREAK_PARTS[0]);
  const second = coding.span(1, PAGE_BREAK_PARTS[1]);
  let id = '';

  await test.step('select the sentence across the page break and code it with the keyboard', async () => {
    await library.open(PAGE_BREAK_TITLE);
    await reader.expectOpen(2);
    await expect(first).toBeAttached();
    await expect(second).toBeAttached();
    // Bring the page break to the middle of the screen so both halves are visible.
    await coding.centerInReader(first);
    await expect(second).toBeInViewport();
    await coding.dragSelect(first, second);

    await expect(coding.popup).toBeVisible();
    await expect(coding.pickerInput).toBeFocused();
    await page.keyboard.type('knowledge prod');
    await expect(coding.options.first()).toHaveText(/Knowledge production/);
    await page.keyboard.press('Shift+Enter'); // add the code, keep the popup
    await expect(coding.popup.getByTestId('chosen-code')).toHaveText(/Knowledge production/);
    await page.keyboard.press('Tab');
    await expect(coding.popup.getByTestId('comment-input')).toBeFocused();
    await page.keyboard.type('Baseline study funded by the mission: **knowledge production**.');
    await page.keyboard.press('Control+Enter');
    await expect(coding.popup).toBeHidden();

    await expect(coding.rows).toHaveCount(1);
    id = (await coding.rows.first().getAttribute('data-annotation-id'))!;
    await expect(coding.row(id).locator('.annotation-quote')).toHaveText(PAGE_BREAK_SENTENCE);
    await expect(coding.row(id).getByTestId('chosen-code')).toHaveText(/Knowledge production/);
    await expect(coding.row(id).locator('.annotation-comment strong')).toHaveText('knowledge production');
    // One annotation, one target per page.
    await expect(coding.highlights(0, id)).toHaveCount(1);
    await expect(coding.highlights(1, id)).toHaveCount(1);
    await coding.expectCovers(id, 0, first);
    await coding.expectCovers(id, 1, second);
  });

  const codeColor = await coding.row(id).getByTestId('chosen-code').evaluate((el) => (el as HTMLElement).style.getPropertyValue('--chip').trim());
  expect(codeColor).toMatch(/^#[0-9a-f]{6}$/);
  expect(await coding.highlightColor(id)).toBe(codeColor);

  await test.step('change zoom: the boxes follow the text-layer spans', async () => {
    for (const button of ['zoom-in', 'zoom-in', 'zoom-out', 'zoom-out', 'zoom-out']) {
      const before = await reader.zoomValue.textContent();
      await page.getByTestId(button).click();
      await expect(reader.zoomValue).not.toHaveText(before!);
      await coding.centerInReader(first);
      await expect(reader.pageBox(1)).toHaveClass(/reader-page-rendered/);
      await expect(reader.pageBox(2)).toHaveClass(/reader-page-rendered/);
      // The text layer re-measures its spans on zoom; compare once both have settled.
      await expect.poll(async () => {
        try {
          await coding.expectCovers(id, 0, first);
          await coding.expectCovers(id, 1, second);
          return '';
        } catch (err) {
          return String(err).split('\n')[0];
        }
      }, { message: `boxes cover the spans at ${await reader.zoomValue.textContent()}` }).toBe('');
    }
    await coding.expectCovers(id, 0, first);
    await coding.expectCovers(id, 1, second);
  });

  await test.step('hover shows codes and comment', async () => {
    const box = (await coding.highlights(1, id).first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByTestId('highlight-tooltip')).toContainText('Knowledge production');
    await expect(page.getByTestId('highlight-tooltip')).toContainText('Baseline study');
  });

  await test.step('reload: same place, code colour', async () => {
    await page.reload();
    await expect(page.getByTestId('app')).toHaveAttribute('data-project', 'open');
    await library.open(PAGE_BREAK_TITLE);
    await reader.expectOpen(2);
    await coding.centerInReader(first);
    await expect(coding.highlights(0, id)).toHaveCount(1);
    await expect(coding.highlights(1, id)).toHaveCount(1);
    await coding.expectCovers(id, 0, first);
    await coding.expectCovers(id, 1, second);
    expect(await coding.highlightColor(id)).toBe(codeColor);
  });

  await test.step('undo removes it, redo restores it', async () => {
    await page.locator('.reader-scroll').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(coding.highlights(undefined, id)).toHaveCount(0);
    await expect(coding.rows).toHaveCount(0);
    await page.keyboard.press('Control+Shift+Z');
    await expect(coding.highlights(0, id)).toHaveCount(1);
    await expect(coding.highlights(1, id)).toHaveCount(1);
    await expect(coding.rows).toHaveCount(1);
    await coding.expectCovers(id, 1, second);
  });

  await test.step('several codes on one passage are striped; keys 1-9 apply recent codes', async () => {
    const line = coding.span(1, 'The national referral mechanism');
    await coding.dragSelect(line, line);
    await expect(coding.pickerInput).toBeFocused();
    await page.keyboard.type('monitoring');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('funding');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.press('Enter');
    await expect(coding.popup).toBeHidden();
    await expect(coding.rows).toHaveCount(2);
    const multi = page.locator('[data-testid="highlight"][data-page-index="1"][data-code-count="2"]');
    await expect(multi).toHaveCount(1);
    await expect(multi).toHaveClass(/coding-highlight-multi/);
    // The help sheet lists the shortcuts.
    await page.locator('.reader-scroll').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    await expect(page.getByTestId('shortcuts-help')).toContainText('Next highlight');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('shortcuts-help')).toBeHidden();
    // n selects the first highlight in reading order; hover its box for the screenshot.
    await page.keyboard.press('n');
    await expect(coding.row(id)).toHaveClass(/selected/);
    await coding.centerInReader(first);
    const box = (await coding.highlights(1, id).first().boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await expect(page.getByTestId('highlight-tooltip')).toBeVisible();
    await readmeScreenshot(page, 'reader-highlights');
  });

  await test.step('area tool: a dragged rectangle stores the region and the text inside', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('a');
    await expect(page.getByTestId('area-tool')).toHaveAttribute('aria-pressed', 'true');
    const lines = page.locator('[data-testid="reader-page"][data-page-index="1"] [data-testid="text-layer"] span').filter({ hasText: 'The mission continued' });
    const top = (await lines.first().boundingBox())!;
    const bottom = (await lines.last().boundingBox())!;
    await page.mouse.move(top.x - 6, top.y - 3);
    await page.mouse.down();
    await page.mouse.move(bottom.x + bottom.width + 6, bottom.y + bottom.height + 3, { steps: 6 });
    await page.mouse.up();
    await expect(coding.pickerInput).toBeFocused();
    await page.keyboard.type('partnership evidence');
    await page.keyboard.press('Enter');
    await expect(coding.rows).toHaveCount(3);
    const area = coding.rows.filter({ hasText: 'Area' });
    await expect(area.locator('.annotation-quote')).toContainText('The mission continued its work');
    await expect(page.locator('[data-testid="highlight"].coding-highlight-area')).toHaveCount(1);
  });

  await test.step('merge two codes: the coding follows', async () => {
    await reader.close();
    await page.getByTestId('tab-codebook').click();
    const tree = page.getByTestId('codebook-tree');
    const source = tree.getByTestId('code-node').filter({ hasText: 'Knowledge production' });
    const target = tree.getByTestId('code-node').filter({ hasText: 'Knowledge use for policy influence' });
    await expect(source).toHaveAttribute('data-count', '1');
    await expect(target).toHaveAttribute('data-count', '0');
    await source.click();
    await expect(page.getByTestId('code-editor')).toBeVisible();
    await readmeScreenshot(page, 'codebook');
    const targetId = (await target.getAttribute('data-code-id'))!;
    await page.getByTestId('merge-target').selectOption(targetId);
    await page.getByTestId('merge-button').click();
    await page.getByTestId('confirm-ok').click();
    await expect(source).toHaveCount(0);
    await expect(target).toHaveAttribute('data-count', '1');

    await shell.showLibrary();
    await library.open(PAGE_BREAK_TITLE);
    await reader.expectOpen(2);
    await expect(coding.row(id).getByTestId('chosen-code')).toHaveText(/Knowledge use for policy influence/);
    const mergedColor = await coding.row(id).getByTestId('chosen-code').evaluate((el) => (el as HTMLElement).style.getPropertyValue('--chip').trim());
    await coding.centerInReader(first);
    await expect(coding.highlights(1, id)).toHaveCount(1);
    expect(await coding.highlightColor(id)).toBe(mergedColor);
  });
});
