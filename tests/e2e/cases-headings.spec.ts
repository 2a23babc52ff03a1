// Cases from headings in the browser host: the generated mini TIP report WITHOUT an outline
// (its structure only in its type: country headings in larger bold type) seeded with the CLI,
// codings made through the HTTP API; in the UI "Make cases from outline…" finds no outline and
// offers the headings, the preview shows the four country cases to confirm, they are made; a
// case is added by hand from a page range; then the evidence browser is filtered by a case
// country. Screenshots at 1280 and 1024 px, English and Russian, when GLOSSA_LOOK_DIR is set.
import path from 'node:path';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import { TIP_CHAPTERS } from '../fixtures/tip-outline-report';
import { callApi } from './api-call';
import { expect, test, type GlossaEnv } from './fixtures';

test.use({ seed: ['tip-headings'] });

interface Doc { id: string; title: string; pageCount: number }

/** Codes the marker sentence of each chapter: Funding on every chapter, Training on the first and third. */
async function seedCodings(glossa: GlossaEnv): Promise<Doc> {
  const [doc] = await callApi<Doc[]>(glossa, 'documents.list', {});
  const funding = (await callApi<{ id: string }>(glossa, 'codes.create', { name: 'Funding', color: '#e15759' })).id;
  const training = (await callApi<{ id: string }>(glossa, 'codes.create', { name: 'Training', color: '#4e79a7' })).id;
  for (const [i, ch] of TIP_CHAPTERS.entries()) {
    const text = await callApi<string>(glossa, 'documents.pageText', { id: doc.id, pageIndex: ch.firstPage });
    const at = text.indexOf(ch.marker);
    expect(at).toBeGreaterThanOrEqual(0);
    const { quote, position } = createSelectors(text, at, at + ch.marker.length);
    const target = { pageIndex: ch.firstPage, rects: [{ x1: 72, y1: 700, x2: 400, y2: 714 }], quote, position };
    await callApi(glossa, 'annotations.create', { documentId: doc.id, kind: 'text', targets: [target], color: null, comment: '', codeIds: i % 2 === 0 ? [funding, training] : [funding] });
  }
  return doc;
}

test('make country cases from the headings of a PDF without an outline, then filter evidence by case country', async ({ glossa, page }) => {
  const lookDir = process.env.GLOSSA_LOOK_DIR;
  const look = async (name: string) => {
    if (!lookDir) return;
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: path.join(lookDir, `${name}-${width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  };
  await callApi(glossa, 'settings.set', { language: 'en' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await glossa.openApp();
  await seedCodings(glossa);
  await page.getByTestId('tab-library').click();
  const docRow = page.getByTestId('library-row').first();
  await docRow.click();
  await docRow.getByTestId('library-cases').click();
  const drawer = page.getByTestId('cases-drawer');
  await drawer.getByTestId('cases-from-outline').click();
  // No outline: the drawer offers the headings instead of an error.
  await expect(drawer.getByTestId('cases-no-outline')).toBeVisible();
  await expect(drawer.getByTestId('cases-error')).toHaveCount(0);
  await look('cases-no-outline-en');
  await drawer.getByTestId('cases-from-headings').click();
  // Found for confirmation: the country style by default, the four narratives with their pages.
  await expect(drawer.getByTestId('cases-headings-found')).toHaveText('9 headings found; check them before the cases are made.');
  await expect(drawer.getByTestId('cases-preview-count')).toHaveText('4 cases will be made');
  await expect(drawer.getByTestId('cases-preview').locator('li')).toHaveText([
    'MOLDOVA: Tier 2 — pp. 3–5 · Moldova',
    'UKRAINE: Tier 2 Watch List — pp. 6–7 · Ukraine',
    'GEORGIA: Tier 1 — pp. 8–10 · Georgia',
    'Азербайджан: Tier 2 — pp. 11–12 · Azerbaijan',
  ]);
  await look('cases-headings-preview-en');
  // The chapter style (20 pt) would make three cases; back to the countries.
  await drawer.getByTestId('cases-level').selectOption('1');
  await expect(drawer.getByTestId('cases-preview-count')).toHaveText('3 cases will be made');
  await drawer.getByTestId('cases-level').selectOption('2');
  await expect(drawer.getByTestId('cases-preview-count')).toHaveText('4 cases will be made');
  await drawer.getByTestId('cases-create').click();
  await expect(drawer.getByTestId('cases-message')).toHaveText('4 cases made');
  await expect(drawer.getByTestId('case-row')).toHaveCount(4);

  // A case by hand: the annex page, its country from its name.
  await drawer.getByTestId('cases-manual').click();
  await drawer.getByTestId('cases-manual-name').fill('Georgia annex');
  await drawer.getByTestId('cases-manual-first').fill('13');
  await drawer.getByTestId('cases-manual-last').fill('13');
  await drawer.getByTestId('cases-manual-create').click();
  await expect(drawer.getByTestId('cases-message')).toHaveText('Case “Georgia annex” made');
  await expect(drawer.getByTestId('case-row')).toHaveCount(5);
  await expect(drawer.getByTestId('case-country').last()).toHaveValue('georgia');
  await look('cases-headings-made-en');
  await page.keyboard.press('Escape');

  // The evidence browser filtered by case country: Georgia's passage (Funding + Training).
  await page.getByTestId('tab-evidence').click();
  await expect(page.getByTestId('evidence-count')).toHaveAttribute('data-total', '6');
  await page.getByTestId('evidence-filter-case-countries').click();
  await page.getByTestId('evidence-filter-case-countries-georgia').check();
  await expect(page.getByTestId('evidence-count')).toHaveAttribute('data-total', '2');
  await expect(page.getByTestId('evidence-row')).toHaveCount(2);
  await expect(page.getByTestId('evidence-row').first()).toContainText('Georgia prosecutes traffickers with EU support.');
  // And Ukraine too: its one Funding coding joins.
  await page.getByTestId('evidence-filter-case-countries-ukraine').check();
  await expect(page.getByTestId('evidence-count')).toHaveAttribute('data-total', '3');
  await look('cases-headings-evidence-en');

  if (lookDir) {
    await callApi(glossa, 'settings.set', { language: 'ru' });
    await page.reload();
    await page.getByTestId('tab-evidence').click();
    await page.getByTestId('evidence-filter-case-countries').click();
    await look('cases-headings-evidence-ru');
    await page.getByTestId('tab-library').click();
    await page.getByTestId('library-row').first().click();
    await page.getByTestId('library-row').first().getByTestId('library-cases').click();
    await look('cases-headings-made-ru');
    await page.getByTestId('cases-manual').click();
    await look('cases-manual-ru');
  }
});
