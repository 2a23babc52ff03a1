// Time to first page of the generated 600-page report in Chromium, driven the way a user opens
// it: the built web host serves a project holding that PDF, Chromium shows the library, and we
// click Open. Measured inside the page from the click (a capture-phase listener) to the first
// animation frame after each of: the stored preview image is in the page (`.reader-preview`),
// the page's canvas is drawn (class `reader-page-rendered`), its text layer is selectable
// (the `.endOfContent` marker appended to page 1's finished text layer;
// renderer/features/reader/page-views.ts). The reader's
// User Timing marks (renderer/features/reader/open-timing.ts) and the resource timings of the
// reader chunk, the pdf.js worker and the PDF requests give the breakdown.
// Cold = a fresh browser context; warm = closing and reopening the document in the same tab.
// Yardstick: pdf.js (legacy build) in this Node process opening the same bytes and rendering
// page 1 at the same pixel size with @napi-rs/canvas. Needs `npm run build` first.
// Run alone: `npx tsx tests/bench/render-bench.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { longReportPath } from '../fixtures/pdf-fixtures';
import { seedProject, startWebHost } from '../e2e/web-host-process';
import { openPdf } from '../../main/pdf/pdfjs-node';

const COLD_RUNS = 3;
const WARM_RUNS = 5;
const YARDSTICK_RUNS = 5;

const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

interface Probe {
  clickAt: number;
  previewAt: number;
  paintedAt: number;
  textAt: number;
}

/**
 * Installed before the app loads: records the click on Open and what appears after it. Plain
 * JavaScript text: tsx would wrap named inner functions in a helper the page does not have.
 * The time stored is the frame after the change: when it is on screen.
 */
const PROBE = `(() => {
  const fresh = (clickAt) => ({ clickAt, previewAt: 0, paintedAt: 0, textAt: 0 });
  window.__glossaRender = fresh(0);
  document.addEventListener('click', (e) => {
    if (e.target && e.target.closest && e.target.closest('[data-testid="library-open"]')) window.__glossaRender = fresh(performance.now());
  }, true);
  const stamp = (key) => {
    const probe = window.__glossaRender;
    if (probe.clickAt === 0 || probe[key] !== 0) return;
    probe[key] = -1;
    requestAnimationFrame(() => (probe[key] = performance.now()));
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.target.classList.contains('reader-page-rendered')) stamp('paintedAt');
      } else {
        for (const n of r.addedNodes) {
          if (!n.classList) continue;
          if (n.classList.contains('reader-preview')) stamp('previewAt');
          // pdf.js' text layer is complete when the reader appends its end marker (every version).
          if (n.classList.contains('endOfContent') && n.closest('[data-page-index="0"]')) stamp('textAt');
        }
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
})();`;

interface Run {
  previewMs: number | null;
  canvasMs: number;
  textMs: number;
  /** ms after the click: the reader's marks and the resources it waited for. */
  steps: Record<string, number>;
  canvasWidth: number;
}

async function openAndMeasure(page: Page): Promise<Run> {
  const row = page.getByTestId('library-row').first();
  await row.click();
  await row.getByTestId('library-open').click();
  await page.waitForFunction(() => {
    const p = (window as unknown as { __glossaRender: Probe }).__glossaRender;
    return p.paintedAt > 0 && p.textAt > 0;
  }, null, { timeout: 60_000, polling: 50 });
  return page.evaluate(() => {
    const p = (window as unknown as { __glossaRender: Probe }).__glossaRender;
    const steps: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark')) {
      if (m.name.startsWith('glossa:open:')) steps[m.name.slice('glossa:open:'.length)] = m.startTime - p.clickAt;
    }
    for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (r.startTime < p.clickAt - 5000) continue;
      const key = /CodingReader-.*\.js$/.test(r.name) ? 'readerChunk'
        : /pdf\.worker/.test(r.name) ? 'workerScript'
          : /documents\.pdfBytes|\/files\//.test(r.name) ? 'pdfBytes'
            : /documents\.preview/.test(r.name) ? 'previewBytes' : null;
      // The PDF may come in several range requests: its first answer is the one the open waits for.
      if (key && r.startTime >= p.clickAt) steps[key] = Math.min(steps[key] ?? Infinity, r.responseEnd - p.clickAt);
      else if (key) steps[`${key}BeforeClick`] = 1;
    }
    const canvas = document.querySelector<HTMLCanvasElement>('[data-page-index="0"] canvas');
    return {
      previewMs: p.previewAt > 0 ? p.previewAt - p.clickAt : null,
      canvasMs: p.paintedAt - p.clickAt,
      textMs: p.textAt - p.clickAt,
      steps,
      canvasWidth: canvas?.width ?? 0,
    };
  });
}

