// Where the codings are (issue 14), in the browser host: on the 600-page report, passages coded
// on pages 20 and 450 (through the HTTP API, as the app makes them) show as two marks in the
// strip beside the scroll bar, read from the canvas's pixels at the heights of their pages;
// the hover names page and codes, a click on the lower mark brings the reader to page 450,
// the panel's code filter leaves one mark. On the mini TIP report the outline follows the
// chapter the reader is in. Screenshots at 1280 and 1024 px in English and Russian when
// GLOSSA_LOOK_DIR is set.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import { TIP_CHAPTERS } from '../fixtures/tip-outline-report';
import { callApi } from './api-call';
import { expect, test, type GlossaEnv } from './fixtures';
import type { LibraryPage } from './pages/library-page';
import type { ReaderPage } from './pages/reader-page';
import { repoRoot } from './web-host-process';

const execFileP = promisify(execFile);
const TSX = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

interface Doc { id: string; title: string; pageCount: number }

const FUNDING = '#e15759';
const TRAINING = '#4e79a7';
/** The passages' rects: one line near the top of an A4 page (842 pt), as the app stores them. */
const RECT = { x1: 56, y1: 756, x2: 300, y2: 772 };
const TOP_FRACTION = (842 - RECT.y2) / 842;

/** Codes `marker` (the start of its page's text) on each page with the given codes. */
async function codePages(glossa: GlossaEnv, doc: Doc, passages: Array<{ pageIndex: number; marker: string; codeIds: string[] }>): Promise<string[]> {
  const ids: string[] = [];
  for (const p of passages) {
    const text = await callApi<string>(glossa, 'documents.pageText', { id: doc.id, pageIndex: p.pageIndex });
    const at = text.indexOf(p.marker);
    expect(at).toBeGreaterThanOrEqual(0);
    const { quote, position } = createSelectors(text, at, at + p.marker.length);
    const target = { pageIndex: p.pageIndex, rects: [RECT], quote, position };
    const a = await callApi<{ id: string }>(glossa, 'annotations.create', { documentId: doc.id, kind: 'text', targets: [target], color: null, comment: '', codeIds: p.codeIds });
    ids.push(a.id);
  }
  return ids;
}

/** Reloads the app (after a language change) and shows the document in the reader again. */
async function reopen(glossa: GlossaEnv, library: LibraryPage, reader: ReaderPage, pages: number): Promise<void> {
  await glossa.page.reload();
  await expect(glossa.page.getByTestId('app')).toHaveAttribute('data-project', 'open');
  if (!(await reader.root.isVisible())) await library.open(/.+/);
  await reader.expectOpen(pages);
}

interface Run { top: number; bottom: number; colors: string[] }

