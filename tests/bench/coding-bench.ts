// Coding benchmark (issue 3): the generated 600-page report with 2,000 hand-made highlights,
// 50 of them on page 300, opened in Chromium through the built web host:
//   paint50        "go to page 300" (Enter in the page box) -> the first animation frame after
//                  that page's highlight layer holds its 50 highlights (canvas, text layer and
//                  highlights all included); also the part after the canvas was drawn;
//   panel          click Open -> the annotations panel counts all 2,000 and shows its first rows (first frame after),
//                  with the bridge calls made in between (sent -> body received, size);
//   applyCode      keydown Enter in the code picker -> the annotations.create reply (the
//                  backend has committed with synchronous=FULL) as the page's script sees it,
//                  as the network stack received it, and -> the new highlight painted;
//   backendCreate  annotations.create alone (core function, synchronous=FULL, a real file on
//                  disk), p50 / p99 over 500 calls.
// Highlights are seeded through the backend before the host starts, with PDF rects computed
// from pdf.js text items the way the text layer places its spans (so they are drawn from
// rects, like a highlight made by hand). Probes are installed with addInitScript and watch the
// DOM the reader already has (data-testid="highlight", data-page-index): no benchmark hooks in
// the app. Prints figures, asserts nothing. Run alone: `npx tsx tests/bench/coding-bench.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { rectsForRange } from '../../shared/anchoring/text-range-rects';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import type { AnnotationTarget, NewAnnotation, PdfRect } from '../../shared/domain/annotation';
import type { Coder } from '../../shared/domain/code';
import { buildPageText, TEXT_CONTENT_OPTIONS } from '../../shared/pdf/page-text';
import { openProjectDb, type Db } from '../../main/db/connection';
import { listCodes } from '../../main/db/repositories/codes';
import { getPageText, listDocuments } from '../../main/db/repositories/documents';
import { createAnnotation, insertAnnotation } from '../../main/core/coding/annotations';
import { coderIdentity } from '../../main/core/coding/installation-coder';
import { reanchorDocument } from '../../main/core/coding/reanchor';
import { runCodingAction } from '../../main/core/coding/undo-stack';
import { openPdf } from '../../main/pdf/pdfjs-node';
import { longReportPath } from '../fixtures/pdf-fixtures';
import { seedProject, startWebHost } from '../e2e/web-host-process';

const TOTAL_HIGHLIGHTS = 2000;
const HOT_PAGE_INDEX = 299; // page 300
const HOT_PAGE_HIGHLIGHTS = 50;
const PAINT_RUNS = 5;
const APPLY_RUNS = 8;
const BACKEND_CALLS = 500;

export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform: number[];
  width: number;
  height: number;
}

/** Highlights per page: 50 on page 300, the other 1,950 spread over the other 599 pages (3-4 each). */
function highlightsPerPage(pageCount: number): number[] {
  const counts = new Array<number>(pageCount).fill(0);
  counts[HOT_PAGE_INDEX] = HOT_PAGE_HIGHLIGHTS;
  const others = [...counts.keys()].filter((i) => i !== HOT_PAGE_INDEX);
  let left = TOTAL_HIGHLIGHTS - HOT_PAGE_HIGHLIGHTS;
  for (let round = 0; left > 0; round++) {
    // Round-robin with a stride so the 4th highlight lands on pages across the whole document.
    for (let k = 0; k < others.length && left > 0; k++) {
      const i = others[(k * 7 + round) % others.length];
      counts[i]++;
      left--;
    }
  }
  return counts;
}

/**
 * `count` three-word ranges spread evenly over the page, with rects in PDF points: each pdf.js
 * item is a span box from its baseline (transform e, f) to width x height, cut proportionally
 * inside a span (shared rectsForRange, what the renderer does with measured spans).
 */
