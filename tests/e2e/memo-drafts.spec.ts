// Nothing typed into a memo or a comment is lost, in Chromium against the web host: the
// document memo's dialog closed with Close, the project memo left by switching tabs, a
// highlight's comment typed into its popup that is then closed, and a new selection's comment
// whose popup is closed with Escape all come back. A kill test: the web host is SIGKILLed
// while a memo is being typed (one save per pause); the reopened file passes integrity_check
// and holds every acknowledged save, losing at most the text typed after the last one.
import Database from 'better-sqlite3';
import type { Locator, Page } from '@playwright/test';
import { EN_TITLE } from '../fixtures/pdf-fixtures';
import { expect, test } from './fixtures';
import { CodingPage } from './pages/coding-page';

test.use({ seed: ['english'] });

const MEMO_TEXT = 'Draft finding: the **referral mechanism** is cited on every page.';

async function openDocumentMemo(page: Page): Promise<Locator> {
  await page.getByTestId('annotations-panel').getByTestId('document-memo').click();
  return page.getByTestId('document-memo-dialog');
}

/** Types into the memo as a user does: key by key, without waiting for any save. */
async function typeMemo(memo: Locator, text: string): Promise<void> {
  await memo.getByTestId('memo-edit').click();
  await memo.getByTestId('memo-input').pressSequentially(text);
}

test('a document memo typed and closed with Close is kept', async ({ glossa, page, library, reader }) => {
  await glossa.openApp();
  await library.open(EN_TITLE);
  await reader.expectOpen(3);
  let dialog = await openDocumentMemo(page);
  await typeMemo(dialog.getByTestId('memo-document'), MEMO_TEXT);
  await dialog.locator('.modal-footer').getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  dialog = await openDocumentMemo(page);
  await expect(dialog.getByTestId('memo-document').locator('.markdown strong')).toHaveText('referral mechanism');
  await page.keyboard.press('Escape');
  // Durable: a reload reads it from the project file.
  await page.reload();
  await expect(page.getByTestId('app')).toHaveAttribute('data-project', 'open');
  await library.open(EN_TITLE);
  await reader.expectOpen(3);
  dialog = await openDocumentMemo(page);
  await expect(dialog.getByTestId('memo-document')).toContainText('Draft finding: the referral mechanism is cited on every page.');
});

test('a memo reopened while its save is still on the way shows the draft, then the saved memo', async ({ glossa, page, library, reader }) => {
  await glossa.openApp();
  await library.open(EN_TITLE);
  await reader.expectOpen(3);
  // A slow disk or a busy host: every memo write takes 1.5 s to be acknowledged.
  await page.route('**/api/memos.set', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  let dialog = await openDocumentMemo(page);
  await typeMemo(dialog.getByTestId('memo-document'), MEMO_TEXT);
  await dialog.locator('.modal-footer').getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  dialog = await openDocumentMemo(page);
  // At once: the write has not landed, so what was typed comes back as the draft, never empty.
  await expect(dialog.getByTestId('memo-input')).toHaveValue(MEMO_TEXT);
  // Once it lands, the memo is shown saved, rendered, as after a quick write.
  await expect(dialog.getByTestId('memo-document').locator('.markdown strong')).toHaveText('referral mechanism');
  await expect(dialog.getByTestId('memo-input')).toHaveCount(0);
});

test('the project memo keeps what was typed when the tab is switched mid-sentence', async ({ glossa, page }) => {
  await glossa.openApp();
  await page.getByTestId('tab-codebook').click();
  await typeMemo(page.getByTestId('memo-project'), 'Half a sentence about the OSCE');
  await page.getByTestId('tab-library').click(); // at once: well inside the debounce
  await expect(page.getByTestId('library')).toBeVisible();
  await page.getByTestId('tab-codebook').click();
  await expect(page.getByTestId('memo-project')).toContainText('Half a sentence about the OSCE');
  await page.reload();
  await expect(page.getByTestId('app')).toHaveAttribute('data-project', 'open');
  await page.getByTestId('tab-codebook').click();
  await expect(page.getByTestId('memo-project').locator('.markdown')).toHaveText('Half a sentence about the OSCE');
});

test('a memo that fails to load is never shown empty, so it cannot be saved over', async ({ glossa, page }) => {
  await glossa.openApp();
  await page.getByTestId('tab-codebook').click();
  await typeMemo(page.getByTestId('memo-project'), 'The real project memo.');
  await page.getByTestId('memo-project').getByTestId('memo-done').click();
  await expect(page.getByTestId('memo-project').locator('.markdown')).toHaveText('The real project memo.');

  // The backend fails to answer memos.get (as a busy or broken host would).
  let sets = 0;
  page.on('request', (r) => void (r.url().endsWith('/api/memos.set') && sets++));
  await page.route('**/api/memos.get', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: 'disk I/O error' } }) }));
  await page.reload();
  await expect(page.getByTestId('app')).toHaveAttribute('data-project', 'open');
  await page.getByTestId('tab-codebook').click();
  const memo = page.getByTestId('memo-project');
  await expect(memo.getByTestId('memo-load-failed')).toContainText('disk I/O error');
  await expect(memo).not.toContainText('No memo yet.');
  await expect(memo.getByTestId('memo-edit')).toHaveCount(0);

  await page.unroute('**/api/memos.get');
  await memo.getByTestId('memo-retry').click();
  await expect(memo.locator('.markdown')).toHaveText('The real project memo.');
  expect(sets).toBe(0);
});

