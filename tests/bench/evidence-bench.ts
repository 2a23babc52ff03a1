// Evidence browser benchmark (issue 12): the generated 600-page report with 5,000 passages of
// two codes each (10,000 codings, every 10th with a comment), opened in Chromium through the
// built web host (`npm run web`):
//   firstRows  click the Evidence tab -> the first frame after its count shows every coding and
//              its first row is in the DOM (fresh tab each run; median of RUNS), with the bridge
//              calls made in between (request sent -> body received, size);
//   query      evidence.query, first page, through the core function alone (p50 over 20 calls).
// The project is generated deterministically and cached between runs under
// $GLOSSA_BENCH_CACHE (or os.tmpdir()/glossa-bench-cache), keyed by GENERATOR_VERSION.
// Prints figures, asserts nothing. Run alone: `npx tsx tests/bench/evidence-bench.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import type { NewAnnotation } from '../../shared/domain/annotation';
import { openProjectDb } from '../../main/db/connection';
import { listCodes } from '../../main/db/repositories/codes';
import { getPageText, listDocuments } from '../../main/db/repositories/documents';
import { insertAnnotation } from '../../main/core/coding/annotations';
import { coderIdentity } from '../../main/core/coding/installation-coder';
import { runCodingAction } from '../../main/core/coding/undo-stack';
import { queryEvidence } from '../../main/core/evidence/handlers';
import { longReportPath } from '../fixtures/pdf-fixtures';
import { seedProject, startWebHost } from '../e2e/web-host-process';
import { CHROMIUM } from './coding-bench';

const GENERATOR_VERSION = 1;
const PASSAGES = 5000;
const CODINGS = PASSAGES * 2;
const RUNS = 5;
const BACKEND_CALLS = 20;

export const evidenceNotes: Record<string, string> = {
  'evidence.firstRows10000Ms': 'click Evidence -> count of 10,000 and first rows shown (median)',
  'evidence.firstRowsRunsMs': 'each fresh-tab run',
  'evidence.queryReplyMs': 'of which the evidence.query bridge call (sent -> body received, median)',
  'evidence.queryKB': 'size of that reply',
  'evidence.backendQueryP50Ms': 'evidence.query first page, core function alone',
};

function cacheDir(): string {
  return path.join(process.env.GLOSSA_BENCH_CACHE ?? path.join(os.tmpdir(), 'glossa-bench-cache'), `evidence-v${GENERATOR_VERSION}`);
}

/** 5,000 passages of ~6 words spread over the report's pages, two codes each. */
async function generate(dir: string): Promise<void> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const projectPath = path.join(dir, 'evidence.glossa');
  await seedProject(projectPath, [await longReportPath()]);
  const coder = coderIdentity(path.join(dir, 'data')).get();
  const db = openProjectDb(projectPath);
  try {
    const doc = listDocuments(db)[0];
    const codes = listCodes(db);
    const inputs: NewAnnotation[] = [];
    const perPage = Math.ceil(PASSAGES / doc.pageCount);
    for (let pageIndex = 0; pageIndex < doc.pageCount && inputs.length < PASSAGES; pageIndex++) {
      const text = getPageText(db, doc.id, pageIndex);
      const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
      for (let j = 0; j < perPage && inputs.length < PASSAGES && words.length > 8; j++) {
        const first = Math.floor((j * (words.length - 6)) / perPage);
        const start = words[first].index!;
        const end = words[first + 5].index! + words[first + 5][0].length;
        const { quote, position } = createSelectors(text, start, end);
        const n = inputs.length;
        inputs.push({
          documentId: doc.id,
          kind: 'text',
          targets: [{ pageIndex, rects: [{ x1: 72, y1: 700, x2: 400, y2: 712 }], quote, position }],
          color: null,
          comment: n % 10 === 0 ? `Bench note **${n}**` : '',
          // Two different codes (the default codebook has more than six).
          codeIds: [codes[n % codes.length].id, codes[(n + 1 + (n % 5)) % codes.length].id],
        });
      }
    }
    runCodingAction(db, coder, { action: 'bench.seed', label: 'Seed codings' }, (j, now) => {
      for (const input of inputs) insertAnnotation(j, coder, input, now);
      return { result: null, summary: `Seeded ${inputs.length} passages` };
    });
  } finally {
    db.close();
  }
  fs.writeFileSync(path.join(dir, 'ready'), String(GENERATOR_VERSION));
}

/** The cached project (generated on the first run). */
async function benchProject(): Promise<{ projectPath: string; dataDir: string }> {
  const dir = cacheDir();
  if (!fs.existsSync(path.join(dir, 'ready'))) await generate(dir);
  return { projectPath: path.join(dir, 'evidence.glossa'), dataDir: path.join(dir, 'data') };
}