async function coldRun(browser: Browser, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: PROBE });
    await page.goto(url);
    await page.getByTestId('library-row').first().waitFor();
    // A user reads the library before clicking: give the idle preload (reader chunk + pdf.js
    // worker) up to 3 s to finish, as it would while they look for the document.
    await page
      .waitForFunction(() => performance.getEntriesByType('resource').some((r) => /pdf\.worker/.test(r.name)), null, { timeout: 3000, polling: 50 })
      .catch(() => undefined);
    return await openAndMeasure(page);
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median of each step over the runs that have it, as "step ms" pairs in time order. */
function breakdown(runs: Run[]): string {
  const keys = new Set(runs.flatMap((r) => Object.keys(r.steps)));
  const rows = [...keys].map((k) => [k, median(runs.filter((r) => k in r.steps).map((r) => r.steps[k]))] as const);
  return rows.sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
}

/** pdf.js in this process: open the bytes, render page 1 at `width` px; median ms of the runs. */
export async function yardstick(pdfPath: string, width: number): Promise<{ openMs: number; renderMs: number; totalMs: number }> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const bytes = fs.readFileSync(pdfPath);
  const opens: number[] = [];
  const renders: number[] = [];
  const totals: number[] = [];
  for (let i = 0; i <= YARDSTICK_RUNS; i++) {
    const t0 = performance.now();
    const doc = await openPdf(new Uint8Array(bytes));
    const page = await doc.getPage(1);
    const t1 = performance.now();
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: width / base.width });
    const canvas = createCanvas(Math.floor(viewport.width), Math.floor(viewport.height));
    await page.render({ canvas: canvas as never, canvasContext: canvas.getContext('2d') as never, viewport }).promise;
    const t2 = performance.now();
    await doc.destroy();
    if (i === 0) continue; // the first run loads pdf.js itself
    opens.push(t1 - t0);
    renders.push(t2 - t1);
    totals.push(t2 - t0);
  }
  return { openMs: median(opens), renderMs: median(renders), totalMs: median(totals) };
}

export async function benchRender(): Promise<Record<string, number | string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-render-'));
  const projectPath = path.join(dir, 'render-bench.glossa');
  const pdfPath = await longReportPath();
  await seedProject(projectPath, [pdfPath]);
  const host = await startWebHost({ projectPath, dataDir: path.join(dir, 'data') });
  const browser = await chromium.launch(CHROMIUM);
  try {
    const cold: Run[] = [];
    for (let i = 0; i < COLD_RUNS; i++) cold.push(await coldRun(browser, host.url));

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript({ content: PROBE });
    await page.goto(host.url);
    await page.getByTestId('library-row').first().waitFor();
    await openAndMeasure(page); // loads the reader chunk and the pdf.js worker once
    const warm: Run[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      await page.getByTestId('reader-close').click();
      await page.getByTestId('reader').waitFor({ state: 'detached' });
      warm.push(await openAndMeasure(page));
    }
    await context.close();
    const yard = await yardstick(pdfPath, cold[0].canvasWidth || 1200);
    const previews = cold.flatMap((r) => (r.previewMs === null ? [] : [r.previewMs]));
    const coldMs = median(cold.map((r) => r.canvasMs));
    return {
      'render.firstPageColdMs': Math.round(coldMs),
      'render.firstPageWarmMs': Math.round(median(warm.map((r) => r.canvasMs))),
      'render.previewColdMs': previews.length ? Math.round(median(previews)) : 'none shown',
      'render.textSelectableColdMs': Math.round(median(cold.map((r) => r.textMs))),
      'render.textSelectableWarmMs': Math.round(median(warm.map((r) => r.textMs))),
      'render.pdfjsInProcessMs': Math.round(yard.totalMs),
      'render.pdfjsInProcessOpenMs': Math.round(yard.openMs),
      'render.pdfjsInProcessRenderMs': Math.round(yard.renderMs),
      'render.coldVsPdfjs': `${(coldMs / yard.totalMs).toFixed(1)}x`,
      'render.coldRunsMs': cold.map((r) => Math.round(r.canvasMs)).join(', '),
      'render.warmRunsMs': warm.map((r) => Math.round(r.canvasMs)).join(', '),
      'render.coldSteps': breakdown(cold),
      'render.warmSteps': breakdown(warm),
      'render.canvasPx': cold[0].canvasWidth,
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
