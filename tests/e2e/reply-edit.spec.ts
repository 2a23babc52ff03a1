// Editing and deleting one's own replies on a highlight's thread, in Chromium against the web
// host: Alice replies, edits her reply (marked "edited", the backend has the new text), deletes
// it and brings it back with Undo in the toast; in the Russian interface the same buttons and
// toast speak Russian; once Boris is the coder on this installation, Alice's reply shows no Edit
// or Delete, while his own does.
import fs from 'node:fs';
import path from 'node:path';
import type { Annotation } from '../../shared/domain/annotation';
import type { Reply } from '../../shared/domain/rounds';
import { EN_TITLE } from '../fixtures/pdf-fixtures';
import { callApi } from './api-call';
import { expect, test, type GlossaEnv } from './fixtures';
import { CodingPage } from './pages/coding-page';

test.use({ seed: ['english'] });

const ALICE = { id: '6f1c1f0e-1111-4aaa-8bbb-000000000001', name: 'Alice', color: '#4e79a7' };
const BORIS = { id: '6f1c1f0e-2222-4aaa-8bbb-000000000002', name: 'Boris', color: '#e15759' };

async function becomes(glossa: GlossaEnv, coder: typeof ALICE): Promise<void> {
  fs.writeFileSync(path.join(glossa.dataDir, 'coder.json'), JSON.stringify(coder, null, 2));
  await glossa.restartHost();
}

async function highlight(glossa: GlossaEnv): Promise<Annotation> {
  const [doc] = await callApi<Array<{ id: string }>>(glossa, 'documents.list', {});
  const [text] = await callApi<string[]>(glossa, 'documents.pageTexts', { id: doc.id, from: 1, count: 1 });
  return callApi<Annotation>(glossa, 'annotations.create', {
    documentId: doc.id,
    kind: 'text',
    targets: [{ pageIndex: 1, rects: [{ x1: 56, y1: 700, x2: 356, y2: 712 }], quote: { type: 'TextQuoteSelector', exact: text.slice(10, 70), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 10, end: 70 } }],
    color: null,
    comment: '',
    codeIds: [],
  });
}

test('edit and delete your own replies on a highlight, in English and Russian', async ({ glossa, page, library, reader }) => {
  const coding = new CodingPage(page);
  await becomes(glossa, ALICE);
  const a = await highlight(glossa);
  const thread = coding.rows.first().getByTestId('reply-thread');
  const openThread = async () => {
    await page.getByTestId('tab-library').click();
    await library.open(EN_TITLE);
    await reader.expectOpen(3);
    await coding.rows.first().locator('.annotation-main').click();
    await expect(thread).toBeVisible();
  };
  const bodies = async () => (await callApi<Reply[]>(glossa, 'replies.list', { annotationId: a.id })).map((r) => r.body);

  await test.step('Alice replies, then edits her reply', async () => {
    await glossa.openApp();
    await openThread();
    await thread.getByTestId('reply-input').fill('Why start at this word?');
    await thread.getByTestId('reply-done').click();
    const reply = thread.getByTestId('reply');
    await expect(reply).toHaveCount(1);
    await expect(reply.getByTestId('reply-edited')).toHaveCount(0);
    await reply.getByTestId('reply-edit').click();
    await expect(reply.getByTestId('reply-edit-input')).toHaveValue('Why start at this word?');
    await reply.getByTestId('reply-edit-input').fill('Why start here and not at the sentence?');
    await reply.getByTestId('reply-save').click();
    await expect(reply.locator('.reply-body')).toHaveText('Why start here and not at the sentence?');
    await expect(reply.getByTestId('reply-edited')).toHaveText('· edited');
    expect(await bodies()).toEqual(['Why start here and not at the sentence?']);
    // Escape leaves an edit without saving it.
    await reply.getByTestId('reply-edit').click();
    await reply.getByTestId('reply-edit-input').fill('Never mind');
    await reply.getByTestId('reply-edit-input').press('Escape');
    await expect(reply.locator('.reply-body')).toHaveText('Why start here and not at the sentence?');
    expect(await bodies()).toEqual(['Why start here and not at the sentence?']);
  });

  await test.step('she deletes it, and Undo in the toast brings it back', async () => {
    await thread.getByTestId('reply').getByTestId('reply-delete').click();
    await expect(thread.getByTestId('reply')).toHaveCount(0);
    expect(await bodies()).toEqual([]);
    await expect(page.getByTestId('toast-info').filter({ hasText: 'Reply deleted.' })).toBeVisible();
    await page.getByTestId('reply-undo').click();
    await expect(thread.getByTestId('reply')).toHaveCount(1);
    expect(await bodies()).toEqual(['Why start here and not at the sentence?']);
  });

  await test.step('in Russian: the same buttons and toast in Russian', async () => {
    await callApi(glossa, 'settings.set', { language: 'ru' });
    await page.reload();
    await openThread();
    const reply = thread.getByTestId('reply');
    await expect(reply.getByTestId('reply-edit')).toHaveText('Изменить');
    await expect(reply.getByTestId('reply-delete')).toHaveText('Удалить');
    await expect(reply.getByTestId('reply-edited')).toHaveText('· изменён');
    await reply.getByTestId('reply-edit').click();
    await expect(reply.getByTestId('reply-save')).toHaveText('Сохранить');
    await reply.getByTestId('reply-edit-input').fill('Почему отсюда?');
    await reply.getByTestId('reply-edit-input').press('Control+Enter');
    await expect(reply.locator('.reply-body')).toHaveText('Почему отсюда?');
    await reply.getByTestId('reply-delete').click();
    await expect(page.getByTestId('toast-info').filter({ hasText: 'Ответ удалён.' })).toBeVisible();
    await expect(page.getByTestId('reply-undo')).toHaveText('Вернуть');
    await page.getByTestId('reply-undo').click();
    await expect(thread.getByTestId('reply')).toHaveCount(1);
    expect(await bodies()).toEqual(['Почему отсюда?']);
    await callApi(glossa, 'settings.set', { language: 'en' });
  });

  await test.step("Boris cannot edit or delete Alice's reply, only his own", async () => {
    await becomes(glossa, BORIS);
    await glossa.openApp();
    await openThread();
    await thread.getByTestId('reply-input').fill('Because the verb starts there.');
    await thread.getByTestId('reply-done').click();
    const replies = thread.getByTestId('reply');
    await expect(replies).toHaveCount(2);
    await expect(replies.nth(0).getByTestId('reply-author')).toContainText('Alice');
    await expect(replies.nth(0).getByTestId('reply-edit')).toHaveCount(0);
    await expect(replies.nth(0).getByTestId('reply-delete')).toHaveCount(0);
    await expect(replies.nth(1).getByTestId('reply-author')).toContainText('Boris');
    await expect(replies.nth(1).getByTestId('reply-edit')).toBeVisible();
    await expect(replies.nth(1).getByTestId('reply-delete')).toBeVisible();
  });
});
