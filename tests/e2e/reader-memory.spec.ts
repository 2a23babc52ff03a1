// Reader memory (issue 12): pages far from view give back what they held. After paging
// through the first 60 pages of the 600-page report one page at a time (each painted with its
// text layer), only the pages near the view keep a canvas and a text layer, and only they keep
// pdf.js text content alive: the live text-content item arrays are counted with the DevTools
// protocol's Runtime.queryObjects (a heap walk after a garbage collection), so the test sees
// what the page retains, not what the DOM shows. The bench (tests/bench/reader-memory-bench.ts)
// runs the same scroll over all 600 pages and prints the heap.
import type { CDPSession } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ seed: ['long'] });

const PAGES_SCROLLED = 60;
/** The reader keeps the visible pages ±5 (reader-layout.ts KEEP_MARGIN_PAGES). */
const KEPT_AT_MOST = 2 + 2 * 5;

/** Arrays alive in the page's heap that are pdf.js text content items ({ str, fontName, hasEOL, transform }). */
async function liveTextContents(cdp: CDPSession): Promise<number> {
  const proto = await cdp.send('Runtime.evaluate', { expression: 'Array.prototype' });
  const all = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId! });
  const counted = await cdp.send('Runtime.callFunctionOn', {
    objectId: all.objects.objectId!,
    functionDeclaration:
      'function () { return this.filter((a) => a.length > 0 && a[0] !== null && typeof a[0] === "object" && typeof a[0].str === "string" && "fontName" in a[0] && "hasEOL" in a[0]).length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'console' }).catch(() => undefined);
  return counted.result.value as number;
}

test('pages far from view release their canvas, text layer and pdf.js text content', async ({ glossa, page, library, reader }) => {
  await glossa.openApp();
  await library.open(/Compendium/);
  await reader.expectShowing(1);
  const cdp = await page.context().newCDPSession(page);

  await test.step(`page through the first ${PAGES_SCROLLED} pages, each painted with its text layer`, async () => {
    for (let n = 1; n <= PAGES_SCROLLED; n++) {
      await reader.pageBox(n).evaluate((el: HTMLElement) => {
        el.closest<HTMLElement>('.reader-scroll')!.scrollTop = el.offsetTop;
      });
      await expect(reader.pageBox(n)).toHaveClass(/reader-page-rendered/);
      await expect(reader.textLayer(n)).toHaveCount(1);
    }
  });

  await test.step('only the pages near the view keep a canvas and a text layer', async () => {
    await expect(reader.pageBox(1).locator('canvas')).toHaveCount(0);
    await expect(reader.textLayer(1)).toHaveCount(0);
    const held = await page.evaluate(() => ({
      canvases: document.querySelectorAll('.reader-page canvas').length,
      textLayers: document.querySelectorAll('.reader-page .textLayer').length,
    }));
    expect(held.canvases).toBeLessThanOrEqual(KEPT_AT_MOST);
    expect(held.textLayers).toBeLessThanOrEqual(KEPT_AT_MOST);
  });

  await test.step('and only they keep pdf.js text content alive', async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const live = await liveTextContents(cdp);
    expect(live).toBeGreaterThan(0); // the pages in view have theirs: the probe sees them
    expect(live).toBeLessThanOrEqual(KEPT_AT_MOST);
  });
});
