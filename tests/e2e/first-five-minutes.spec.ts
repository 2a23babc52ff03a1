// The first five minutes (issue 9, item 4): at 1024×700 in Russian the top bar keeps Settings on
// screen and English can be chosen again; the reader names the open document (toolbar and window
// title); and screenshots at 1280 and 1024 px in English and Russian of the library, codebook and
// reader (written to test-results/e2e/first-five/ to be looked at, not compared).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { EN_TITLE } from '../fixtures/pdf-fixtures';
import { expect, test } from './fixtures';

test.use({ seed: ['english'] });

const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'e2e', 'first-five');

async function chooseLanguage(page: Page, value: 'en' | 'ru'): Promise<void> {
  const settings = page.getByTestId('topbar-settings');
  await expect(settings).toBeInViewport({ ratio: 1 });
  await settings.click();
  await page.getByTestId('settings-language').selectOption(value);
  await page.getByTestId('settings-close').click();
  await expect(page.getByTestId('settings-dialog')).toBeHidden();
}

for (const [width, height] of [[1024, 700], [1280, 800]] as const) {
  test(`at ${width}×${height} in Russian, Settings is on screen and English can be chosen again`, async ({ glossa, page }) => {
    await page.setViewportSize({ width, height });
    await glossa.openApp();
    await chooseLanguage(page, 'ru');
    await expect(page.getByTestId('tab-library')).toContainText('Библиотека');
    // With a search done, its tab carries the hit count (the widest the tabs get).
    await page.getByTestId('search-input').fill('trafficking');
    await page.getByTestId('search-input').press('Enter');
    await expect(page.getByTestId('search-panel')).toBeVisible();
    // Every control of the top bar is fully on screen, none covers another (seven tabs since
    // the memo manager: at 1280 in Russian one row no longer holds them).
    for (const id of ['topbar-settings', 'search-input', 'tab-team', 'topbar-import']) {
      await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
    }
    await chooseLanguage(page, 'en');
    await expect(page.getByTestId('tab-library')).toContainText('Library');
  });
}

test('the reader names the open document in its toolbar and the window title', async ({ glossa, page, library, reader }) => {
  await glossa.openApp();
  await expect(page).toHaveTitle('Glossa');
  await library.open(EN_TITLE);
  await reader.expectOpen(3);
  await expect(page.getByTestId('reader-document-name')).toHaveText(EN_TITLE);
  await expect(page).toHaveTitle(`${EN_TITLE} — Glossa`);
  await reader.close();
  await expect(page).toHaveTitle('Glossa');
});

test('the Share button says "Working…" only while the backend works, not while a dialog is open', async ({ glossa, page }) => {
  await glossa.openApp();
  const share = page.getByTestId('topbar-share');
  await share.click();
  await page.getByTestId('share-menu-send').click();
  const dialog = page.getByTestId('share-path-dialog');
  await expect(dialog).toBeVisible();
  await expect(share).toHaveText(/^Share/);
  await dialog.getByTestId('share-path-input').fill(path.join(glossa.tmpDir, 'for-boris.glossa'));
  await dialog.getByTestId('share-path-ok').click();
  await expect(page.getByTestId('toast-info').filter({ hasText: 'for-boris' })).toBeVisible();
  await expect(share).toHaveText(/^Share/);
  await expect(share).toBeEnabled();
});

test('a dropped or picked file that is not a PDF gets a message naming it', async ({ glossa, page, library }) => {
  await glossa.openApp();
  await expect(library.rows).toHaveCount(1);
  // A real drop of a file from the desktop: a DataTransfer holding a File, dropped on the window.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['not a pdf'], 'notes.txt', { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.querySelector('[data-testid="library"]')!.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  });
  await expect(page.getByTestId('toast-error').filter({ hasText: '“notes.txt” is not a PDF file' })).toBeVisible();
  fs.writeFileSync(path.join(glossa.tmpDir, 'table.csv'), 'a,b\n1,2\n');
  await page.getByTestId('import-input').setInputFiles(path.join(glossa.tmpDir, 'table.csv'));
  await expect(page.getByTestId('toast-error').filter({ hasText: '“table.csv” is not a PDF file' })).toBeVisible();
  await expect(library.rows).toHaveCount(1);
});

for (const lang of ['en', 'ru'] as const) {
  test(`screenshots of the first views at 1280 and 1024 px (${lang})`, async ({ glossa, page, library, reader }) => {
    await glossa.openApp();
    if (lang === 'ru') await chooseLanguage(page, 'ru');
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: width === 1280 ? 800 : 700 });
      const shot = async (name: string) => {
        await page.mouse.move(1, 1);
        await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-${lang}.png`), animations: 'disabled', caret: 'hide' });
      };
      await page.getByTestId('tab-library').click();
      await expect(library.rows).toHaveCount(1);
      await shot('library');
      await page.getByTestId('tab-codebook').click();
      await page.getByTestId('code-node').first().click();
      await shot('codebook');
      await page.getByTestId('tab-library').click();
      await library.open(/Trafficking/);
      await reader.expectOpen(3);
      await reader.expectShowing(1);
      await shot('reader');
      await reader.close();
    }
  });
}