function pageTargets(items: TextItem[], storedText: string, pageIndex: number, count: number): AnnotationTarget[] {
  const { text, itemStarts } = buildPageText(items);
  if (text !== storedText) throw new Error(`page ${pageIndex + 1}: pdf.js text differs from the stored page text`);
  // Y is negated so the shared helpers, written for y-down viewport boxes, merge lines right.
  const spans = items.flatMap((it, k) =>
    it.str
      ? [{ start: itemStarts[k], end: itemStarts[k] + it.str.length, box: { left: it.transform[4], right: it.transform[4] + it.width, top: -(it.transform[5] + 0.8 * it.height), bottom: -(it.transform[5] - 0.2 * it.height) } }]
      : [],
  );
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const out: AnnotationTarget[] = [];
  for (let j = 0; j < count; j++) {
    const first = Math.floor((j * words.length) / count);
    const last = Math.min(first + 2, Math.floor(((j + 1) * words.length) / count) - 1, words.length - 1);
    const start = words[first].start;
    const end = words[Math.max(first, last)].end;
    const rects: PdfRect[] = rectsForRange(spans, start, end).map((r) => ({ x1: r.left, y1: -r.bottom, x2: r.right, y2: -r.top }));
    const { quote, position } = createSelectors(text, start, end);
    out.push({ pageIndex, rects, quote, position });
  }
  return out;
}

/** Seeds 2,000 highlights in one coding action; returns the document id. */
async function seedHighlights(db: Db, coder: Coder, pdfPath: string): Promise<string> {
  const doc = listDocuments(db)[0];
  const codes = listCodes(db).slice(0, 8);
  if (!doc || codes.length < 2) throw new Error('the seeded project needs a document and the default codebook');
  const counts = highlightsPerPage(doc.pageCount);
  const pdf = await openPdf(new Uint8Array(fs.readFileSync(pdfPath)));
  const inputs: NewAnnotation[] = [];
  try {
    for (let i = 0; i < doc.pageCount; i++) {
      if (counts[i] === 0) continue;
      const page = await pdf.getPage(i + 1);
      const content = await page.getTextContent(TEXT_CONTENT_OPTIONS);
      page.cleanup();
      for (const target of pageTargets(content.items as TextItem[], getPageText(db, doc.id, i), i, counts[i])) {
        const n = inputs.length;
        // Every 10th carries two codes (striped), every 20th a short Markdown comment.
        const codeIds = n % 10 === 0 ? [codes[n % codes.length].id, codes[(n + 1) % codes.length].id] : [codes[n % codes.length].id];
        inputs.push({ documentId: doc.id, kind: 'text', targets: [target], color: null, comment: n % 20 === 0 ? `Seeded note **${n}**` : '', codeIds });
      }
    }
  } finally {
    await pdf.destroy();
  }
  runCodingAction(db, coder, { action: 'bench.seed', label: 'Seed highlights' }, (j, now) => {
    for (const input of inputs) insertAnnotation(j, coder, input, now);
    return { result: null, summary: `Seeded ${inputs.length} highlights` };
  });
  const check = await reanchorDocument(db, doc.id);
  if (check.changed > 0 || check.anchored !== TOTAL_HIGHLIGHTS) throw new Error(`seeded highlights do not anchor: ${JSON.stringify(check)}`);
  return doc.id;
}

