// Editing a highlight after it is made (issue 14 item 1), in Chromium against the web host:
// Shift/Alt+arrows move the selected highlight's end and start, a drag handle moves its end,
// each move re-anchors the quote shown in the annotations panel and keeps the codes, Ctrl+Z
// takes the key steps back as one; an orphan is re-attached by selecting its new passage; a
// passage flagged as an exemplar quote is what the evidence browser's Exemplars filter shows.
// Screenshots at 1280 and 1024 px, English and Russian, when GLOSSA_LOOK_DIR is set.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import { EN_SENTENCES, EN_TITLE } from '../fixtures/pdf-fixtures';
import { callApi } from './api-call';
import { expect, test, type GlossaEnv } from './fixtures';
import { CodingPage } from './pages/coding-page';
import { EvidencePage } from './pages/evidence-page';

test.use({ seed: ['english'] });

interface Doc { id: string; pageCount: number }
interface Made { id: string }

async function targetOf(glossa: GlossaEnv, doc: Doc, phrase: string) {
  for (let pageIndex = 0; pageIndex < doc.pageCount; pageIndex++) {
    const text = await callApi<string>(glossa, 'documents.pageText', { id: doc.id, pageIndex });
    const at = text.indexOf(phrase);
    if (at >= 0) {
      const { quote, position } = createSelectors(text, at, at + phrase.length);
      return { pageIndex, rects: [], quote, position };
    }
  }
  throw new Error(`"${phrase}" not found`);
}

/** Client point just past the end of `word` in the text layer of page `pageIndex`. */
async function pointAfter(page: Page, pageIndex: number, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate(([i, w]) => {
    const spans = document.querySelectorAll(`[data-testid="reader-page"][data-page-index="${i}"] [data-testid="text-layer"] span`);
    for (const span of spans) {
      const node = span.firstChild;
      const at = node?.textContent?.indexOf(w) ?? -1;
      if (!node || at < 0) continue;
      const r = document.createRange();
      r.setStart(node, at);
      r.setEnd(node, at + w.length);
      const b = r.getBoundingClientRect();
      return { x: b.right + 1, y: b.top + b.height / 2 };
    }
    throw new Error(`no "${w}" on page ${i}`);
  }, [pageIndex, word] as const);
}

