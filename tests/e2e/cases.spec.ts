// Cases below the document in the browser host: the generated mini TIP report (an outline with
// four country chapters) seeded with the CLI, codings made through the HTTP API as the app
// makes them; then in the UI the report's outline becomes country cases (level, preview,
// create) and the analysis view shows codes by case country, also per 100 pages.
import { createSelectors } from '../../shared/anchoring/create-selectors';
import { TIP_CHAPTERS } from '../fixtures/tip-outline-report';
import { callApi } from './api-call';
import { expect, test, type GlossaEnv } from './fixtures';

test.use({ seed: ['tip-outline'] });

interface Doc { id: string; title: string; pageCount: number }

/** Codes the marker sentence of each chapter (Funding on every chapter, Training on two). */
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

test('make country cases from the outline and see codes by country', async ({ glossa, page }) => {
  await callApi(glossa, 'settings.set', { language: 'en' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await glossa.openApp();
  await seedCodings(glossa);
  await page.getByTestId('tab-library').click();
  const docRow = page.getByTestId('library-row').first();
  await docRow.click();
  await docRow.getByTestId('library-cases').click();
  const drawer = page.getByTestId('cases-drawer');
  await expect(drawer.getByTestId('cases-empty')).toBeVisible();
  await drawer.getByTestId('cases-from-outline').click();
  // Default level: the country level (4 entries) rather than the chapters (3).
  await expect(drawer.getByTestId('cases-preview-count')).toHaveText('4 cases will be made');
  await expect(drawer.getByTestId('cases-preview').locator('li')).toHaveText([
    'MOLDOVA: Tier 2 — pp. 3–5 · Moldova',
    'UKRAINE: Tier 2 Watch List — pp. 6–7 · Ukraine',
    'GEORGIA: Tier 1 — pp. 8–10 · Georgia',
    'Азербайджан: Tier 2 — pp. 11–12 · Azerbaijan',
  ]);
  await drawer.getByTestId('cases-level').selectOption('0');
  await expect(drawer.getByTestId('cases-preview-count')).toHaveText('3 cases will be made');
  await drawer.getByTestId('cases-level').selectOption('1');
  await expect(drawer.getByTestId('cases-preview-count')).toHaveText('4 cases will be made');
  await drawer.getByTestId('cases-create').click();
  await expect(drawer.getByTestId('cases-message')).toHaveText('4 cases made');
  await expect(drawer.getByTestId('case-row')).toHaveCount(4);
  await expect(drawer.getByTestId('case-country').first()).toHaveValue('moldova');

  await page.getByTestId('tab-analysis').click();
  await page.getByTestId('analysis-dimension').selectOption('caseCountry');
  const table = page.getByTestId('analysis-frequency-table');
  await expect(table.locator('thead th')).toHaveText(['Code', 'Azerbaijan', 'Georgia', 'Moldova', 'Ukraine', 'Total']);
  const row = (name: string) => table.locator('tbody tr').filter({ hasText: name }).locator('td');
  await expect(row('Funding')).toHaveText(['1', '1', '1', '1', '4']);
  await expect(row('Training')).toHaveText(['', '1', '1', '', '2']);
  // Per 100 pages of each country's case: Georgia's 3 pages give 33.3, Azerbaijan's 2 give 50.
  await page.getByTestId('analysis-measure').selectOption('per100Pages');
  await expect(row('Funding')).toHaveText(['50', '33.3', '33.3', '50', '4']);
});
