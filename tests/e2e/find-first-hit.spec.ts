// Find in a 600-page report (issue 9, item 4): the first hit is shown as soon as its page is
// searched (pages are read from the reader's page onwards, in chunks of stored text), and every
// hit box, the selected one and the others, sits on its word: it is measured against a DOM
// Range over the same word in the text layer.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ seed: ['long'] });

/** For every find hit on the page: how far its box is from the nearest `word` on its line (px). */
async function hitOffsets(page: Page, pageIndex: number, word: string): Promise<Array<{ current: boolean; dx: number; dw: number }>> {
  return page.locator(`[data-testid="reader-page"][data-page-index="${pageIndex}"]`).evaluate((pageEl, word) => {
    const spans = Array.from(pageEl.querySelectorAll('.textLayer span'));
    return Array.from(pageEl.querySelectorAll<HTMLElement>('[data-testid="find-hit"]')).map((hit) => {
      const h = hit.getBoundingClientRect();
      let best = { dx: Infinity, dw: Infinity };
      for (const span of spans) {
        const node = span.firstChild;
        const text = (span.textContent ?? '').toLowerCase();
        for (let i = text.indexOf(word); node && i >= 0; i = text.indexOf(word, i + 1)) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + word.length);
          const w = range.getBoundingClientRect();
          if (Math.abs(w.top - h.top) < w.height / 2 && Math.abs(h.left - w.left) < Math.abs(best.dx)) best = { dx: h.left - w.left, dw: h.width - w.width };
        }
      }
      return { current: hit.dataset.current === 'true', ...best };
    });
  }, word);
}

function expectOnWords(offsets: Array<{ current: boolean; dx: number; dw: number }>, count: number): void {
  expect(offsets).toHaveLength(count);
  for (const o of offsets) {
    expect(Math.abs(o.dx), JSON.stringify(offsets)).toBeLessThanOrEqual(1);
    expect(Math.abs(o.dw), JSON.stringify(offsets)).toBeLessThanOrEqual(1);
  }
}

test('find shows the nearest hit first and every hit box sits on its word', async ({ glossa, page, library, reader }) => {
  await glossa.openApp();
  await library.open(/Compendium/);
  await reader.expectShowing(1);
  await page.keyboard.press('Control+f');
  const input = page.getByTestId('find-input');
  const hits = reader.pageBox(1).getByTestId('find-hit');

  await test.step('four hits on page 1: the first selected, all four on their words', async () => {
    await input.fill('Section');
    await expect(hits).toHaveCount(4);
    await expect(hits.first()).toHaveAttribute('data-current', 'true');
    expectOnWords(await hitOffsets(page, 0, 'section'), 4);
  });

  await test.step('the next hit is selected; the others stay on their words, also after zooming in', async () => {
    await page.getByTestId('find-next').click();
    await expect(hits.nth(1)).toHaveAttribute('data-current', 'true');
    expectOnWords(await hitOffsets(page, 0, 'section'), 4);
    await page.getByTestId('zoom-in').click();
    await expect(reader.zoomValue).not.toHaveText('100%');
    await expect(reader.pageBox(1)).toHaveClass(/reader-page-rendered/);
    expectOnWords(await hitOffsets(page, 0, 'section'), 4);
  });

  await test.step('a word found only on page 300 is found from page 1 and shown on its word', async () => {
    await input.fill('kaleidoscopic');
    await expect(page.getByTestId('find-count')).toHaveText(/^1\D+1$/);
    await expect(reader.pageInput).toHaveValue('300');
    const current = reader.pageBox(300).locator('[data-testid="find-hit"][data-current="true"]');
    await expect(current).toBeInViewport();
    expectOnWords(await hitOffsets(page, 299, 'kaleidoscopic'), 1);
  });
});
