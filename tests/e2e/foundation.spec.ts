// Issue 2's acceptance walk-through in Chromium against the web host, with a temporary project:
// import two PDFs through the UI and see progress; open the 600-page one and go to page 300;
// search a Russian word across the project, click the hit, land on the right page with the
// hit highlighted; reload (and relaunch the host) and the project is still there. Refreshes
// the README screenshots in docs/screenshots/ on the way.
import { LONG_MARKERS, LONG_PAGE_COUNT, RU_TITLE, longReportPath, makeRussianReport, writeFixture } from '../fixtures/pdf-fixtures';
import { expect, readmeScreenshot, test } from './fixtures';

const LONG_TITLE = 'Compendium of Regional Reports';

test('imports two reports with progress, goes to page 300, finds a Russian word across the project, survives reload', async ({
  glossa, page, shell, library, importer, search, reader,
}) => {
  const longPdf = await longReportPath();
  const ruPdf = writeFixture(glossa.tmpDir, 'doklad-ru.pdf', await makeRussianReport());

  await glossa.openApp();
  await shell.expectProjectOpen('e2e-project');
  await expect(page.getByTestId('library-empty')).toBeVisible();

  await test.step('import two PDFs through the UI and see progress', async () => {
    await importer.recordProgress();
    await importer.chooseFiles([longPdf, ruPdf]);
    await expect(importer.panel).toBeVisible();
    await expect(importer.fileRows).toHaveCount(2);
    await importer.waitFinished();
    await importer.expectRowState('long-report-600.pdf', 'done');
    await importer.expectRowState('doklad-ru.pdf', 'done');
    await expect(importer.overall).toHaveAttribute('aria-valuenow', '100');

    // What the user saw on the way: a running panel, the 600-page file being read, and an
    // overall bar that moved through values between 0 and 100 before it finished.
    const trace = await importer.progressTrace();
    expect(trace.running).toContain('true');
    expect(trace.running[trace.running.length - 1]).toBe('false');
    expect(trace.states).toContain('parsing');
    expect(trace.overall.some((v) => v > 0 && v < 100), `overall progress values seen: ${trace.overall.join(', ')}`).toBe(true);

    await library.expectTitles([LONG_TITLE, RU_TITLE]);
    await expect(shell.tabLibrary).toContainText('2');
    await importer.close();
    await readmeScreenshot(page, 'library');
  });

  await test.step('open the 600-page report and go to page 300', async () => {
    await library.open(LONG_TITLE);
    await reader.expectOpen(LONG_PAGE_COUNT);
    await reader.expectShowing(1);
    await reader.goToPage(300);
    await reader.expectShowing(300);
    // The right content, not just the right label: page 300 carries its marker sentence.
    await expect(reader.textLayer(300)).toContainText(LONG_MARKERS[300].en);
    await readmeScreenshot(page, 'reader');
    await reader.close();
  });

  const longId = (await library.row(LONG_TITLE).getAttribute('data-doc-id'))!;
  const ruId = (await library.row(RU_TITLE).getAttribute('data-doc-id'))!;

  await test.step('search across the project: Russian prefix, phrase and OR', async () => {
    // "пострадав*" is a prefix of a word on most pages of the long report: a full first screen.
    await shell.searchProject('пострадав*');
    await expect(search.panel).toBeVisible();
    await expect(search.hits).toHaveCount(50);
    expect(Number(await search.count.getAttribute('data-total'))).toBeGreaterThan(50);
    await expect(search.hits.first().locator('mark').first()).toBeVisible();
    await readmeScreenshot(page, 'search');

    // One hit in each document: a phrase on page 300 of the long report, a word on page 2 of the
    // Russian one (not "пострадавших": its forms, found by the stemmed search, fill the long report).
    await shell.searchProject('"Пограничная служба" OR выявил');
    await search.expectTotal(2);
    await expect(search.hit(longId, 300)).toBeVisible();
    await expect(search.hit(ruId, 2)).toBeVisible();
  });

  await test.step('search a Russian word, click the hit, land on its page with the hit highlighted', async () => {
    // "Заключительное" is printed on page 600 only; the reader was last left on page 300.
    await shell.searchProject('Заключительное');
    await search.expectTotal(1);
    const hit = search.hit(longId, 600);
    await expect(hit).toBeVisible();
    await hit.click();
    await reader.expectOpen(LONG_PAGE_COUNT);
    await reader.expectShowing(600);
    const highlight = reader.searchHighlights(600).first();
    await expect(highlight).toBeVisible();
    await expect(highlight).toBeInViewport();
    await readmeScreenshot(page, 'reader-search-hit');
  });

  const idsBefore = await library.documentIds();
  expect(idsBefore).toEqual([longId, ruId].sort());

  await test.step('reload: the project is still there', async () => {
    await page.reload();
    await shell.expectProjectOpen('e2e-project');
    await expect(library.rows).toHaveCount(2);
    expect(await library.documentIds()).toEqual(idsBefore);
  });

  await test.step('relaunch the host on the same project file: still there', async () => {
    await glossa.restartHost();
    await glossa.openApp();
    await shell.expectProjectOpen('e2e-project');
    await expect(library.rows).toHaveCount(2);
    expect(await library.documentIds()).toEqual(idsBefore);
  });
});