/** Init script: timestamps for the panel (on Open), page 300's highlights (on Enter) and create replies. */
function installProbe(args: { hotPage: number; hotCount: number; total: number }): void {
  type Call = { channel: string; start: number; end: number; bytes: number };
  type Probe = { openAt: number; panelAt: number; gotoAt: number; canvasAt: number; paintAt: number; sent: number[]; creates: number[]; calls: Call[] };
  const w = window as unknown as { __coding: Probe };
  w.__coding = { openAt: 0, panelAt: 0, gotoAt: 0, canvasAt: 0, paintAt: 0, sent: [], creates: [], calls: [] };
  const afterFrame = (set: (t: number) => void) => requestAnimationFrame(() => set(performance.now()));
  const rowsListed = () => {
    // "Listed" = the panel's count shows every highlight and its first rows are in the DOM (it
    // renders the rows in view only: issue 12; before, the first slice of 200 rows).
    const count = Number((document.querySelector('[data-testid="annotation-count"]')?.textContent ?? '').replace(/\D/g, ''));
    const rows = document.querySelectorAll('[data-testid="annotation-row"]').length;
    if (count >= args.total && rows >= Math.min(args.total, 5)) afterFrame((t) => (w.__coding.panelAt = t));
    else requestAnimationFrame(rowsListed);
  };
  let observer: MutationObserver | null = null;
  const watchHotPage = () => {
    observer?.disconnect();
    const pageEl = document.querySelector(`[data-testid="reader-page"][data-page-index="${args.hotPage}"]`);
    if (!pageEl) return;
    observer = new MutationObserver(() => {
      const p = w.__coding;
      if (p.canvasAt === 0 && pageEl.classList.contains('reader-page-rendered')) p.canvasAt = performance.now();
      const ids = new Set([...pageEl.querySelectorAll<HTMLElement>('[data-testid="highlight"]')].map((el) => el.dataset.annotationId));
      if (ids.size >= args.hotCount && p.paintAt === 0) {
        p.paintAt = -1;
        observer?.disconnect();
        afterFrame((t) => (p.paintAt = t));
      }
    });
    observer.observe(pageEl, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  };
  document.addEventListener('click', (e) => {
    if ((e.target as Element | null)?.closest?.('[data-testid="library-open"]')) {
      w.__coding.openAt = performance.now();
      w.__coding.panelAt = 0;
      requestAnimationFrame(rowsListed);
    }
  }, true);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.target as Element | null)?.closest?.('[data-testid="page-input"]')) {
      Object.assign(w.__coding, { gotoAt: performance.now(), canvasAt: 0, paintAt: 0 });
      watchHotPage();
    }
  }, true);
  // The HTTP bridge replies to annotations.create after the commit: its arrival is "durable".
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const isCreate = url.endsWith('/api/annotations.create');
    const start = performance.now();
    if (isCreate) w.__coding.sent.push(start);
    const res = await realFetch(input, init);
    if (isCreate) w.__coding.creates.push(performance.now());
    // Every bridge call's request -> body received, for the panel's breakdown.
    if (url.includes('/api/')) {
      void res.clone().arrayBuffer().then((b) => w.__coding.calls.push({ channel: url.slice(url.lastIndexOf('/') + 1), start, end: performance.now(), bytes: b.byteLength }), () => undefined);
    }
    return res;
  };
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as { __coding: Record<string, number> & { sent: number[]; creates: number[] } }).__coding);

function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const ms = (v: number) => Number(v.toFixed(1));

async function measurePaint(page: Page): Promise<{ total: number[]; afterCanvas: number[] }> {
  const total: number[] = [];
  const afterCanvas: number[] = [];
  const hot = page.locator(`[data-testid="reader-page"][data-page-index="${HOT_PAGE_INDEX}"]`);
  const goTo = async (n: number) => {
    const input = page.getByTestId('page-input');
    await input.fill(String(n));
    await input.press('Enter');
  };
  for (let run = 0; run < PAINT_RUNS; run++) {
    await goTo(1); // far beyond the ±5-page keep margin: page 300 is released
    await hot.locator('canvas').waitFor({ state: 'detached' });
    await page.waitForTimeout(300); // let page 1's renders settle so runs start alike
    await goTo(HOT_PAGE_INDEX + 1);
    await page.waitForFunction(() => (window as unknown as { __coding: { paintAt: number } }).__coding.paintAt > 0, null, { timeout: 60_000, polling: 50 });
    const p = await probe(page);
    total.push(p.paintAt - p.gotoAt);
    afterCanvas.push(p.paintAt - p.canvasAt);
  }
  return { total, afterCanvas };
}

async function expectReply(replies: number[], n: number): Promise<void> {
  for (let i = 0; i < 100 && replies.length < n; i++) await new Promise((r) => setTimeout(r, 20));
  if (replies.length < n) throw new Error('no annotations.create reply seen on the network');
}

