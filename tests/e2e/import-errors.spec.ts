// Importing files that are not readable PDFs through the UI: each file row says why in plain
// words, no error escapes as a crash, and the library (and the project) stay exactly as they were.
// A file already in the project is reported as such, not imported twice.
import { EN_TITLE, makeBrokenPdf, makeEnglishReport, makeTruncatedPdf, writeFixture } from '../fixtures/pdf-fixtures';
import { expect, test } from './fixtures';

test.use({ seed: ['english'] });

test('a broken and a truncated PDF show a clear reason and leave the library unchanged', async ({ glossa, page, shell, library, importer }) => {
  await glossa.openApp();
  await library.expectTitles([EN_TITLE]);
  const idsBefore = await library.documentIds();
  const broken = writeFixture(glossa.tmpDir, 'broken.pdf', makeBrokenPdf());
  const truncated = writeFixture(glossa.tmpDir, 'truncated.pdf', await makeTruncatedPdf());

  await importer.chooseFiles([broken, truncated]);
  await importer.waitFinished();
  for (const name of ['broken.pdf', 'truncated.pdf']) {
    await importer.expectRowState(name, 'failed');
    // The user-facing text from the i18n layer, not a stack trace or an error code.
    await expect(importer.reason(name)).toHaveText('This PDF is damaged or truncated and cannot be read.');
  }
  await expect(page.getByTestId('import-summary')).toContainText('2 failed');

  await importer.close();
  await expect(library.rows).toHaveCount(1);
  expect(await library.documentIds()).toEqual(idsBefore);
  await expect(shell.tabLibrary).toContainText('1');

  // The project file itself is unchanged too: a reload reads it back with the one document.
  await page.reload();
  await shell.expectProjectOpen('e2e-project');
  await expect(library.rows).toHaveCount(1);
  expect(await library.documentIds()).toEqual(idsBefore);
});

test('importing a PDF already in the project says so and adds nothing', async ({ glossa, library, importer }) => {
  await glossa.openApp();
  await library.expectTitles([EN_TITLE]);
  const idsBefore = await library.documentIds();
  // Same bytes under another name: recognised by sha256, not by file name.
  const again = writeFixture(glossa.tmpDir, 'copy-of-english-report.pdf', await makeEnglishReport());

  await importer.chooseFiles([again]);
  await importer.waitFinished();
  await importer.expectRowState('copy-of-english-report.pdf', 'duplicate');
  await expect(importer.reason('copy-of-english-report.pdf')).toHaveText('Already in this project.');
  await importer.close();
  expect(await library.documentIds()).toEqual(idsBefore);
});
