// Attributes the user defines, in the browser host: define "Issuing organisations" (several
// choices, replacing the fixed organisation, its list seeded from the organisation vocabulary),
// set two organisations on a document in its attributes drawer (saved as they are ticked),
// filter the library by one of them, see the PDF-metadata year marked (not taken as the year),
// then import values from a CSV with a bad row and an unknown document, and undo the import.
// Screenshots at 1280 and 1024 px in English and Russian when GLOSSA_LOOK_DIR is set.
import path from 'node:path';
import { callApi } from './api-call';
import { expect, test } from './fixtures';

test.use({ seed: ['english', 'russian'] });

const CSV = ['File,Issuing organisations', 'doklad-ru.pdf,UNODC; МОМ', 'missing.pdf,OSCE', 'english-report.pdf,ACME Corp'].join('\n');

test('define a several-choices attribute, set two organisations, filter by it, import a CSV', async ({ glossa, page }) => {
  await callApi(glossa, 'settings.set', { language: 'en' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await glossa.openApp();
  await page.getByTestId('tab-library').click();
  await expect(page.getByTestId('library-row')).toHaveCount(2);

  // Define: replacing the organisation makes it several choices, named and seeded from the list.
  await page.getByTestId('library-attributes').click();
  const defs = page.getByTestId('attr-defs');
  await expect(defs.getByTestId('attr-def-empty')).toBeVisible();
  await defs.getByTestId('attr-def-new').click();
  await defs.getByTestId('attr-def-replaces').selectOption('organisation');
  await expect(defs.getByTestId('attr-def-kind')).toHaveValue('choices');
  await expect(defs.getByTestId('attr-def-name-en')).toHaveValue('Issuing organisations');
  await expect(defs.getByTestId('attr-def-name-ru')).toHaveValue('Организации-авторы');
  await expect(defs.getByTestId('attr-def-seed-note')).toBeVisible();
  await expect(defs.getByTestId('attr-def-choice-en-0')).toHaveValue('EU');
  // The choice list is editable: one more, typed in both languages.
  await defs.getByTestId('attr-def-choice-add').click();
  const last = await defs.locator('[data-testid^="attr-def-choice-en-"]').count();
  await defs.getByTestId(`attr-def-choice-en-${last - 1}`).fill('La Strada');
  await defs.getByTestId(`attr-def-choice-ru-${last - 1}`).fill('Ла Страда');
  await defs.getByTestId('attr-def-save').click();
  await expect(defs.getByTestId('attr-def-row')).toHaveCount(1);
  await expect(defs.getByTestId('attr-def-row')).toContainText('Issuing organisations');
  await defs.getByTestId('attr-def-close').click();
  await expect(page.getByTestId('library-sort-attr-0')).toHaveText(/Issuing organisations/);

  // Two organisations on the English report, ticked in its drawer; the metadata year is marked.
  const english = page.getByTestId('library-row').filter({ hasText: 'Annual Report' });
  await english.click();
  await english.getByTestId('library-edit').click();
  const drawer = page.getByTestId('attributes-editor');
  await expect(drawer.getByTestId('attr-organisation')).toHaveCount(0);
  await drawer.getByTestId('attr-custom-0-osce').check();
  await drawer.getByTestId('attr-custom-0-iom').check();
  await expect(drawer.getByTestId('attr-year')).toHaveValue('');
  await expect(drawer.getByTestId('attr-year-metadata')).toContainText('PDF metadata gives 2021');
  await expect(english.getByTestId('library-metadata-year')).toHaveText('2021?');
  await drawer.getByTestId('attr-cancel').click();
  await expect(english.locator('td').nth(1)).toHaveText('OSCE; IOM');

  // The library filters by the attribute.
  await page.getByTestId('library-filter-attr-0').click();
  await page.getByTestId('library-filter-attr-0-iom').check();
  await expect(page.getByTestId('library-count')).toHaveText('1 of 2 documents');
  await expect(page.getByTestId('library-row')).toHaveCount(1);
  await page.getByTestId('library-filter-attr-0-iom').uncheck();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('library-row')).toHaveCount(2);

  // Import a CSV: the mapping is guessed from the header; the preview lists each bad row's reason.
  await page.getByTestId('library-attributes').click();
  await page.getByTestId('attr-def-import').click();
  const dialog = page.getByTestId('attr-import');
  await dialog.getByTestId('attr-import-file').setInputFiles({ name: 'organisations.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(dialog.getByTestId('attr-import-match-column')).toHaveValue('File');
  await expect(dialog.getByTestId('attr-import-preview')).toHaveText('1 value will be written to 2 matched rows.');
  await expect(dialog.getByTestId('attr-import-error-row')).toHaveCount(2);
  await expect(dialog.getByTestId('attr-import-error-row').nth(0)).toContainText('missing.pdf');
  await expect(dialog.getByTestId('attr-import-error-row').nth(0)).toContainText('No document of this project has this name');
  await expect(dialog.getByTestId('attr-import-error-row').nth(1)).toContainText("Not one of the attribute's choices");
  if (process.env.GLOSSA_LOOK_DIR) await page.screenshot({ path: path.join(process.env.GLOSSA_LOOK_DIR, 'attributes-import-en-1280.png') });
  await dialog.getByTestId('attr-import-confirm').click();
  await expect(dialog.getByTestId('attr-import-preview')).toContainText('1 value written (2 rows)');
  await dialog.getByTestId('attr-import-close').click();
  const russian = page.getByTestId('library-row').filter({ hasText: 'Доклад' });
  await expect(russian.locator('td').nth(1)).toHaveText('UNODC; IOM');
  // One undoable action.
  await page.getByTestId('library-undo').click();
  await expect(russian.locator('td').nth(1)).toHaveText('');
  await expect(english.locator('td').nth(1)).toHaveText('OSCE; IOM');

  const lookDir = process.env.GLOSSA_LOOK_DIR;
  if (lookDir) {
    for (const lang of ['en', 'ru'] as const) {
      await callApi(glossa, 'settings.set', { language: lang });
      await page.reload();
      await page.getByTestId('tab-library').click();
      for (const width of [1280, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        const row = page.getByTestId('library-row').filter({ hasText: 'Annual Report' });
        await row.click();
        await row.getByTestId('library-edit').click();
        await expect(page.getByTestId('attr-custom-0-osce')).toBeChecked();
        await page.screenshot({ path: path.join(lookDir, `attributes-drawer-${lang}-${width}.png`) });
        await page.getByTestId('attr-year-metadata').scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(lookDir, `attributes-drawer-year-${lang}-${width}.png`) });
        await page.getByTestId('attr-cancel').click();
        await page.getByTestId('library-attributes').click();
        await page.getByTestId('attr-def-edit').click();
        await page.screenshot({ path: path.join(lookDir, `attributes-define-${lang}-${width}.png`) });
        await page.getByTestId('attr-def-cancel').click();
        await page.getByTestId('attr-def-import').click();
        await page.getByTestId('attr-import-file').setInputFiles({ name: 'organisations.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
        await expect(page.getByTestId('attr-import-error-row')).toHaveCount(2);
        await page.screenshot({ path: path.join(lookDir, `attributes-import-${lang}-${width}.png`) });
        await page.getByTestId('attr-import-close').click();
      }
    }
  }
});