/** Selects a line on page 300 with the mouse, types a code name, then Enter is the timed key. */
async function measureApply(page: Page): Promise<{ commit: number[]; sent: number[]; wire: number[]; painted: number[] }> {
  const commit: number[] = [];
  const sent: number[] = [];
  const wire: number[] = [];
  // When the reply reached the browser's network stack (wall clock), before any page script
  // could run: the gap to \`commit\` is time the page's main thread was busy elsewhere.
  const replies: number[] = [];
  page.on('requestfinished', (r) => {
    if (r.url().endsWith('/api/annotations.create')) replies.push(r.timing().startTime + r.timing().responseEnd);
  });
  const painted: number[] = [];
  const lines = page.locator(`[data-testid="reader-page"][data-page-index="${HOT_PAGE_INDEX}"] [data-testid="text-layer"] span`);
  await lines.first().waitFor();
  const texts = await lines.allTextContents();
  const candidates = texts.map((t, i) => ({ t, i })).filter((x) => x.t.trim().length > 30).map((x) => x.i);
  for (let run = 0; run < APPLY_RUNS; run++) {
    const span = lines.nth(candidates[(run * 3) % candidates.length]);
    await span.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = (await span.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const picker = page.getByTestId('selection-popup').getByTestId('code-picker-input');
    await picker.waitFor();
    await picker.pressSequentially('monitoring');
    await page.getByTestId('selection-popup').getByTestId('code-option').first().waitFor();
    const before = (await probe(page)).creates.length;
    // Armed in the page: the next keydown's time, then the first frame showing one more highlight.
    await page.evaluate(() => {
      const w = window as unknown as { __apply: { keyAt: number; paintAt: number } };
      const ids = () => new Set([...document.querySelectorAll<HTMLElement>('[data-testid="highlight"]')].map((e) => e.dataset.annotationId)).size;
      const known = ids();
      w.__apply = { keyAt: 0, paintAt: 0 };
      const check = () => {
        if (ids() > known) w.__apply.paintAt = performance.now();
        else requestAnimationFrame(check);
      };
      window.addEventListener('keydown', () => {
        w.__apply.keyAt = performance.now();
        requestAnimationFrame(check);
      }, { once: true, capture: true });
    });
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (n) => {
        const w = window as unknown as { __apply: { paintAt: number }; __coding: { creates: number[] } };
        return w.__apply.paintAt > 0 && w.__coding.creates.length > n;
      },
      before,
      { polling: 50 },
    );
    const { keyAt, paintAt, origin } = await page.evaluate(() => ({ ...(window as unknown as { __apply: { keyAt: number; paintAt: number } }).__apply, origin: performance.timeOrigin }));
    await expectReply(replies, run + 1);
    wire.push(replies[run] - (origin + keyAt));
    const p = await probe(page);
    commit.push(p.creates[before] - keyAt);
    sent.push(p.sent[before] - keyAt);
    painted.push(paintAt - keyAt);
    await page.getByTestId('selection-popup').waitFor({ state: 'hidden' });
  }
  return { commit, sent, wire, painted };
}

/** annotations.create through the core function on a real file (WAL, synchronous=FULL). */
function measureBackend(projectPath: string, coder: Coder, documentId: string): number[] {
  const db = openProjectDb(projectPath);
  try {
    const sync = db.pragma('synchronous', { simple: true });
    if (sync !== 2) throw new Error(`expected synchronous=FULL (2), got ${String(sync)}`);
    const text = getPageText(db, documentId, 10);
    const codeId = listCodes(db)[0].id;
    const times: number[] = [];
    for (let i = 0; i < BACKEND_CALLS; i++) {
      const start = (i * 37) % Math.max(1, text.length - 40);
      const { quote, position } = createSelectors(text, start, start + 30);
      const input: NewAnnotation = { documentId, kind: 'text', targets: [{ pageIndex: 10, rects: [{ x1: 60, y1: 700, x2: 300, y2: 712 }], quote, position }], color: null, comment: '', codeIds: [codeId] };
      const t0 = performance.now();
      createAnnotation(db, coder, input);
      times.push(performance.now() - t0);
    }
    return times;
  } finally {
    db.close();
  }
}

export interface CodingProject {
  dir: string;
  projectPath: string;
  dataDir: string;
  coder: Coder;
  documentId: string;
  seedSeconds: number;
}

/** The 600-page report with its 2,000 seeded highlights in a fresh temp dir. */
export async function prepareCodingProject(): Promise<CodingProject> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-coding-'));
  const projectPath = path.join(dir, 'coding-bench.glossa');
  const dataDir = path.join(dir, 'data');
  const pdfPath = await longReportPath();
  await seedProject(projectPath, [pdfPath]);
  const coder = coderIdentity(dataDir).get();
  const db = openProjectDb(projectPath);
  const seedStart = performance.now();
  try {
    const documentId = await seedHighlights(db, coder, pdfPath);
    return { dir, projectPath, dataDir, coder, documentId, seedSeconds: (performance.now() - seedStart) / 1000 };
  } finally {
    db.close();
  }
}

/** A page of the web host with the probes installed, on the library. */
export async function openProbedPage(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // tsx (esbuild keepNames) wraps named inner functions in __name(); functions serialised
  // into the page need that helper there too.
  await page.addInitScript({ content: 'window.__name = window.__name || ((f) => f);' });
  await page.addInitScript(installProbe, { hotPage: HOT_PAGE_INDEX, hotCount: HOT_PAGE_HIGHLIGHTS, total: TOTAL_HIGHLIGHTS });
  await page.goto(url);
  return { context, page };
}

