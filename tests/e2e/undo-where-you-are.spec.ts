// Undo where the user is (issue 9, item 3): in the Codebook, Ctrl+Z brings a deleted code back and
// Ctrl+Shift+Z deletes it again, while the top bar's search box (typed in earlier) keeps its text;
// inside a text field (the search box, a code's name) Ctrl+Z only undoes the text there.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TYPED = 'border crossing';

async function deleteCode(page: Page, node: Locator): Promise<void> {
  await node.click();
  await page.getByTestId('code-editor').getByTestId('code-delete').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('toast-info').filter({ hasText: 'Code deleted' })).toBeVisible();
}

test('Ctrl+Z in the Codebook undoes the deletion, not the search box', async ({ glossa, page, shell }) => {
  await glossa.openApp();
  // Typed key by key (as a user does): Chromium records it on the page's native undo stack.
  await shell.searchInput.click();
  await shell.searchInput.pressSequentially(TYPED);
  await page.getByTestId('tab-codebook').click();
  const tree = page.getByTestId('codebook-tree');
  const first = tree.getByTestId('code-node').first();
  const id = (await first.getAttribute('data-code-id'))!;
  const node = tree.locator(`[data-testid="code-node"][data-code-id="${id}"]`);
  const count = await tree.getByTestId('code-node').count();
  let afterDelete = 0; // the code and its sub-codes gone

  await test.step('delete a code, Ctrl+Z brings it back', async () => {
    await deleteCode(page, node);
    await expect(node).toHaveCount(0);
    afterDelete = await tree.getByTestId('code-node').count();
    await page.keyboard.press('Control+z');
    await expect(node).toHaveCount(1);
    await expect(tree.getByTestId('code-node')).toHaveCount(count);
    await expect(shell.searchInput).toHaveValue(TYPED);
  });

  await test.step('Ctrl+Shift+Z deletes it again; Ctrl+Y after another Ctrl+Z too', async () => {
    await page.keyboard.press('Control+Shift+z');
    await expect(node).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(node).toHaveCount(1);
    await page.keyboard.press('Control+y');
    await expect(node).toHaveCount(0);
    await expect(shell.searchInput).toHaveValue(TYPED);
  });

  await test.step('Ctrl+Z inside the search box undoes its text only', async () => {
    await shell.searchInput.click();
    await shell.searchInput.press('End');
    await shell.searchInput.pressSequentially(' visas');
    await expect(shell.searchInput).toHaveValue(`${TYPED} visas`);
    await shell.searchInput.press('Control+z');
    await expect(shell.searchInput).toHaveValue(TYPED);
    // The deleted code stays deleted: the project's undo was not run.
    await expect(node).toHaveCount(0);
    await expect(tree.getByTestId('code-node')).toHaveCount(afterDelete);
  });
});

test('Ctrl+Z in a code name field undoes the typing there and nothing else', async ({ glossa, page, shell }) => {
  await glossa.openApp();
  await shell.searchInput.click();
  await shell.searchInput.pressSequentially(TYPED);
  await page.getByTestId('tab-codebook').click();
  const tree = page.getByTestId('codebook-tree');
  const first = tree.getByTestId('code-node').first();
  const name = (await first.locator('.code-node-name').textContent())!;
  await first.click();
  const input = page.getByTestId('code-editor').getByTestId('code-name');
  await expect(input).toHaveValue(name);

  await input.click();
  await input.press('End');
  await input.pressSequentially(' X');
  await expect(input).toHaveValue(`${name} X`);
  await input.press('Control+z');
  await expect(input).toHaveValue(name);
  // Nothing left to undo in this field: a second Ctrl+Z must not rewind the search box instead.
  await input.press('Control+z');
  await expect(input).toHaveValue(name);
  await expect(shell.searchInput).toHaveValue(TYPED);
  await expect(tree.getByTestId('code-node').first()).toContainText(name);
});