/** Init script: the click on the Evidence tab, the first frame with the full count and a row, bridge calls. */
function installProbe(total: number): void {
  type Call = { channel: string; start: number; end: number; bytes: number };
  const w = window as unknown as { __evidence: { clickAt: number; shownAt: number; calls: Call[] } };
  w.__evidence = { clickAt: 0, shownAt: 0, calls: [] };
  const check = () => {
    const count = Number(document.querySelector('[data-testid="evidence-count"]')?.getAttribute('data-total') ?? 0);
    if (count >= total && document.querySelector('[data-testid="evidence-row"]')) requestAnimationFrame(() => (w.__evidence.shownAt = performance.now()));
    else requestAnimationFrame(check);
  };
  document.addEventListener('click', (e) => {
    if ((e.target as Element | null)?.closest?.('[data-testid="tab-evidence"]')) {
      w.__evidence.clickAt = performance.now();
      requestAnimationFrame(check);
    }
  }, true);
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const start = performance.now();
    const res = await realFetch(input, init);
    if (url.includes('/api/')) {
      void res.clone().arrayBuffer().then((b) => w.__evidence.calls.push({ channel: url.slice(url.lastIndexOf('/') + 1), start, end: performance.now(), bytes: b.byteLength }), () => undefined);
    }
    return res;
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

async function firstRows(page: Page): Promise<{ ms: number; queryMs: number; queryBytes: number; calls: string }> {
  await page.getByTestId('library-row').first().waitFor();
  await page.waitForTimeout(300); // the library's own start-up calls settle
  await page.getByTestId('tab-evidence').click();
  await page.waitForFunction(() => (window as unknown as { __evidence: { shownAt: number } }).__evidence.shownAt > 0, null, { timeout: 60_000, polling: 50 });
  await page.waitForTimeout(200); // the calls' bodies are counted
  const p = (await page.evaluate(() => (window as unknown as { __evidence: unknown }).__evidence)) as {
    clickAt: number; shownAt: number; calls: Array<{ channel: string; start: number; end: number; bytes: number }>;
  };
  if (process.env.GLOSSA_BENCH_DEBUG) console.log(p.calls.map((c) => `${c.channel} ${Math.round(c.start - p.clickAt)}->${Math.round(c.end - p.clickAt)}`).join('; '));
  const during = p.calls.filter((c) => c.start >= p.clickAt && c.start <= p.shownAt).sort((a, b) => a.start - b.start);
  const query = during.find((c) => c.channel === 'evidence.query');
  return {
    ms: p.shownAt - p.clickAt,
    queryMs: query ? query.end - query.start : NaN,
    queryBytes: query?.bytes ?? NaN,
    calls: during.map((c) => `${c.channel} ${Math.round(c.start - p.clickAt)}->${Math.round(c.end - p.clickAt)} ms ${Math.round(c.bytes / 1024)} KB`).join('; '),
  };
}

export async function benchEvidence(): Promise<Record<string, number | string>> {
  const generated = performance.now();
  const { projectPath, dataDir } = await benchProject();
  const out: Record<string, number | string> = { 'evidence.codings': CODINGS, 'evidence.prepareSeconds': Number(((performance.now() - generated) / 1000).toFixed(1)) };
  const host = await startWebHost({ projectPath, dataDir });
  const browser = await chromium.launch(CHROMIUM);
  try {
    const runs: Array<Awaited<ReturnType<typeof firstRows>>> = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript({ content: 'window.__name = window.__name || ((f) => f);' });
      await page.addInitScript(installProbe, CODINGS);
      await page.goto(host.url);
      runs.push(await firstRows(page));
      await context.close();
    }
    out['evidence.firstRows10000Ms'] = Math.round(median(runs.map((r) => r.ms)));
    out['evidence.firstRowsRunsMs'] = runs.map((r) => Math.round(r.ms)).join(', ');
    out['evidence.queryReplyMs'] = Math.round(median(runs.map((r) => r.queryMs)));
    out['evidence.queryKB'] = Math.round(median(runs.map((r) => r.queryBytes)) / 1024);
    out['evidence.firstRowsCalls'] = runs[runs.length - 1].calls;
  } finally {
    await browser.close();
    await host.stop();
  }
  const db = openProjectDb(projectPath);
  try {
    const times: number[] = [];
    for (let i = 0; i < BACKEND_CALLS; i++) {
      const t0 = performance.now();
      queryEvidence(db, {}, 'code', 0, 100);
      times.push(performance.now() - t0);
    }
    out['evidence.backendQueryP50Ms'] = Number(median(times).toFixed(1));
  } finally {
    db.close();
  }
  return out;
}

if (require.main === module) {
  benchEvidence().then((r) => console.table(r), (err) => {
    console.error(err);
    process.exit(1);
  });
}