test('a highlight comment typed into the popup survives closing the popup', async ({ glossa, page, library, reader }) => {
  const coding = new CodingPage(page);
  await glossa.openApp();
  await library.open(EN_TITLE);
  await reader.expectOpen(3);

  await test.step('an existing highlight: comment typed, popup closed by a click elsewhere', async () => {
    const line = coding.span(0, 'This is page 1 of the English test report.');
    await coding.dragSelect(line, line);
    await expect(coding.pickerInput).toBeFocused();
    await page.keyboard.type('monitoring');
    await page.keyboard.press('Enter');
    await expect(coding.rows).toHaveCount(1);
    await coding.rows.first().getByTestId('annotation-edit').click();
    await coding.panel.getByTestId('comment-input').pressSequentially('Panel note, never saved with Save.');
    await page.keyboard.press('Escape'); // leaves the panel's editor
    await expect(coding.rows.first().locator('.annotation-comment')).toHaveText('Panel note, never saved with Save.');

    // The comment's save repaints the page's highlights: take the box of the one now shown.
    await expect(coding.highlights(0).first()).toBeVisible();
    const box = (await coding.highlights(0).first().boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(coding.popup).toBeVisible();
    const input = coding.popup.getByTestId('comment-input');
    await input.fill('');
    await input.pressSequentially('Popup note: typed, then the popup closed.');
    await page.locator('.reader-scroll').click({ position: { x: 5, y: 5 } }); // outside the popup
    await expect(coding.popup).toBeHidden();
    await expect(coding.rows.first().locator('.annotation-comment')).toHaveText('Popup note: typed, then the popup closed.');
  });

  await test.step('a new selection: comment typed, popup closed with Escape keeps a highlight', async () => {
    const line = coding.span(0, 'This is page 1 of the English test report.');
    await coding.centerInReader(line);
    const other = page.locator('[data-testid="reader-page"][data-page-index="0"] [data-testid="text-layer"] span').first();
    await coding.dragSelect(other, other);
    await expect(coding.pickerInput).toBeFocused();
    await coding.popup.getByTestId('comment-input').pressSequentially('Note on a passage I had not coded yet.');
    await page.keyboard.press('Escape');
    await expect(coding.popup).toBeHidden();
    await expect(coding.rows).toHaveCount(2);
    await expect(coding.panel.locator('.annotation-comment').filter({ hasText: 'Note on a passage I had not coded yet.' })).toHaveCount(1);
  });

  await test.step('after a reload both comments are read from the file', async () => {
    await page.reload();
    await expect(page.getByTestId('app')).toHaveAttribute('data-project', 'open');
    await library.open(EN_TITLE);
    await reader.expectOpen(3);
    // Rows are in reading order; compare the comments as a set.
    await expect
      .poll(async () => (await coding.panel.locator('.annotation-comment').allTextContents()).sort())
      .toEqual(['Note on a passage I had not coded yet.', 'Popup note: typed, then the popup closed.']);
  });
});

test('kill test: SIGKILL of the backend while a memo is typed keeps every acknowledged save', async ({ glossa, page }) => {
  await glossa.openApp();
  await page.getByTestId('tab-codebook').click();
  const memo = page.getByTestId('memo-project');
  await memo.getByTestId('memo-edit').click();
  const input = memo.getByTestId('memo-input');

  let saves = 0;
  page.on('response', (res) => void (res.url().endsWith('/api/memos.set') && res.ok() && saves++));
  const ackOf = (text: string) => page.waitForResponse((r) => r.url().endsWith('/api/memos.set') && r.ok() && r.request().postData()?.includes(JSON.stringify(text).slice(1, -1)) === true);

  // Many saves: one per pause in typing (after each line), 8-20 lines, then a tail typed and
  // the host killed while it is being typed.
  const lines = 8 + Math.floor(Math.random() * 13);
  let typed = '';
  let lastAcked = '';
  for (let i = 1; i <= lines; i++) {
    const line = `Line ${i}: the monitoring mission visited the shelter (Молдова, ${i}).\n`;
    typed += line;
    const ack = ackOf(typed);
    await input.pressSequentially(line);
    lastAcked = (JSON.parse((await ack).request().postData() ?? '{}') as { body: string }).body;
  }
  const tail = 'Unsaved tail typed as the backend died';
  const typing = input.pressSequentially(tail, { delay: 10 });
  await glossa.killHost();
  await typing;
  typed += tail;
  expect(saves).toBeGreaterThanOrEqual(lines);
  expect(lastAcked.startsWith(typed.slice(0, typed.length - tail.length))).toBe(true);
  // The text stays in the field, marked as not saved.
  await expect(input).toHaveValue(typed);

  const db = new Database(glossa.projectPath);
  let stored: string;
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    stored = (db.prepare("SELECT body FROM memos WHERE target_type = 'project'").get() as { body: string }).body;
  } finally {
    db.close();
  }
  // Everything acknowledged is there; what is missing is at most the tail typed after it.
  expect(stored.startsWith(lastAcked), `stored ${stored.length} chars, last ack ${lastAcked.length}`).toBe(true);
  expect(typed.startsWith(stored)).toBe(true);
  console.log(`memo kill test: ${saves} saves acknowledged, ${typed.length - stored.length} of ${typed.length} characters lost`);

  await glossa.restartHost();
  await glossa.openApp();
  await page.getByTestId('tab-codebook').click();
  await expect(page.getByTestId('memo-project')).toContainText(`Line ${lines}: the monitoring mission visited the shelter`);
});
