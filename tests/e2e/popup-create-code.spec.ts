// Coding at the speed of reading, in Chromium against the web host: a typed name that matches
// no code offers "Create code …" (parent chosen, created and applied in one go); a selection
// becomes an in-vivo code; the highlighted code's definition shows in the popup; keys 1–9 on
// a mouse selection apply the recent code with that badge (the old popup typed the digit
// into its filter), and the badges are numbered without gaps.
import { EN_SENTENCES, EN_TITLE } from '../fixtures/pdf-fixtures';
import { callApi } from './api-call';
import { expect, test } from './fixtures';
import { CodingPage } from './pages/coding-page';

test.use({ seed: ['english'] });

interface ListedCode { id: string; parentId: string | null; text: { en: { name: string } } }

test('create a code from the popup, in vivo, and apply recent codes with 1–9', async ({ glossa, page, library, reader }) => {
  const coding = new CodingPage(page);
  await glossa.openApp();
  await library.open(EN_TITLE);
  await reader.expectOpen(3);
  const codes = await callApi<ListedCode[]>(glossa, 'codes.list');
  const parent = codes.find((c) => c.text.en.name === 'Knowledge production')!;

  // The report prints sentence i on page i + 1.
  const select = async (text: string) => {
    const span = coding.span(EN_SENTENCES.indexOf(text), text);
    await coding.centerInReader(span);
    await coding.dragSelect(span, span);
    await expect(coding.popup).toBeVisible();
  };

  await test.step('a new name: Create code … under a chosen parent, applied at once', async () => {
    await select(EN_SENTENCES[0]);
    await page.keyboard.type('Border monitoring missions');
    await expect(coding.popup.getByTestId('code-option-create')).toHaveText('Create code “Border monitoring missions”…');
    await coding.popup.getByTestId('code-option-create').click();
    await expect(coding.popup.getByTestId('code-creator-name')).toHaveValue('Border monitoring missions');
    await coding.popup.getByTestId('code-creator-parent').selectOption(parent.id);
    await coding.popup.getByTestId('code-creator-create').click();
    await expect(coding.popup.getByTestId('chosen-code')).toHaveText(/Border monitoring missions/);
    await page.keyboard.press('Enter');
    await expect(coding.popup).toBeHidden();
    await expect(coding.rows).toHaveCount(1);
    await expect(coding.rows.first().getByTestId('chosen-code')).toHaveText(/Border monitoring missions/);
    const made = (await callApi<ListedCode[]>(glossa, 'codes.list')).find((c) => c.text.en.name === 'Border monitoring missions');
    expect(made?.parentId).toBe(parent.id);
  });

  await test.step('in vivo: the selection becomes the code, created with the keyboard', async () => {
    await select(EN_SENTENCES[1]);
    const vivo = coding.popup.getByTestId('code-option-vivo');
    await expect(vivo).toHaveText('In vivo: “The national referral mechanism identified forty-two victims in the reporting…”');
    for (let i = 0; i < 60; i++) {
      if ((await vivo.getAttribute('aria-selected')) === 'true') break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect(coding.popup.getByTestId('code-creator-name')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(coding.popup.getByTestId('chosen-code')).toHaveText(/The national referral mechanism/);
    await coding.popup.getByTestId('popup-apply').click();
    await expect(coding.rows).toHaveCount(2);
  });

  await test.step('the highlighted code shows its definition; keys 1–9 apply recent codes', async () => {
    await select(EN_SENTENCES[2]);
    await page.keyboard.type('knowledge prod');
    await expect(coding.popup.getByTestId('code-picker-notes')).toContainText(/\S/);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    // Recent: 1 = the in-vivo code, 2 = Border monitoring missions; no gaps.
    await expect(coding.popup.getByTestId('code-option-key')).toHaveText(['1', '2']);
    await page.keyboard.press('2');
    await expect(coding.popup).toBeHidden();
    await expect(coding.rows).toHaveCount(3);
    const third = coding.rows.filter({ hasText: 'Labour exploitation' });
    await expect(third.getByTestId('chosen-code')).toHaveText(/Border monitoring missions/);
  });
});
