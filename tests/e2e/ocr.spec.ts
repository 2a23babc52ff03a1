// Issue 10 item 3 in Chromium against the web host: an image-only scan (no text layer at all)
// is read by OCR at import (the import panel shows the OCR step); in the reader its text
// layer is built from the stored words over the image, so a drag selects OCR'd words and
// they are coded like digital text, the highlight covering the words' spans; project search
// and the reader's find both find a word of the scan; the library flags the OCR'd document;
// the reader's OCR menu reads the page again in the background and reopens it.
import { makeScannedEnglishReport, SCAN_EN_MARKER } from '../fixtures/scan-fixtures';
import { writeFixture } from '../fixtures/pdf-fixtures';
import { expect, test } from './fixtures';
import { CodingPage } from './pages/coding-page';

const TITLE = 'Scanned Report on Labour Migration';

test('a scanned page is read at import; its words are selected, coded, searched and found', async ({
  glossa, page, importer, library, reader, shell, search,
}) => {
  test.setTimeout(180_000);
  const coding = new CodingPage(page);
  const pdf = writeFixture(glossa.tmpDir, 'scan-en.pdf', await makeScannedEnglishReport(1));
  await glossa.openApp();
  await importer.recordProgress();
  await importer.chooseFiles([pdf]);
  await importer.waitFinished(150_000);
  expect((await importer.progressTrace()).states).toContain('recognising');
  await importer.expectRowState('scan-en.pdf', 'done');
  await importer.close();

  await test.step('the library marks the document as read by OCR', async () => {
    await expect(library.row(TITLE).getByTestId('ocr-badge')).toBeVisible();
  });

  const from = coding.span(0, 'ministry');
  const to = coding.span(0, SCAN_EN_MARKER);
  await test.step('select OCR words on the scanned page and code them', async () => {
    await library.open(TITLE);
    await reader.expectOpen(1);
    await expect(reader.textLayer(1)).toContainText(SCAN_EN_MARKER);
    await coding.centerInReader(from);
    await coding.dragSelect(from, to);
    await expect(coding.popup).toBeVisible();
    await expect(coding.pickerInput).toBeFocused();
    await page.keyboard.type('knowledge prod');
    await expect(coding.options.first()).toHaveText(/Knowledge production/);
    await page.keyboard.press('Enter');
    await expect(coding.popup).toBeHidden();
    await expect(coding.rows).toHaveCount(1);
    const id = (await coding.rows.first().getAttribute('data-annotation-id'))!;
    await expect(coding.row(id).locator('.annotation-quote')).toHaveText(/^ministry received the \w+ results from Moldova$/i);
    await expect(coding.row(id).getByTestId('chosen-code')).toHaveText(/Knowledge production/);
    // The highlight runs from the first selected word's span to the last one's (one line).
    const boxes = await coding.boxes(coding.highlights(0, id));
    const [a, b] = [(await from.boundingBox())!, (await to.boundingBox())!];
    expect(boxes.length).toBeGreaterThan(0);
    expect(Math.abs(Math.min(...boxes.map((h) => h.x)) - a.x)).toBeLessThanOrEqual(3);
    expect(Math.abs(Math.max(...boxes.map((h) => h.x + h.width)) - (b.x + b.width))).toBeLessThanOrEqual(3);
    expect(Math.abs(Math.min(...boxes.map((h) => h.y)) - Math.min(a.y, b.y))).toBeLessThanOrEqual(3);
    await page.screenshot({ path: test.info().outputPath('ocr-coded.png') });
  });

  await test.step("the reader's find and project search find a word of the scan", async () => {
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').fill(SCAN_EN_MARKER);
    await expect(page.getByTestId('find-count')).toContainText('1');
    await shell.searchProject(SCAN_EN_MARKER);
    await search.expectTotal(1);
    await expect(search.hits.first().locator('mark')).toHaveText(SCAN_EN_MARKER);
  });

  await test.step('"Recognise text (OCR)" on the page from the reader runs in the background, then reopens the page', async () => {
    await search.hits.first().click();
    await reader.expectOpen(1);
    await page.getByTestId('ocr-menu').locator('summary').click();
    await page.getByTestId('ocr-page').click();
    await expect(page.getByTestId('ocr-running')).toBeVisible();
    await expect(page.getByTestId('ocr-menu')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('Text recognised on 1 page.')).toBeVisible();
    await expect(reader.textLayer(1)).toContainText(SCAN_EN_MARKER);
    await expect(coding.highlights(0)).toHaveCount(1);
  });
});
