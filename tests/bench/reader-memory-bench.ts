// Reader memory after scrolling through the whole generated 600-page report in Chromium
// (issue 12: renderer heap <= 300 MB). The built web host serves a project holding the report;
// we click Open, then scroll the reader to every page in turn and wait until that page is
// painted (class `reader-page-rendered`, renderer/features/reader/page-views.ts), so every
// page is rendered once, as a reader paging through the report would. The figures are read
// over the DevTools protocol after a forced garbage collection (HeapProfiler.collectGarbage,
// then Performance.getMetrics: JSHeapUsedSize, Nodes; and the same collection and
// Runtime.getHeapUsage in pdf.js's worker, the renderer's other JS heap), so they are what it retains,
// not garbage waiting for the collector; the canvases and text layers still in the page
// are counted too (the reader keeps the visible pages ±5). Needs `npm run build` first.
// Run alone: `npx tsx tests/bench/reader-memory-bench.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { LONG_PAGE_COUNT, longReportPath } from '../fixtures/pdf-fixtures';
import { seedProject, startWebHost } from '../e2e/web-host-process';

const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
const MB = 1024 * 1024;

/** A DevTools session on the page's pdf.js worker (through the browser session: Playwright has none for workers). */
async function workerSession(browser: Browser): Promise<(method: string) => Promise<Record<string, number>>> {
  const b = await browser.newBrowserCDPSession();
  const { targetInfos } = await b.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'worker' && t.url.includes('pdf.worker'));
  if (!worker) throw new Error(`no pdf.js worker among ${targetInfos.map((t) => t.type).join(', ')}`);
  const { sessionId } = await b.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let nextId = 0;
  const waiting = new Map<number, (result: Record<string, number>) => void>();
  b.on('Target.receivedMessageFromTarget', (e) => {
    const msg = JSON.parse(e.message) as { id?: number; result?: Record<string, number> };
    if (msg.id !== undefined) waiting.get(msg.id)?.(msg.result ?? {});
  });
  return (method) =>
    new Promise((resolve) => {
      const id = ++nextId;
      waiting.set(id, resolve);
      void b.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    });
}

interface Retained {
  heapMB: number;
  workerHeapMB: number;
  nodes: number;
  canvases: number;
  textLayers: number;
}

async function retained(page: Page, cdp: CDPSession, worker: (method: string) => Promise<Record<string, number>>): Promise<Retained> {
  await worker('HeapProfiler.collectGarbage');
  const workerHeap = await worker('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const counts = await page.evaluate(() => ({
    canvases: document.querySelectorAll('.reader-page canvas').length,
    textLayers: document.querySelectorAll('.reader-page .textLayer').length,
  }));
  return { heapMB: Math.round(metric('JSHeapUsedSize') / MB), workerHeapMB: Math.round(workerHeap.usedSize / MB), nodes: metric('Nodes'), ...counts };
}

/**
 * In the page: scrolls to each page in turn and waits until it is painted; gives the pages
 * that never painted. A string, so the bundler's helpers (tsx adds `__name`) stay out of it.
 */
const SCROLL_THROUGH_ALL_PAGES = `(async (pageCount) => {
  const scroller = document.querySelector('.reader-scroll');
  const missed = [];
  for (let i = 0; i < pageCount; i++) {
    const el = document.querySelector('[data-testid="reader-page"][data-page-index="' + i + '"]');
    scroller.scrollTop = el.offsetTop;
    const started = performance.now();
    while (!el.classList.contains('reader-page-rendered') && el.dataset.renderError !== 'true') {
      if (performance.now() - started > 20000) {
        missed.push(i);
        break;
      }
      await new Promise((r) => requestAnimationFrame(r));
    }
  }
  return missed;
})`;

export async function benchReaderMemory(): Promise<Record<string, number | string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-reader-memory-'));
  const projectPath = path.join(dir, 'reader-memory.glossa');
  await seedProject(projectPath, [await longReportPath()]);
  const host = await startWebHost({ projectPath, dataDir: path.join(dir, 'data') });
  const browser = await chromium.launch(CHROMIUM);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(host.url);
    const row = page.getByTestId('library-row').first();
    await row.click();
    await row.getByTestId('library-open').click();
    await page.locator('.reader-page-rendered').first().waitFor({ timeout: 60_000 });
    const worker = await workerSession(browser);
    const opened = await retained(page, cdp, worker);
    const started = performance.now();
    const missed = (await page.evaluate(`${SCROLL_THROUGH_ALL_PAGES}(${LONG_PAGE_COUNT})`)) as number[];
    const scrollSeconds = (performance.now() - started) / 1000;
    const after = await retained(page, cdp, worker);
    await context.close();
    return {
      'reader.pages': LONG_PAGE_COUNT,
      'reader.heapAfterOpenMB': opened.heapMB + opened.workerHeapMB,
      'reader.heapAfterScrollMB': after.heapMB + after.workerHeapMB,
      'reader.pageHeapAfterScrollMB': after.heapMB,
      'reader.workerHeapAfterScrollMB': after.workerHeapMB,
      'reader.canvasesAfterScroll': after.canvases,
      'reader.textLayersAfterScroll': after.textLayers,
      'reader.domNodesAfterScroll': after.nodes,
      'reader.scrollSeconds': Number(scrollSeconds.toFixed(1)),
      'reader.pagesNeverPainted': missed.length,
    };
  } finally {
    await browser.close();
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchReaderMemory().then((r) => console.table(r), (err) => {
    console.error(err);
    process.exit(1);
  });
}
