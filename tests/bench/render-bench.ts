// Time to first rendered page of the generated 600-page report in Chromium, driven the way a
// user opens it: the built web host serves a project holding that PDF, Chromium shows the
// library, and we click Open. Measured inside the page, from the click (a capture-phase
// listener) to the first animation frame after a page box gets `reader-page-rendered` (the
// reader adds that class once the page's canvas is drawn; renderer/features/reader/page-views.ts),
// so no reader code needs a benchmark hook and Playwright's polling adds nothing to the figure.
// Cold = a fresh browser context (reader chunk, pdf.js worker and the PDF bytes all loaded);
// warm = closing and reopening the document in the same tab. Needs `npm run build` first.
// Run alone: `npx tsx tests/bench/render-bench.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { longReportPath } from '../fixtures/pdf-fixtures';
import { seedProject, startWebHost } from '../e2e/web-host-process';

const COLD_RUNS = 3;
const WARM_RUNS = 5;

const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** Installed before the app loads: records the click on Open and the first painted page. */
function installProbe(): void {
  const w = window as unknown as { __glossaRender: { clickAt: number; paintedAt: number } };
  w.__glossaRender = { clickAt: 0, paintedAt: 0 };
  document.addEventListener(
    'click',
    (e) => {
      if ((e.target as Element | null)?.closest?.('[data-testid="library-open"]')) {
        w.__glossaRender = { clickAt: performance.now(), paintedAt: 0 };
      }
    },
    true,
  );
  new MutationObserver((records) => {
    const probe = w.__glossaRender;
    if (probe.clickAt === 0 || probe.paintedAt !== 0) return;
    for (const r of records) {
      const el = r.target as Element;
      if (r.type === 'attributes' && el.classList?.contains('reader-page-rendered')) {
        probe.paintedAt = -1; // found; the frame callback stores the time the canvas is on screen
        requestAnimationFrame(() => (probe.paintedAt = performance.now()));
        return;
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
}

async function openAndMeasure(page: Page): Promise<number> {
  const row = page.getByTestId('library-row').first();
  await row.click();
  await row.getByTestId('library-open').click();
  await page.waitForFunction(() => (window as unknown as { __glossaRender: { paintedAt: number } }).__glossaRender.paintedAt > 0, null, {
    timeout: 60_000,
    polling: 50,
  });
  const probe = await page.evaluate(() => (window as unknown as { __glossaRender: { clickAt: number; paintedAt: number } }).__glossaRender);
  return probe.paintedAt - probe.clickAt;
}

async function coldRun(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbe);
    await page.goto(url);
    await page.getByTestId('library-row').first().waitFor();
    return await openAndMeasure(page);
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function benchRender(): Promise<Record<string, number | string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-render-'));
  const projectPath = path.join(dir, 'render-bench.glossa');
  await seedProject(projectPath, [await longReportPath()]);
  const host = await startWebHost({ projectPath, dataDir: path.join(dir, 'data') });
  const browser = await chromium.launch(CHROMIUM);
  try {
    const cold: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) cold.push(await coldRun(browser, host.url));

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(installProbe);
    await page.goto(host.url);
    await page.getByTestId('library-row').first().waitFor();
    await openAndMeasure(page); // loads the reader chunk and the pdf.js worker once
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      await page.getByTestId('reader-close').click();
      await page.getByTestId('reader').waitFor({ state: 'detached' });
      warm.push(await openAndMeasure(page));
    }
    await context.close();
    return {
      'render.firstPageColdMs': Math.round(median(cold)),
      'render.firstPageWarmMs': Math.round(median(warm)),
      'render.coldRunsMs': cold.map(Math.round).join(', '),
      'render.warmRunsMs': warm.map(Math.round).join(', '),
      'render.chromium': browser.version(),
    };
  } finally {
    await browser.close();
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchRender().then((r) => console.table(r), (err) => {
    console.error(err);
    process.exit(1);
  });
}
