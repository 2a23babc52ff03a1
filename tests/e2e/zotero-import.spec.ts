// Import from Zotero in Chromium against the web host: the dialog opens from the library
// toolbar and finds the data directory (GLOSSA_ZOTERO_DATA_DIR, the host's first place to
// look: a library built from Zotero's schema with the real fixture PDFs and reader
// annotations) and reads it at once; a typed directory works too; the collections
// tree filters the items, the import shows its summary per item, the document is in the
// library with Zotero's title, and its Zotero highlight is drawn on its page in the reader.
// A second import of the same item adds nothing; the dialog speaks Russian too.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Annotation } from '../../shared/domain/annotation';
import { callApi } from './api-call';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import { CodingPage } from './pages/coding-page';

const REPORT_KEY = 'RPT23456';
const REPORT_TITLE = 'Annual Report on Trafficking in Persons 2021';
/** Where this worker's web hosts look for Zotero first (they inherit the environment). */
const FOUND_DIR = path.join(os.tmpdir(), `glossa-e2e-zotero-${process.pid}`);
process.env.GLOSSA_ZOTERO_DATA_DIR = FOUND_DIR;

test.afterEach(() => fs.rmSync(FOUND_DIR, { recursive: true, force: true }));

function writeZoteroDataDir(dir: string): void {
  const root = path.resolve(__dirname, '..', '..');
  execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'tests', 'fixtures', 'write-zotero-data-dir.ts'), dir]);
}

test('import from Zotero: choose the data directory, a collection, import, see the document and its highlight', async ({ glossa, page, library, reader }) => {
  const dataDir = FOUND_DIR;
  fs.rmSync(dataDir, { recursive: true, force: true });
  writeZoteroDataDir(dataDir);
  await callApi(glossa, 'settings.set', { language: 'en' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await glossa.openApp();

  await page.getByTestId('library-zotero').click();
  const dialog = page.getByTestId('zotero-dialog');
  await expect(dialog).toBeVisible();
  // Found and read without a click.
  await expect(dialog.getByTestId('zotero-data-dir')).toHaveValue(dataDir);
  await expect(dialog).toContainText('set by GLOSSA_ZOTERO_DATA_DIR');
  await expect(dialog.getByTestId('zotero-item-count')).toHaveText('3 items');
  await expect(dialog.getByTestId(`zotero-item-${REPORT_KEY}`)).toContainText('OSCE · 2021 · 1 PDF · 3 annotations');
  await expect(dialog.getByTestId('zotero-item-NOP23456')).toContainText('no PDF');

  await dialog.getByTestId('zotero-collection-COL23456').click();
  // The collection with its subcollection "Annual": the report and the item without a PDF.
  await expect(dialog.getByTestId('zotero-item-count')).toHaveText('2 items');
  await expect(dialog.getByTestId(`zotero-item-${REPORT_KEY}`).getByRole('checkbox')).toBeChecked();
  await expect(dialog.getByTestId('zotero-item-NOP23456').getByRole('checkbox')).not.toBeChecked();
  await dialog.screenshot({ path: path.join(SCREENSHOT_DIR, 'zotero-import-dialog-en-1280.png') });
  await dialog.getByTestId('zotero-import').click();
  await expect(dialog.getByTestId('zotero-summary')).toHaveText('Imported: 1 · updated: 0 · unchanged: 0 · skipped: 0 · 3 new highlights');
  await expect(dialog.getByTestId(`zotero-result-${REPORT_KEY}`)).toHaveAttribute('data-outcome', 'imported');
  await dialog.getByTestId('zotero-close').click();

  await library.expectTitles([REPORT_TITLE]);
  const [doc] = await callApi<Array<{ id: string }>>(glossa, 'documents.list', {});
  const annotations = await callApi<Annotation[]>(glossa, 'annotations.list', { documentId: doc.id });
  const highlight = annotations.find((a) => a.comment === 'Key figure for the annex')!;
  expect(highlight.targets[0].quote?.exact).toBe('national referral mechanism identified forty-two victims');
  expect(highlight.color).toBe('#ffd400');

  await library.open(REPORT_TITLE);
  await reader.expectOpen(3);
  await reader.goToPage(2);
  const coding = new CodingPage(page);
  await expect(coding.highlights(1, highlight.id).first()).toBeVisible();

  // Again, in Russian: nothing new.
  await reader.close();
  await callApi(glossa, 'settings.set', { language: 'ru' });
  await page.reload();
  await expect(page.getByTestId('app')).toHaveAttribute('data-project', 'open');
  await page.getByTestId('library-zotero').click();
  await expect(dialog.getByTestId('zotero-item-count')).toHaveText('3 записи');
  await dialog.getByTestId('zotero-collection-COL34567').click();
  await dialog.getByTestId('zotero-import').click();
  await expect(dialog.getByTestId('zotero-summary')).toHaveText('Импортировано: 0 · обновлено: 0 · без изменений: 1 · пропущено: 0');
  await dialog.screenshot({ path: path.join(SCREENSHOT_DIR, 'zotero-import-result-ru-1280.png') });
  expect(await callApi<unknown[]>(glossa, 'documents.list', {})).toHaveLength(1);
  expect(await callApi<unknown[]>(glossa, 'annotations.list', { documentId: doc.id })).toHaveLength(3);
});

test('import from Zotero: a folder without a Zotero database is refused with a clear message', async ({ glossa, page }) => {
  await callApi(glossa, 'settings.set', { language: 'en' });
  await glossa.openApp();
  await page.getByTestId('library-zotero').click();
  const dialog = page.getByTestId('zotero-dialog');
  await dialog.getByTestId('zotero-data-dir').fill(glossa.tmpDir);
  await dialog.getByTestId('zotero-read').click();
  await expect(dialog.getByTestId('zotero-error')).toHaveText(`No Zotero database (zotero.sqlite) was found in “${glossa.tmpDir}”. Choose the Zotero data directory (in Zotero: Settings → Advanced → Files and Folders).`);
});
