// The first page appears at once (issue 12): the reader shows the preview stored at import
// while the PDF's bytes are still on their way and pdf.js has not opened it, at the place and
// size where pdf.js then paints page 1, and the canvas replaces it there. The PDF's bytes are
// held back by the test (page.route) until the preview has been checked, so the order is
// certain, not a race. A screenshot of the preview state at 1280 px goes to the test output
// (first-page-preview-1280.png) for a look.
import fs from 'node:fs';
import { expect, test } from './fixtures';

test.use({ seed: ['long'] });

test('the stored preview shows page 1 before pdf.js paints it, then the canvas takes its place', async ({ glossa, page, library, reader }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  // The reader reads the PDF by range from /files/<id> (web host); the API call is the fallback.
  await page.route(/\/(files\/|api\/documents\.pdfBytes)/, async (route) => {
    await held;
    await route.continue();
  });
  await glossa.openApp();
  await library.open(/Compendium/);

  const preview = page.getByTestId('reader-preview');
  const box = await test.step('the preview is on screen, decoded, while the PDF has not arrived', async () => {
    await expect(preview).toBeVisible();
    await expect(page.getByTestId('reader-page')).toHaveCount(0); // pdf.js has not opened the document
    await expect(page.getByTestId('reader-loading')).toHaveCount(0); // no "Loading…" over the page
    const img = await preview.evaluate((el: HTMLImageElement) => ({ complete: el.complete, naturalWidth: el.naturalWidth, naturalHeight: el.naturalHeight, src: el.src }));
    expect(img).toMatchObject({ complete: true, naturalWidth: 800 });
    expect(img.src).toMatch(/^blob:/);
    const b = (await preview.boundingBox())!;
    // Fit width at 1280 px beside the coding panel: wider than the image's 800 px would be blurry,
    // far narrower a mismatch; the page's A4 shape is kept.
    expect(b.width).toBeGreaterThan(600);
    expect(b.height / b.width).toBeCloseTo(841.89 / 595.28, 2);
    const shot = testInfo.outputPath('first-page-preview-1280.png');
    await page.screenshot({ path: shot });
    if (process.env.GLOSSA_SHOT_DIR) fs.copyFileSync(shot, `${process.env.GLOSSA_SHOT_DIR}/first-page-preview-1280.png`);
    return b;
  });

  await test.step('the bytes arrive: page 1 is painted in the same box and the preview is gone', async () => {
    release();
    await reader.expectShowing(1);
    await expect(preview).toHaveCount(0);
    const pageBox = (await reader.pageBox(1).boundingBox())!;
    expect(Math.abs(pageBox.x - box.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(pageBox.y - box.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(pageBox.width - box.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(pageBox.height - box.height)).toBeLessThanOrEqual(1);
    await expect(reader.pageBox(1)).toHaveClass(/reader-page-text-ready/);
    const shot = testInfo.outputPath('first-page-canvas-1280.png');
    await page.screenshot({ path: shot });
    if (process.env.GLOSSA_SHOT_DIR) fs.copyFileSync(shot, `${process.env.GLOSSA_SHOT_DIR}/first-page-canvas-1280.png`);
  });
});