test('move a highlight with the keyboard and a handle, re-attach an orphan', async ({ glossa, page, library, reader }) => {
  const coding = new CodingPage(page);
  await glossa.openApp();
  const [doc] = await callApi<Doc[]>(glossa, 'documents.list', {});
  const code = await callApi<Made>(glossa, 'codes.create', { name: 'Referral', color: '#4e79a7' });
  const a = await callApi<Made>(glossa, 'annotations.create', {
    documentId: doc.id, kind: 'text', targets: [await targetOf(glossa, doc, 'national referral mechanism')], color: null, comment: 'Note kept', codeIds: [code.id],
  });
  await callApi(glossa, 'webAnnotations.import', {
    documentId: doc.id,
    json: JSON.stringify({ type: 'Annotation', id: 'urn:x:gone', target: { source: 'x', selector: { type: 'TextQuoteSelector', exact: 'a sentence this report never contained anywhere' } } }),
  });
  await library.open(EN_TITLE);
  await reader.expectOpen(3);
  const row = coding.row(a.id);
  const quote = row.locator('.annotation-quote');
  await expect(quote).toHaveText('national referral mechanism');

  await test.step('select the highlight: handles at both ends', async () => {
    await row.locator('.annotation-main').click();
    await expect(page.getByTestId('handle-start')).toHaveCount(1);
    await expect(page.getByTestId('handle-end')).toHaveCount(1);
  });

  await test.step('Shift/Alt+arrows move the end and the start; Ctrl+Z takes the steps back as one', async () => {
    await page.keyboard.press('Control+Shift+ArrowRight');
    await expect(quote).toHaveText('national referral mechanism identified');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(quote).toHaveText('national referral mechanism identifie');
    await page.keyboard.press('Control+Alt+Shift+ArrowLeft');
    await expect(quote).toHaveText('The national referral mechanism identifie');
    await expect(row.getByTestId('chosen-code')).toHaveText(/Referral/);
    await expect(row).toContainText('Note kept');
    await page.keyboard.press('Control+z');
    await expect(quote).toHaveText('national referral mechanism');
    await expect(row.getByTestId('chosen-code')).toHaveText(/Referral/);
  });

  await test.step('drag the end handle to a later word: the quote follows', async () => {
    await coding.centerInReader(page.getByTestId('handle-end'));
    const handle = (await page.getByTestId('handle-end').boundingBox())!;
    const to = await pointAfter(page, 1, 'victims');
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move((handle.x + to.x) / 2, to.y, { steps: 4 });
    await expect(page.getByTestId('pending-highlight').first()).toBeVisible();
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await expect(quote).toHaveText('national referral mechanism identified forty-two victims');
    await expect(coding.popup).toBeHidden();
    await expect(coding.highlights(1, a.id).first()).toBeVisible();
  });

  await test.step('re-attach the orphan to a new selection', async () => {
    const orphan = coding.rows.filter({ has: page.getByTestId('orphan-flag') });
    await expect(orphan).toHaveCount(1);
    await orphan.getByTestId('annotation-reattach').click();
    await expect(page.getByTestId('reattach-banner')).toBeVisible();
    const span = coding.span(2, EN_SENTENCES[2]);
    await coding.centerInReader(span);
    await coding.dragSelect(span, span);
    await expect(page.getByTestId('reattach-banner')).toHaveCount(0);
    await expect(coding.rows.filter({ has: page.getByTestId('orphan-flag') })).toHaveCount(0);
    await expect(coding.rows.filter({ hasText: EN_SENTENCES[2] })).toHaveCount(1);
    await expect(coding.popup).toBeHidden();
  });

  const lookDir = process.env.GLOSSA_LOOK_DIR;
  if (lookDir) {
    for (const lang of ['en', 'ru'] as const) {
      await callApi(glossa, 'settings.set', { language: lang });
      await page.reload();
      await library.open(EN_TITLE);
      await reader.expectOpen(3);
      for (const width of [1280, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        await coding.row(a.id).locator('.annotation-main').click();
        await expect(page.getByTestId('handle-end')).toHaveCount(1);
        await page.screenshot({ path: path.join(lookDir, `highlight-handles-${lang}-${width}.png`) });
      }
    }
  }
});

test('flag an exemplar quote and filter the evidence browser to it; the reader panel shows the star', async ({ glossa, page, library, reader }) => {
  await glossa.openApp();
  const [doc] = await callApi<Doc[]>(glossa, 'documents.list', {});
  const code = await callApi<Made>(glossa, 'codes.create', { name: 'Situation', color: '#e15759' });
  for (const s of EN_SENTENCES) {
    await callApi(glossa, 'annotations.create', { documentId: doc.id, kind: 'text', targets: [await targetOf(glossa, doc, s)], color: null, comment: '', codeIds: [code.id] });
  }
  const evidence = new EvidencePage(page);
  await evidence.open();
  await evidence.expectTotal(3);
  const row = evidence.rows.filter({ hasText: EN_SENTENCES[1].slice(0, 30) });
  await row.getByTestId('exemplar-star').click();
  await expect(row.getByTestId('exemplar-star')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('evidence-exemplars-only').check();
  await evidence.expectTotal(1);
  await expect(evidence.rows).toHaveCount(1);
  await expect(evidence.rows.first()).toContainText(EN_SENTENCES[1]);
  await expect(evidence.rows.first().getByTestId('exemplar-star')).toHaveAttribute('aria-pressed', 'true');

  const lookDir = process.env.GLOSSA_LOOK_DIR;
  if (lookDir) {
    for (const lang of ['en', 'ru'] as const) {
      await callApi(glossa, 'settings.set', { language: lang });
      await page.reload();
      await evidence.open();
      await page.getByTestId('evidence-exemplars-only').uncheck();
      await evidence.expectTotal(3);
      for (const width of [1280, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        await page.screenshot({ path: path.join(lookDir, `evidence-exemplar-${lang}-${width}.png`) });
      }
    }
  }

  // Unflagging from the reader's panel: the evidence filter then finds nothing.
  await page.getByTestId('tab-library').click();
  await library.open(EN_TITLE);
  await reader.expectOpen(3);
  const coding = new CodingPage(page);
  const starred = coding.rows.filter({ hasText: EN_SENTENCES[1].slice(0, 30) }).getByTestId('exemplar-star');
  await expect(starred).toHaveAttribute('aria-pressed', 'true');
  await expect(coding.rows.getByTestId('exemplar-star').and(page.locator('[aria-pressed="true"]'))).toHaveCount(1);
  await starred.click();
  await expect(starred).toHaveAttribute('aria-pressed', 'false');
  await evidence.open();
  await page.getByTestId('evidence-exemplars-only').check();
  await evidence.expectTotal(0);
});