/** The painted runs of the strip's canvas (rows with any opaque pixel), in CSS px, with their colours. */
function stripRuns(page: Page): Promise<Run[]> {
  return page.getByTestId('coding-strip-canvas').evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d')!;
    const dpr = canvas.width / canvas.clientWidth;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const hex = (i: number) => `#${[data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    const runs: Array<{ top: number; bottom: number; colors: Set<string> }> = [];
    for (let y = 0; y < canvas.height; y++) {
      const colors = new Set<string>();
      for (let x = 0; x < canvas.width; x++) if (data[(y * canvas.width + x) * 4 + 3] === 255) colors.add(hex((y * canvas.width + x) * 4));
      if (colors.size === 0) continue;
      const last = runs[runs.length - 1];
      if (last && last.bottom === y - 1) {
        last.bottom = y;
        colors.forEach((c) => last.colors.add(c));
      } else runs.push({ top: y, bottom: y, colors });
    }
    return runs.map((r) => ({ top: r.top / dpr, bottom: (r.bottom + 1) / dpr, colors: [...r.colors].sort() }));
  });
}

/** Where page `pageIndex` (plus `fraction` of it) lies on the strip, from the reader's own page boxes. */
function expectedY(page: Page, pageIndex: number, fraction: number): Promise<number> {
  return page.evaluate(([i, f]) => {
    const pages = document.querySelector<HTMLElement>('.reader-pages')!;
    const box = pages.querySelector<HTMLElement>(`[data-testid="reader-page"][data-page-index="${i}"]`)!;
    const strip = document.querySelector<HTMLElement>('[data-testid="coding-strip"]')!;
    return ((box.offsetTop + f * box.offsetHeight) / pages.offsetHeight) * strip.clientHeight;
  }, [pageIndex, fraction] as const);
}

test.describe('the strip on the 600-page report', () => {
  test.use({ seed: ['long'] });

  test('two passages far apart are two marks at their pages; a click on the lower one goes there', async ({ glossa, page, library, reader }) => {
    test.setTimeout(120_000);
    await callApi(glossa, 'settings.set', { language: 'en' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await glossa.openApp();
    const [doc] = await callApi<Doc[]>(glossa, 'documents.list', {});
    const funding = (await callApi<{ id: string }>(glossa, 'codes.create', { name: 'Funding', color: FUNDING })).id;
    const training = (await callApi<{ id: string }>(glossa, 'codes.create', { name: 'Training', color: TRAINING })).id;
    await codePages(glossa, doc, [
      { pageIndex: 19, marker: 'Page 20 of 600', codeIds: [funding] },
      { pageIndex: 449, marker: 'Page 450 of 600', codeIds: [funding, training] },
    ]);

    await library.open(/.+/);
    await reader.expectOpen(600);
    const strip = page.getByTestId('coding-strip');
    await expect(strip).toHaveAttribute('data-passages', '2');
    await expect(strip).toHaveAttribute('aria-label', /2 passages/);

    let runs: Run[] = [];
    await expect(async () => {
      runs = await stripRuns(page);
      expect(runs).toHaveLength(2);
    }).toPass({ timeout: 10_000 });
    const upperY = await expectedY(page, 19, TOP_FRACTION);
    const lowerY = await expectedY(page, 449, TOP_FRACTION);
    // Each mark starts at its passage's place (within a pixel) and is 3 px tall.
    expect(Math.abs(runs[0].top - upperY)).toBeLessThanOrEqual(1);
    expect(Math.abs(runs[1].top - lowerY)).toBeLessThanOrEqual(1);
    expect(runs[0].bottom - runs[0].top).toBe(3);
    // Page 450 of 600 is three quarters down the strip; page 20 near its top.
    const stripHeight = await strip.evaluate((el) => el.clientHeight);
    expect(lowerY / stripHeight).toBeGreaterThan(0.74);
    expect(lowerY / stripHeight).toBeLessThan(0.76);
    expect(runs[0].colors).toEqual([FUNDING]);
    expect(runs[1].colors).toEqual([TRAINING, FUNDING].sort());

    const box = (await strip.boundingBox())!;
    const lowerMid = (runs[1].top + runs[1].bottom) / 2;
    await page.mouse.move(box.x + box.width / 2, box.y + lowerMid);
    await expect(page.getByTestId('coding-strip-tip')).toHaveText('Page 450 · Funding, Training');

    await page.mouse.click(box.x + box.width / 2, box.y + lowerMid);
    await reader.expectShowing(450);
    // The passage is selected in the panel, as a click on its row would.
    await expect(page.getByTestId('annotation-row').filter({ hasText: 'Page 450 of 600' })).toHaveClass(/selected/);

    // A click between the marks goes to that point of the document: half-way is page 300 or 301.
    await page.mouse.click(box.x + box.width / 2, box.y + stripHeight / 2);
    await expect(reader.pageInput).toHaveValue(/^30[01]$/);

    // The panel's code filter: only the Training passage, in Training's colour.
    await page.getByTestId('annotation-filter').selectOption(training);
    await expect(strip).toHaveAttribute('data-passages', '1');
    await expect(async () => {
      const filtered = await stripRuns(page);
      expect(filtered).toHaveLength(1);
      expect(filtered[0].colors).toEqual([TRAINING]);
    }).toPass({ timeout: 5_000 });
    await page.getByTestId('annotation-filter').selectOption('');
    await expect(strip).toHaveAttribute('data-passages', '2');

    // From the keyboard: Home goes to the first passage, Down to the next one after the current page.
    await strip.focus();
    await page.keyboard.press('Home');
    await reader.expectShowing(20);
    await page.keyboard.press('ArrowDown');
    await reader.expectShowing(450);
    await page.keyboard.press('ArrowUp');
    await reader.expectShowing(20);

    const lookDir = process.env.GLOSSA_LOOK_DIR;
    if (lookDir) {
      for (const lang of ['en', 'ru'] as const) {
        await callApi(glossa, 'settings.set', { language: lang });
        await reopen(glossa, library, reader, 600);
        for (const width of [1280, 1024]) {
          await page.setViewportSize({ width, height: 800 });
          await expect(async () => expect(await stripRuns(page)).toHaveLength(2)).toPass({ timeout: 10_000 });
          const b = (await strip.boundingBox())!;
          const y = await expectedY(page, 449, TOP_FRACTION);
          await page.mouse.move(b.x + b.width / 2, b.y + y + 1);
          await expect(page.getByTestId('coding-strip-tip')).toBeVisible();
          await page.screenshot({ path: path.join(lookDir, `coding-strip-${lang}-${width}.png`) });
        }
      }
    }
  });
});

test.describe('the strip on 2,000 passages', () => {
  test.use({ seed: ['long'] });

  test('passages on every page are painted as runs in one canvas; a click opens the one under the pointer', async ({ glossa, page, library, reader }) => {
    test.setTimeout(180_000);
    // Seeded into the project file while no host has it open (tests/e2e/panel-seed.ts): one
    // passage per page round robin, 3⅓ per page, in the default codebook's first six codes.
    await glossa.killHost();
    await execFileP(TSX, [path.join(__dirname, 'panel-seed.ts'), JSON.stringify({ projectPath: glossa.projectPath, dataDir: glossa.dataDir, count: 2000 })], { cwd: repoRoot });
    await glossa.restartHost();
    await callApi(glossa, 'settings.set', { language: 'en' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await glossa.openApp();
    await library.open(/.+/);
    await reader.expectOpen(600);

    const strip = page.getByTestId('coding-strip');
    await expect(strip).toHaveAttribute('data-passages', '2000');
    // One canvas and the band: no element per passage.
    expect(await strip.locator('*').count()).toBe(2);
    const stripHeight = await strip.evaluate((el) => el.clientHeight);
    let runs: Run[] = [];
    await expect(async () => {
      runs = await stripRuns(page);
      // A passage on every page, 1.2 strip px apart, each mark 3 px: the marks touch all the way down.
      const painted = runs.reduce((sum, r) => sum + (r.bottom - r.top), 0);
      expect(painted).toBeGreaterThan(stripHeight * 0.95);
    }).toPass({ timeout: 10_000 });
    expect(new Set(runs.flatMap((r) => r.colors)).size).toBe(6);

    const box = (await strip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + stripHeight * 0.9);
    await expect(page.getByTestId('coding-strip-tip')).toHaveText(/^Pages 5\d\d–5\d\d · \d+ passages · /);
    await page.mouse.click(box.x + box.width / 2, box.y + stripHeight * 0.9);
    await expect(async () => {
      const shown = Number(await reader.pageInput.inputValue());
      expect(shown).toBeGreaterThanOrEqual(535);
      expect(shown).toBeLessThanOrEqual(545);
    }).toPass({ timeout: 10_000 });
    await expect(page.locator('[data-testid="annotation-row"].selected')).toHaveCount(1);

    const lookDir = process.env.GLOSSA_LOOK_DIR;
    if (lookDir) {
      for (const [lang, width] of [['en', 1280], ['ru', 1024]] as const) {
        await callApi(glossa, 'settings.set', { language: lang });
        await reopen(glossa, library, reader, 600);
        await page.setViewportSize({ width, height: 800 });
        const b = (await strip.boundingBox())!;
        await page.mouse.move(b.x + b.width / 2, b.y + b.height * 0.3);
        await expect(page.getByTestId('coding-strip-tip')).toBeVisible();
        await page.screenshot({ path: path.join(lookDir, `coding-strip-2000-${lang}-${width}.png`) });
      }
    }
  });
});

test.describe('the outline follows the chapter', () => {
  test.use({ seed: ['tip-outline'] });

  test('scrolling through the report marks the outline entry of the current page', async ({ glossa, page, library, reader }) => {
    await callApi(glossa, 'settings.set', { language: 'en' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await glossa.openApp();
    const [doc] = await callApi<Doc[]>(glossa, 'documents.list', {});
    const funding = (await callApi<{ id: string }>(glossa, 'codes.create', { name: 'Funding', color: FUNDING })).id;
    await codePages(glossa, doc, TIP_CHAPTERS.map((ch) => ({ pageIndex: ch.firstPage, marker: ch.marker, codeIds: [funding] })));

    await library.open(/.+/);
    await reader.expectOpen(13);
    await page.getByTestId('toggle-outline').click();
    const outline = page.getByTestId('outline');
    const current = outline.locator('[data-testid="outline-item"][aria-current="location"]');
    // The cover comes before the first bookmark: nothing is current.
    await expect(outline.getByTestId('outline-item').first()).toHaveText('Introduction');
    await expect(current).toHaveCount(0);

    await reader.goToPage(2);
    await expect(current).toHaveText('Introduction');

    // Scrolling (not go-to-page) into Georgia's chapter marks Georgia, inside its chapter, and
    // on through its second page.
    const georgia = TIP_CHAPTERS[2];
    const scroller = page.locator('.reader-scroll');
    const scrollToPage = async (pageIndex: number) => {
      const top = await reader.pageBox(pageIndex + 1).evaluate((el) => (el as HTMLElement).offsetTop);
      await scroller.evaluate((el, y) => el.scrollTo({ top: y }), top + 20);
      await expect(reader.pageInput).toHaveValue(String(pageIndex + 1));
    };
    await scrollToPage(georgia.firstPage);
    await expect(current).toHaveText(georgia.title);
    await expect(current).toBeInViewport();
    await scrollToPage(georgia.firstPage + 1);
    await expect(current).toHaveText(georgia.title);
    await scrollToPage(TIP_CHAPTERS[1].firstPage);
    await expect(current).toHaveText(TIP_CHAPTERS[1].title);

    await reader.goToPage(13);
    await expect(current).toHaveText('Annex: methodology');
    await reader.goToPage(1);
    await expect(current).toHaveCount(0);

    const lookDir = process.env.GLOSSA_LOOK_DIR;
    if (lookDir) {
      for (const lang of ['en', 'ru'] as const) {
        await callApi(glossa, 'settings.set', { language: lang });
        await reopen(glossa, library, reader, 13);
        if ((await page.getByTestId('toggle-outline').getAttribute('aria-pressed')) !== 'true') await page.getByTestId('toggle-outline').click();
        await reader.goToPage(11);
        await expect(current).toHaveText(TIP_CHAPTERS[3].title);
        for (const width of [1280, 1024]) {
          await page.setViewportSize({ width, height: 800 });
          await page.getByTestId('coding-strip').hover({ position: { x: 7, y: 5 } });
          await page.screenshot({ path: path.join(lookDir, `coding-strip-outline-${lang}-${width}.png`) });
        }
      }
    }
  });
});
