// The bilingual codebook in the real app: renaming a code and editing its definition in the
// English interface changes the English texts only; in the Russian interface the code keeps its
// Russian name and Russian notes; a code created in Russian shows its Russian name in English.
import { expect, test } from './fixtures';
import { callApi } from './api-call';

const KNOWLEDGE_PRODUCTION = 'e94e7bd8-d18f-4a54-871a-945d653022f1';

test('editing a code in one interface language leaves the other language alone', async ({ glossa, page }) => {
  await glossa.openApp();
  await page.getByTestId('tab-codebook').click();
  const node = page.locator(`[data-testid="code-node"][data-code-id="${KNOWLEDGE_PRODUCTION}"]`);
  const editor = page.getByTestId('code-editor');

  await test.step('rename and redefine in English', async () => {
    await node.click();
    await editor.getByTestId('code-name').fill('Knowledge generation');
    await editor.getByTestId('code-name').press('Enter');
    await expect(node).toContainText('Knowledge generation');
    await editor.getByTestId('code-definition').fill('Alice: studies the actor commissions.');
    await editor.getByTestId('code-definition').blur();
    await expect.poll(async () => (await callApi<Array<{ id: string; text: { en: { definition: string } } }>>(glossa, 'codes.list')).find((c) => c.id === KNOWLEDGE_PRODUCTION)!.text.en.definition).toBe('Alice: studies the actor commissions.');
  });

  await test.step('the Russian interface still shows the Russian name and definition', async () => {
    await callApi(glossa, 'settings.set', { language: 'ru' });
    await page.reload();
    await page.getByTestId('tab-codebook').click();
    await expect(node).toContainText('Производство знаний');
    await node.click();
    await expect(editor.getByTestId('code-name')).toHaveValue('Производство знаний');
    await expect(editor.getByTestId('code-definition')).toHaveValue(/^Актор производит новое знание о торговле людьми/);
  });

  await test.step('a code created in Russian is named in Russian, and English falls back to that name', async () => {
    await page.getByTestId('code-new').click();
    const input = editor.getByTestId('code-name');
    await expect(input).not.toHaveValue('');
    await input.click();
    await input.fill('Экспертная оценка');
    await input.press('Enter');
    await expect(page.getByTestId('code-node').filter({ hasText: 'Экспертная оценка' })).toHaveCount(1);
    await callApi(glossa, 'settings.set', { language: 'en' });
    await page.reload();
    await page.getByTestId('tab-codebook').click();
    await expect(node).toContainText('Knowledge generation');
    await expect(page.getByTestId('code-node').filter({ hasText: 'Экспертная оценка' })).toHaveCount(1);
    const codes = await callApi<Array<{ text: { en: { name: string }; ru: { name: string } } }>>(glossa, 'codes.list');
    expect(codes.filter((c) => c.text.ru.name === 'Экспертная оценка').map((c) => c.text.en.name)).toEqual(['']);
  });
});
