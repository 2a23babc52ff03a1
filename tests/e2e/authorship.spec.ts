// Who did what, in Chromium against the web host: Alice highlights a passage; Борис, on the
// same project from his own identity, edits its comment; the annotations panel then says
// "Created by Alice, edited by Борис" (and in Russian "Автор: Alice, правка: Борис"). README
// screenshots of the panel at 1280 px in both languages. And a damaged coder.json is reported
// in a banner, with its id kept.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { EN_TITLE } from '../fixtures/pdf-fixtures';
import { expect, readmeScreenshot, test, type GlossaEnv } from './fixtures';
import { CodingPage } from './pages/coding-page';
import type { LibraryPage } from './pages/library-page';
import type { ReaderPage } from './pages/reader-page';

test.use({ seed: ['english'] });

const ALICE = { id: '6f1c1f0e-1111-4aaa-8bbb-000000000001', name: 'Alice', color: '#4e79a7' };
const BORIS = { id: '6f1c1f0e-2222-4aaa-8bbb-000000000002', name: 'Борис', color: '#e15759' };

/** Relaunches the host as another researcher (their coder.json in the data folder). */
async function actAs(glossa: GlossaEnv, coder: typeof ALICE): Promise<void> {
  fs.writeFileSync(path.join(glossa.dataDir, 'coder.json'), JSON.stringify(coder, null, 2));
  await glossa.restartHost();
  await glossa.openApp();
}

async function openReport(library: LibraryPage, reader: ReaderPage): Promise<void> {
  await library.open(EN_TITLE);
  await reader.expectOpen(3);
}

async function api(page: Page, glossa: GlossaEnv, channel: string, data: unknown): Promise<unknown> {
  const res = await page.request.post(`${glossa.baseUrl}/api/${channel}`, { headers: { Authorization: `Bearer ${glossa.token}` }, data });
  expect(res.ok()).toBe(true);
  return res.json();
}

test("a colleague's edit of my highlight reads 'created by A, edited by B' in English and Russian", async ({ glossa, page, library, reader }) => {
  const coding = new CodingPage(page);

  await test.step('Alice highlights and codes a passage', async () => {
    await actAs(glossa, ALICE);
    await openReport(library, reader);
    const line = coding.span(0, 'This is page 1 of the English test report.');
    await coding.dragSelect(line, line);
    await expect(coding.pickerInput).toBeFocused();
    await page.keyboard.type('monitoring');
    await page.keyboard.press('Enter');
    await expect(coding.rows).toHaveCount(1);
    await expect(coding.rows.first().getByTestId('annotation-by')).toHaveText(/^Alice · /);
  });

  await test.step('Борис edits its comment: both are named', async () => {
    await actAs(glossa, BORIS);
    await openReport(library, reader);
    await coding.rows.first().getByTestId('annotation-edit').click();
    await coding.panel.getByTestId('comment-input').pressSequentially('Борис: the indicator is self-reported.');
    await coding.panel.getByTestId('annotation-save').click();
    const by = coding.rows.first().getByTestId('annotation-by');
    await expect(by).toHaveText(/^Created by Alice, edited by Борис · /);
    await coding.rows.first().click();
    await readmeScreenshot(page, 'authorship-panel');
  });

  await test.step('in Russian', async () => {
    await api(page, glossa, 'settings.set', { language: 'ru' });
    await page.reload();
    await expect(page.getByTestId('app')).toHaveAttribute('data-project', 'open');
    await openReport(library, reader);
    await expect(coding.rows.first().getByTestId('annotation-by')).toHaveText(/^Автор: Alice, правка: Борис · /);
    await coding.rows.first().click();
    await readmeScreenshot(page, 'authorship-panel-ru');
  });
});

test('a damaged coder.json is reported in a banner and repaired with its id kept', async ({ glossa, page }) => {
  const text = JSON.stringify(ALICE, null, 2);
  fs.writeFileSync(path.join(glossa.dataDir, 'coder.json'), text.slice(0, text.length - 2)); // truncated
  await glossa.restartHost();
  await glossa.openApp();
  const notice = page.getByTestId('coder-file-notice');
  await expect(notice).toHaveAttribute('data-kind', 'repaired');
  await expect(notice).toContainText('your identity (its id) was kept');
  await expect(notice).toContainText('coder.json.bad-');
  expect(((await api(page, glossa, 'coder.get', {})) as { id: string }).id).toBe(ALICE.id);
  await notice.getByTestId('coder-file-dismiss').click();
  await expect(notice).toHaveCount(0);
});
