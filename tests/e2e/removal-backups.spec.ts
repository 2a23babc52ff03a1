// Removing a coded document never loses the coding work: the Delete key in the library only asks
// (the confirmation lists the highlights, codings, comments, memo and pages that go, with
// plurals in English and Russian), the removal is undone from its toast with every highlight,
// coding and the memo back, it is logged in the history, and Project ▸ Backups lists the backup
// written before it and restores it. Screenshots of the confirmation at 1280 px in both languages.
import { createSelectors } from '../../shared/anchoring/create-selectors';
import { EN_SENTENCES, EN_TITLE } from '../fixtures/pdf-fixtures';
import { expect, readmeScreenshot, test, type GlossaEnv } from './fixtures';
import { callApi } from './api-call';

test.use({ seed: ['english', 'russian'] });

const call = callApi;

interface Doc { id: string; title: string; pageCount: number }

/** Selects the row (its actions show on hover or selection) and clicks Remove. */
async function clickRemove(library: { row(t: string): import('@playwright/test').Locator }, title: string): Promise<void> {
  const row = library.row(title);
  await row.click();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await row.getByTestId('library-remove').click();
}

/** Two coded highlights (three codings, one comment) and a memo on the English report. */
async function seedCodedReport(glossa: GlossaEnv): Promise<Doc> {
  const docs = await call<Doc[]>(glossa, 'documents.list', {});
  const en = docs.find((d) => d.title === EN_TITLE)!;
  const codes = await call<Array<{ id: string; text: { en: { name: string } } }>>(glossa, 'codes.list');
  const code = (name: string) => codes.find((c) => c.text.en.name === name)!.id;
  for (const [i, codeIds, comment] of [
    [1, [code('Knowledge production'), code('Funding')], 'Referral figures for the annex.'],
    [2, [code('Knowledge production')], ''],
  ] as const) {
    const text = await call<string>(glossa, 'documents.pageText', { id: en.id, pageIndex: i });
    const start = text.indexOf(EN_SENTENCES[i].slice(0, 30));
    const { quote, position } = createSelectors(text, start, start + 30);
    await call(glossa, 'annotations.create', {
      documentId: en.id, kind: 'text', color: null, comment, codeIds: [...codeIds],
      targets: [{ pageIndex: i, rects: [{ x1: 72, y1: 700, x2: 400, y2: 714 }], quote, position }],
    });
  }
  await call(glossa, 'memos.set', { targetType: 'document', targetId: en.id, body: 'Why this report matters for the chapter.' });
  return en;
}

test('Delete asks first; a removed coded document comes back with its codings and memo (undo, then a backup)', async ({ glossa, page, library, shell }) => {
  await glossa.openApp();
  const en = await seedCodedReport(glossa);
  await page.reload();
  await expect(library.rows).toHaveCount(2);
  const confirm = page.getByTestId('confirm-dialog');

  await test.step('Delete on a row opens the confirmation with what goes; Escape keeps the document', async () => {
    await library.row(EN_TITLE).focus();
    await page.keyboard.press('Delete');
    await expect(confirm).toBeVisible();
    await expect(page.getByTestId('confirm-message')).toHaveText(`Remove “${EN_TITLE}” from this project? This also removes:`);
    await expect(page.getByTestId('confirm-details').locator('li')).toHaveText([
      '2 highlights', '3 codings', '1 comment on a highlight', 'the document’s memo', `${en.pageCount} pages of text in the search index`,
    ]);
    await expect(page.getByTestId('confirm-note')).toContainText('A backup of the project is written first');
    await expect(page.getByTestId('confirm-cancel')).toBeFocused();
    await readmeScreenshot(page, 'library-remove-confirm');
    // A second Delete while asking does not remove anything either.
    await page.keyboard.press('Delete');
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(library.rows).toHaveCount(2);
    expect((await call<Doc[]>(glossa, 'documents.list', {})).map((d) => d.id)).toContain(en.id);
  });

  await test.step('the same confirmation in Russian, with Russian plurals', async () => {
    await call(glossa, 'settings.set', { language: 'ru' });
    await page.reload();
    await library.row(EN_TITLE).focus();
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('confirm-message')).toHaveText(`Удалить «${EN_TITLE}» из проекта? Вместе с ним будут удалены:`);
    await expect(page.getByTestId('confirm-details').locator('li')).toHaveText([
      '2 выделения', '3 кодировки', '1 комментарий к выделению', 'заметка о документе', `${en.pageCount} страницы текста в поисковом индексе`,
    ]);
    await readmeScreenshot(page, 'library-remove-confirm-ru');
    await page.getByTestId('confirm-cancel').click();
    await call(glossa, 'settings.set', { language: 'en' });
    await page.reload();
  });

  await test.step('remove, then Undo in the toast brings back every highlight, coding and the memo', async () => {
    const before = await call<Array<{ id: string; codeIds: string[]; comment: string }>>(glossa, 'annotations.list', { documentId: en.id });
    await clickRemove(library, EN_TITLE);
    await page.getByTestId('confirm-ok').click();
    await expect(library.rows).toHaveCount(1);
    await expect(shell.tabLibrary).toContainText('1');
    await page.getByTestId('toast-undo').click();
    await expect(library.rows).toHaveCount(2);
    await expect(shell.tabLibrary).toContainText('2');
    expect(await call(glossa, 'annotations.list', { documentId: en.id })).toEqual(before);
    expect(await call<{ body: string }>(glossa, 'memos.get', { targetType: 'document', targetId: en.id })).toMatchObject({ body: 'Why this report matters for the chapter.' });
    await library.open(EN_TITLE);
    await expect(page.getByTestId('annotation-row')).toHaveCount(2);
    await expect(page.getByTestId('annotations-panel')).toContainText('Referral figures for the annex.');
    await page.getByTestId('reader-close').click();
  });

  await test.step('the removal and its undo are in the history', async () => {
    await page.getByTestId('tab-team').click();
    await page.getByTestId('team-tab-history').click();
    const entries = page.getByTestId('history-entry');
    await expect(entries.filter({ hasText: `Removed document “${EN_TITLE}” (highlights: 2, codings: 3)` })).toHaveCount(1);
    await expect(entries.first()).toContainText('Undid: Remove document');
  });

  await test.step('Project ▸ Backups lists the backup taken before the removal and restores it', async () => {
    await shell.showLibrary();
    await clickRemove(library, EN_TITLE);
    await page.getByTestId('confirm-ok').click();
    await expect(library.rows).toHaveCount(1);
    await page.getByTestId('topbar-project-menu').click();
    await page.getByTestId('topbar-backups').click();
    const dialog = page.getByTestId('backups-dialog');
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('backups-where')).toContainText('e2e-project.glossa.backups');
    const removal = dialog.locator('[data-testid=backup-row][data-reason=removal]');
    await expect(removal).toHaveCount(2);
    await expect(removal.first()).toContainText('Before removing a document');
    await readmeScreenshot(page, 'backups');
    await removal.first().getByTestId('backup-restore').click();
    await expect(page.getByTestId('confirm-message')).toContainText('Replace the open project with the backup of');
    await page.getByTestId('confirm-ok').click();
    await expect(dialog).toBeHidden();
    await expect(library.rows).toHaveCount(2);
    expect(await call<unknown[]>(glossa, 'annotations.list', { documentId: en.id })).toHaveLength(2);
    // The state before the restore was kept too.
    await page.getByTestId('topbar-project-menu').click();
    await page.getByTestId('topbar-backups').click();
    await expect(dialog.locator('[data-testid=backup-row][data-reason=restore]')).toHaveCount(1);
  });
});
