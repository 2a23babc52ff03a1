// Issue 11 item 6 in Chromium against the web host: a PDF with Zotero highlights inside is in
// the library; its Annotations dialog lists the colours with the exact palette names and the
// pre-filled codes, the user renames one new code and confirms, the highlights arrive coded
// (a second import offers nothing), and "Download annotated PDF" gives a file pdf.js reads
// back with the highlights in their code colours; importing that copy offers its annotations in
// a toast. Screenshots of the dialog in English and Russian at 1280 px.
import fs from 'node:fs';
import path from 'node:path';
import type { Annotation } from '../../shared/domain/annotation';
import type { Code } from '../../shared/domain/code';
import { callApi } from './api-call';
import { expect, SCREENSHOT_DIR, test } from './fixtures';

test.use({ seed: ['zotero-annotated'] });

test('embedded Zotero highlights: confirm the colour table, import, download the annotated PDF', async ({ glossa, page, library }) => {
  await callApi(glossa, 'settings.set', { language: 'en' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await glossa.openApp();
  const row = library.rows.first();
  await row.click();
  await row.getByTestId('library-annotations').click();
  const dialog = page.getByTestId('annotation-sources');
  await expect(dialog.getByTestId('annotations-found')).toHaveText(/The PDF holds 4 annotations/);
  const rows = dialog.getByTestId('annotations-colour-row');
  await expect(rows).toHaveCount(4);
  const yellow = dialog.locator('[data-colour="#ffd400"]');
  await expect(yellow).toContainText('Zotero yellow');
  await expect(yellow.getByTestId('annotations-new-name')).toHaveValue('Yellow (Zotero)');
  await expect(dialog.locator('[data-colour="#ffff00"]')).toContainText('Acrobat yellow');
  const green = dialog.locator('[data-colour="#5fb236"]');
  await green.getByTestId('annotations-new-name').fill('Labour exploitation');
  await dialog.screenshot({ path: path.join(SCREENSHOT_DIR, 'pdf-annotations-dialog-en-1280.png') });

  await dialog.getByTestId('annotations-import-confirm').click();
  await expect(dialog.getByTestId('annotations-result')).toHaveText('4 highlights added. 0 were already there.');
  const docs = await callApi<Array<{ id: string }>>(glossa, 'documents.list', {});
  const annotations = await callApi<Annotation[]>(glossa, 'annotations.list', { documentId: docs[0].id });
  const codes = await callApi<Code[]>(glossa, 'codes.list');
  expect(annotations).toHaveLength(4);
  const labour = codes.find((c) => c.text.en.name === 'Labour exploitation')!;
  expect(labour.color).toBe('#5fb236');
  expect(annotations.filter((a) => a.codeIds.includes(labour.id))).toHaveLength(1);

  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('annotations-export-pdf').click()]);
  expect(download.suggestedFilename()).toBe('zotero-annotated-annotated.pdf');
  const file = path.join(glossa.tmpDir, 'annotated.pdf');
  await download.saveAs(file);
  // The host's pdf.js reads the downloaded copy: the original four plus Glossa's four, in code colours.
  const copy = fs.readFileSync(file);
  expect(copy.subarray(0, 5).toString()).toBe('%PDF-');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await callApi(glossa, 'import.start', { sources: [{ kind: 'bytes', name: 'copy.pdf', bytes: new Uint8Array(copy) }] });
  await expect.poll(async () => (await callApi<unknown[]>(glossa, 'documents.list', {})).length).toBe(2);
  // On import the app offers the annotations found inside the new PDF.
  const offer = page.getByTestId('import-annotations-offer');
  await expect(page.locator('.toasts')).toContainText('“copy.pdf” holds 8 annotations');
  await offer.click();
  await expect(dialog.getByTestId('annotations-found')).toHaveText(/The PDF holds 8 annotations/);
  const copyDoc = (await callApi<Array<{ id: string; fileName: string }>>(glossa, 'documents.list', {})).find((d) => d.fileName === 'copy.pdf')!;
  const scan = await callApi<{ total: number; colours: Array<{ color: string; count: number }> }>(glossa, 'pdfAnnotations.scan', { documentId: copyDoc.id });
  expect(scan.total).toBe(8);
  expect(scan.colours.find((c) => c.color === '#5fb236')?.count).toBe(2);

  // A second look at the first document: everything was imported already.
  await dialog.getByRole('button', { name: 'Close' }).click();
  const original = page.locator(`tr[data-doc-id="${docs[0].id}"]`);
  await original.click();
  await original.getByTestId('library-annotations').click();
  await expect(dialog.getByTestId('annotations-found')).toContainText('4 of them were imported before');
  await expect(dialog.getByTestId('annotations-import-confirm')).toHaveCount(0);
  // The colours now map to the codes made from them (same colour, exact).
  await expect(dialog.locator('[data-colour="#5fb236"]').getByTestId('annotations-choice')).toHaveValue(`code:${labour.id}`);

  await callApi(glossa, 'settings.set', { language: 'ru' });
  await page.reload();
  await expect(page.getByTestId('app')).toHaveAttribute('data-project', 'open');
  await original.click();
  await original.getByTestId('library-annotations').click();
  await expect(dialog.getByTestId('annotations-found')).toContainText('В PDF 4 аннотации');
  await dialog.screenshot({ path: path.join(SCREENSHOT_DIR, 'pdf-annotations-dialog-ru-1280.png') });
});

test('in the Russian interface, new codes for palette colours get Russian names', async ({ glossa, page, library }) => {
  await callApi(glossa, 'settings.set', { language: 'ru' });
  await glossa.openApp();
  const row = library.rows.first();
  await row.click();
  await row.getByTestId('library-annotations').click();
  const dialog = page.getByTestId('annotation-sources');
  await expect(dialog.getByTestId('annotations-colour-row')).toHaveCount(4);
  await expect(dialog.locator('[data-colour="#ffd400"]').getByTestId('annotations-new-name')).toHaveValue('Жёлтый (Zotero)');
  await expect(dialog.locator('[data-colour="#ffff00"]').getByTestId('annotations-new-name')).toHaveValue('Жёлтый (Acrobat)');
  await dialog.getByTestId('annotations-import-confirm').click();
  await expect(dialog.getByTestId('annotations-result')).toBeVisible();
  const codes = await callApi<Code[]>(glossa, 'codes.list');
  // Named in Russian, as a code created in the Russian interface is: the Russian name is set (not
  // the English one, although "Жёлтый (Zotero)" has as many Latin letters as Cyrillic ones).
  const byRu = (name: string) => codes.find((c) => c.text.ru.name === name);
  for (const name of ['Жёлтый (Zotero)', 'Зелёный (Zotero)', 'Синий (Zotero)', 'Жёлтый (Acrobat)']) expect(byRu(name)?.text.en.name, name).toBe('');
  expect(byRu('Жёлтый (Zotero)')?.color).toBe('#ffd400');
});
