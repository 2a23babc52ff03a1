// Issue 13 "attach a bibliography file" in Chromium against the web host: two seed reports in
// the library; Attach bibliography… reads a BibLaTeX file, proposes each report for its entry
// by title (the article unmatched), the user unchecks the Russian row and attaches the other;
// exactly that record is written; the attributes drawer shows it read-only (institutional
// author, number, citekey, source) and removes it; undo brings it back. Then the dialog in Russian.
import path from 'node:path';
import type { DocumentBibliography } from '../../shared/domain/bibliography';
import type { DocumentMeta } from '../../shared/domain/document';
import { callApi } from './api-call';
import { expect, SCREENSHOT_DIR, test } from './fixtures';

test.use({ seed: ['english', 'russian'] });

const BIB = path.resolve(__dirname, '..', 'fixtures', 'bibliography', 'seed-reports.bib');

test('attach a .bib: proposals, uncheck a row, attach, see the record, remove it, undo', async ({ glossa, page, library }) => {
  await callApi(glossa, 'settings.set', { language: 'en' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await glossa.openApp();
  await expect(library.rows).toHaveCount(2);
  const docs = await callApi<DocumentMeta[]>(glossa, 'documents.list', {});
  const english = docs.find((d) => d.fileName === 'english-report.pdf')!;
  const russian = docs.find((d) => d.fileName === 'doklad-ru.pdf')!;

  await page.getByTestId('library-bib-attach').click();
  const dialog = page.getByTestId('bib-attach');
  await dialog.getByTestId('bib-attach-file').setInputFiles(BIB);
  await expect(dialog.getByTestId('bib-attach-summary')).toHaveText('File: seed-reports.bib (BibTeX) — 2 of 3 entries matched');
  const rows = dialog.getByTestId('bib-attach-row');
  await expect(rows).toHaveCount(3);
  const en = dialog.locator('[data-citekey="otr2021annual"]');
  const ru = dialog.locator('[data-citekey="buro2019doklad"]');
  const article = dialog.locator('[data-citekey="doe2020shelters"]');
  await expect(en.getByTestId('bib-attach-document')).toHaveValue(english.id);
  await expect(en.getByTestId('bib-attach-reason')).toHaveText('title');
  await expect(ru.getByTestId('bib-attach-document')).toHaveValue(russian.id);
  await expect(ru.getByTestId('bib-attach-confidence')).toHaveText('100%');
  await expect(article.getByTestId('bib-attach-document')).toHaveValue('');
  await expect(article.getByTestId('bib-attach-check')).not.toBeChecked();
  await expect(dialog.getByTestId('bib-attach-unmatched')).toContainText('1 entry not matched');
  await dialog.screenshot({ path: path.join(SCREENSHOT_DIR, 'bib-attach-dialog-en-1280.png') });

  await ru.getByTestId('bib-attach-check').uncheck();
  await dialog.getByTestId('bib-attach-confirm').click();
  await expect(dialog.getByTestId('bib-attach-result')).toHaveText('1 bibliographic record attached.');
  expect(await callApi<DocumentBibliography | null>(glossa, 'bibliography.get', { documentId: russian.id })).toBeNull();
  const rec = await callApi<DocumentBibliography>(glossa, 'bibliography.get', { documentId: english.id });
  expect(rec).toMatchObject({ source: 'bibtex', citekey: 'otr2021annual', csl: { type: 'report', number: 'OTR/2021/1', author: [{ literal: 'Office for Test Reports' }] } });
  await dialog.getByRole('button', { name: 'Close' }).click();

  const row = page.locator(`tr[data-doc-id="${english.id}"]`);
  await row.click();
  await row.getByTestId('library-edit').click();
  const panel = page.getByTestId('bib-record');
  await expect(panel.getByTestId('bib-record-authors')).toContainText('Office for Test Reports');
  await expect(panel.getByTestId('bib-record-number')).toContainText('OTR/2021/1');
  await expect(panel.getByTestId('bib-record-date')).toContainText('2021-03');
  await expect(panel.getByTestId('bib-record-citekey')).toContainText('otr2021annual');
  await expect(panel.getByTestId('bib-record-source')).toContainText('BibTeX file');
  await panel.screenshot({ path: path.join(SCREENSHOT_DIR, 'bib-record-en-1280.png') });

  await panel.getByTestId('bib-record-remove').click();
  await expect(panel).toHaveCount(0);
  expect(await callApi<DocumentBibliography | null>(glossa, 'bibliography.get', { documentId: english.id })).toBeNull();
  await page.getByTestId('attr-cancel').click();
  await page.getByTestId('library-undo').click();
  await expect.poll(async () => (await callApi<DocumentBibliography | null>(glossa, 'bibliography.get', { documentId: english.id }))?.citekey).toBe('otr2021annual');
  await row.getByTestId('library-edit').click();
  await expect(page.getByTestId('bib-record').getByTestId('bib-record-number')).toContainText('OTR/2021/1');

  await page.getByTestId('attr-cancel').click();

  // In Russian: the same proposals, the English report's row now says it replaces its record.
  await callApi(glossa, 'settings.set', { language: 'ru' });
  await page.reload();
  await expect(page.getByTestId('app')).toHaveAttribute('data-project', 'open');
  await page.getByTestId('library-bib-attach').click();
  await dialog.getByTestId('bib-attach-file').setInputFiles(BIB);
  await expect(dialog.getByTestId('bib-attach-summary')).toHaveText('Файл: seed-reports.bib (BibTeX) — Сопоставлено 2 из 3 записей');
  await expect(dialog.getByTestId('bib-attach-unmatched')).toHaveText('1 запись не сопоставлена: выберите для неё документ или снимите отметку.');
  await expect(en).toContainText('заменит его запись');
  // Its record's URL is the entry's now: matched by URL.
  await expect(en.getByTestId('bib-attach-reason')).toHaveText('URL');
  await expect(ru.getByTestId('bib-attach-reason')).toHaveText('названию');
  await expect(dialog.getByTestId('bib-attach-confirm')).toHaveText('Прикрепить 2 записи');
  await dialog.screenshot({ path: path.join(SCREENSHOT_DIR, 'bib-attach-dialog-ru-1280.png') });
});