/**
 * Click Open -> the panel lists its first rows; with the breakdown: each bridge call made
 * before the rows showed (request sent -> body received, relative to the click, and its size).
 */
export async function measurePanelOpen(page: Page): Promise<Record<string, number | string>> {
  const row = page.getByTestId('library-row').first();
  await row.click();
  await row.getByTestId('library-open').click();
  await page.waitForFunction(() => (window as unknown as { __coding: { panelAt: number } }).__coding.panelAt > 0, null, { timeout: 120_000, polling: 100 }).catch(async (err: Error) => {
    const rows = await page.getByTestId('annotation-row').count();
    console.error(JSON.stringify(await probe(page).catch((e: Error) => e.message)));
    await page.screenshot({ path: path.join(os.tmpdir(), 'glossa-coding-bench-failure.png') });
    throw new Error(`${err.message.split('\n')[0]} (panel rows: ${rows}; screenshot in ${os.tmpdir()})`);
  });
  await page.waitForTimeout(200); // let the calls' bodies be counted
  const p = (await page.evaluate(() => (window as unknown as { __coding: unknown }).__coding)) as {
    openAt: number; panelAt: number; calls: Array<{ channel: string; start: number; end: number; bytes: number }>;
  };
  const out: Record<string, number | string> = { 'coding.panelOpen2000Ms': Math.round(p.panelAt - p.openAt) };
  const before = p.calls.filter((c) => c.start >= p.openAt && c.start <= p.panelAt).sort((a, b) => a.start - b.start);
  out['coding.panelOpenCalls'] = before
    .map((c) => `${c.channel} ${Math.round(c.start - p.openAt)}->${Math.round(c.end - p.openAt)} ms ${Math.round(c.bytes / 1024)} KB`)
    .join('; ');
  const list = before.find((c) => c.channel === 'annotations.list' || c.channel === 'annotations.page');
  if (list) {
    out['coding.panelListReplyMs'] = Math.round(list.end - list.start);
    out['coding.panelListKB'] = Math.round(list.bytes / 1024);
    out['coding.panelAfterListMs'] = Math.round(p.panelAt - list.end);
  }
  return out;
}

export async function benchCoding(): Promise<Record<string, number | string>> {
  const { dir, projectPath, dataDir, coder, documentId, seedSeconds } = await prepareCodingProject();
  const out: Record<string, number | string> = { 'coding.highlights': TOTAL_HIGHLIGHTS, 'coding.seedSeconds': Number(seedSeconds.toFixed(1)) };
  const host = await startWebHost({ projectPath, dataDir });
  const browser = await chromium.launch(CHROMIUM);
  try {
    const { context, page } = await openProbedPage(browser, host.url);
    Object.assign(out, await measurePanelOpen(page));

    const paint = await measurePaint(page);
    out['coding.paint50Ms'] = Math.round(quantile(paint.total, 0.5));
    out['coding.paint50AfterCanvasMs'] = Math.round(quantile(paint.afterCanvas, 0.5));
    out['coding.paint50RunsMs'] = paint.total.map(Math.round).join(', ');

    const apply = await measureApply(page);
    out['coding.applyKeyToCommitMs'] = Math.round(quantile(apply.commit, 0.5));
    out['coding.applyKeyToRequestMs'] = Math.round(quantile(apply.sent, 0.5));
    out['coding.applyKeyToWireReplyMs'] = Math.round(quantile(apply.wire, 0.5));
    out['coding.applyKeyToPaintMs'] = Math.round(quantile(apply.painted, 0.5));
    out['coding.applyRunsMs'] = apply.commit.map(Math.round).join(', ');
    await context.close();
  } finally {
    await browser.close();
    await host.stop();
  }
  const backend = measureBackend(projectPath, coder, documentId);
  out['coding.backendCreateP50Ms'] = ms(quantile(backend, 0.5));
  out['coding.backendCreateP99Ms'] = ms(quantile(backend, 0.99));
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

if (require.main === module) {
  benchCoding().then((r) => console.table(r), (err) => {
    console.error(err);
    process.exit(1);
  });
}
