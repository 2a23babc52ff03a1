// A pool of extraction worker threads, one per core (2-4): pdf.js on one core is ~6.7x
// slower than pdftotext, so a single 600-page import is split into page ranges that all
// workers parse at once (each worker opens the bytes itself). A watchdog terminates a
// worker that reports no progress for `timeoutMs` (60 s) and fails only that file with
// 'import.timeout'; a worker over its heap cap fails it with 'import.tooMuchMemory', and one
// that dies any other way with 'internal' (Glossa's fault, never "a damaged PDF"). Either way
// the worker is replaced and other files carry on. The page-1 preview painted beside the text
// has its own budget (5 s): a page pdf.js paints too slowly costs the file only its preview.
// Besides page texts (imports, .qdpx
// sources) the pool lays out pages (text item boxes) for the backend's re-anchoring, renders
// pages without a usable text layer for OCR (main/ocr), and renders the regions of area
// highlights for the report exports (regions(): one session per document, one task per region,
// so both workers draw a report's figures while its writer goes on).
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PdfSpan } from '../../shared/anchoring/text-range-rects';
import { GlossaError, type ErrorCode } from '../../shared/errors';
import type { FromWorker, RegionOutcome, RegionRequest, ToWorker } from './extract-protocol';
import type { EncodedPreview, PageImage, PdfMetadata } from './pdfjs-node';
import { pdfError } from './pdf-errors';
import { resolveWorkerEntry, threadExecArgv } from './worker-entry';

export interface ExtractResult {
  pageCount: number;
  /** Text of each page, index 0 = page 1. */
  pages: string[];
  meta: PdfMetadata;
  /** Embedded annotations Glossa can import (highlights, underlines, strike-outs, squares, notes). */
  annotationCount: number;
  /** Page 1 rendered small for the reader (ExtractOptions.preview), null if not asked or it failed. */
  preview: EncodedPreview | null;
}

/** Text item boxes per page (1-based page number), for geometry computed in the backend. */
export type PageLayouts = Map<number, PdfSpan[]>;

export interface ExtractOptions {
  /** For error messages. */
  fileName: string;
  /** Called after each page with pages done and total (total is 0 until opened). */
  onPages?(done: number, total: number): void;
  signal?: AbortSignal;
  /** Also render page 1 as the reader's preview, on a worker beside the text extraction. */
  preview?: boolean;
}

export interface PoolOptions {
  size?: number;
  /** No message from a busy worker for this long => terminate it (default 60 s). */
  timeoutMs?: number;
  /** Idle workers are terminated after this long to give pdf.js's memory back (default 20 s). */
  idleMs?: number;
  /** Old-generation heap cap per worker, MB (default 2048: a 600-page report needs < 300). */
  maxMemoryMb?: number;
  /** A page-1 preview still painting after this long is abandoned (default 5 s): the file
   *  imports without one. pdf.js paints some tiling patterns for 25 s in one synchronous call. */
  previewBudgetMs?: number;
}

interface Job {
  fileId: number;
  bytes: SharedArrayBuffer;
  opts: ExtractOptions;
  pages: (string | undefined)[];
  /** Set for a layout job: the pages (1-based) whose item boxes are wanted, instead of texts. */
  layoutPages: number[] | null;
  layouts: PageLayouts;
  /** Set for a render job (OCR): the page (1-based) and resolution wanted. */
  render: { page: number; dpi: number } | null;
  image: PageImage | null;
  preview: EncodedPreview | null;
  /** A region session's open requests by id (null for the other jobs). */
  regions: Map<number, { resolve(outcome: RegionOutcome): void; reject(err: GlossaError): void }> | null;
  /** A region session takes requests until closed: its job does not end between them. */
  sessionOpen: boolean;
  /** Why the job failed, for requests made after it did. */
  error: GlossaError | null;
  pagesDone: number;
  annotationCount: number;
  meta: PdfMetadata | null;
  chunksLeft: number;
  settled: boolean;
  resolve(r: RunResult): void;
  reject(e: GlossaError): void;
}

type Task = { fileId: number; msg: ToWorker };

interface RunResult {
  result: ExtractResult;
  layouts: PageLayouts;
  image: PageImage | null;
}

type RunMode = { layoutPages: number[] } | { render: { page: number; dpi: number } } | null;

interface Slot {
  worker: Worker;
  task: Task | null;
  /** Set by the worker's `ready` message (cold start: ~0.3 s bundled, ~1-2 s under tsx). */
  ready: boolean;
  /** Settles when the worker is ready or gone. */
  started: Promise<void>;
  markStarted(): void;
  lastActivity: number;
  /** When the current task was handed to the worker. */
  taskStartedAt: number;
  /** Files whose document this worker has open (mirrors the worker's cache). */
  cached: number[];
}

export function defaultPoolSize(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.min(4, Math.max(2, cores));
}

export class ExtractPool {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly idleMs: number;
  private readonly maxMemoryMb: number;
  private readonly previewBudgetMs: number;
  private slots: Slot[] = [];
  private queue: Task[] = [];
  private jobs = new Map<number, Job>();
  private nextFileId = 1;
  private nextRegionId = 1;
  private watchdog: NodeJS.Timeout | null = null;
  private lastBusy = Date.now();
  private closed = false;
  /** warmUp() callers still waiting for workers to be ready. */
  private warmWaiters = 0;

  constructor(opts: PoolOptions = {}) {
    this.size = opts.size ?? defaultPoolSize();
    this.timeoutMs = opts.timeoutMs ?? 60_000;
    this.idleMs = opts.idleMs ?? 20_000;
    this.maxMemoryMb = opts.maxMemoryMb ?? 2048;
    this.previewBudgetMs = opts.previewBudgetMs ?? 5_000;
  }

  /** Extracts all page texts of one PDF. Rejects with a GlossaError naming the file. */
  extract(bytes: Uint8Array, opts: ExtractOptions): Promise<ExtractResult> {
    return this.run(bytes, opts, null).then((r) => r.result);
  }

  /** The text item boxes of some pages (1-based) of one PDF, under the same watchdog and memory cap. */
  layout(bytes: Uint8Array, pageNumbers: readonly number[], opts: ExtractOptions): Promise<PageLayouts> {
    return this.run(bytes, opts, { layoutPages: [...new Set(pageNumbers)].sort((a, b) => a - b) }).then((r) => r.layouts);
  }

  /** One page (1-based) rendered in greys at `dpi` for OCR, under the same watchdog and memory cap. */
  renderPage(bytes: Uint8Array, pageNumber: number, dpi: number, opts: ExtractOptions): Promise<PageImage> {
    return this.run(bytes, opts, { render: { page: pageNumber, dpi } }).then((r) => {
      if (!r.image) throw pdfError('import.broken', opts.fileName, `the document has no page ${pageNumber}`);
      return r.image;
    });
  }

  private run(bytes: Uint8Array, opts: ExtractOptions, mode: RunMode): Promise<RunResult> {
    const layoutPages = mode && 'layoutPages' in mode ? mode.layoutPages : null;
    const render = mode && 'render' in mode ? mode.render : null;
    if (this.closed) return Promise.reject(new GlossaError('internal', 'The PDF extraction pool is closed.'));
    const shared = sharedCopy(bytes);
    return new Promise((resolve, reject) => {
      const fileId = this.nextFileId++;
      const job = newJob(fileId, shared, opts, resolve, reject, { layoutPages, render });
      if (opts.signal?.aborted) {
        reject(cancelledError(opts.fileName));
        return;
      }
      opts.signal?.addEventListener('abort', () => this.fail(job, cancelledError(opts.fileName)), { once: true });
      this.jobs.set(fileId, job);
      this.queue.push({ fileId, msg: { type: 'open', fileId, bytes: shared } });
      this.dispatch();
    });
  }

  /**
   * Renders regions of one PDF's pages (area highlights in a report) on the workers, as many
   * at once as there are workers; each opens the document once. Each request settles with the
   * image or why there is none ('broken': pdf.js cannot open the file or draw that page), or
   * rejects when the session failed (a worker over its heap cap or silent past the watchdog:
   * 'import.tooMuchMemory', 'import.timeout'; 'internal' otherwise). close() when no more
   * regions will be asked: the workers then forget the document.
   */
  regions(bytes: Uint8Array, opts: ExtractOptions): RegionSession {
    const shared = sharedCopy(bytes);
    const fileId = this.nextFileId++;
    const regions: NonNullable<Job['regions']> = new Map();
    // The job's own outcome is nobody's: a failure is each waiting request's.
    const failAll = (err: GlossaError) => {
      for (const waiter of regions.values()) waiter.reject(err);
      regions.clear();
    };
    const job = newJob(fileId, shared, opts, () => undefined, failAll, { regions, sessionOpen: true });
    if (this.closed) this.fail(job, new GlossaError('internal', 'The PDF extraction pool is closed.'));
    else this.jobs.set(fileId, job);
    opts.signal?.addEventListener('abort', () => this.fail(job, cancelledError(opts.fileName)), { once: true });
    return {
      render: (region) =>
        new Promise<RegionOutcome>((resolve, reject) => {
          if (job.settled) {
            reject(job.error ?? new GlossaError('internal', 'The region session is closed.'));
            return;
          }
          const regionId = this.nextRegionId++;
          regions.set(regionId, { resolve, reject });
          job.chunksLeft++;
          this.queue.push({ fileId, msg: { type: 'region', fileId, bytes: shared, regionId, region } });
          this.dispatch();
        }),
      close: () => {
        job.sessionOpen = false;
        if (!job.settled && job.chunksLeft === 0) this.succeed(job);
      },
    };
  }

  /**
   * Starts the workers ahead of an import (the import dialog does, while the user picks
   * files): a cold worker spends ~0.3-1 s (2 s on a loaded machine) loading pdf.js before
   * its first page. Settles when every worker is ready. Idle ones stop after idleMs.
   */
  warmUp(): Promise<void> {
    if (this.closed) return Promise.resolve();
    while (this.slots.length < this.size) this.slots.push(this.spawn());
    this.lastBusy = Date.now();
    this.ensureWatchdog();
    // Starting workers keep the process alive while someone awaits them (a CLI, the bench).
    this.warmWaiters++;
    this.refStarting();
    return Promise.all(this.slots.map((s) => s.started)).then(() => {
      this.warmWaiters--;
      this.refStarting();
    });
  }

  /** A starting worker keeps the process alive when queued work or a warmUp() caller waits for it. */
  private refStarting(): void {
    for (const slot of this.slots) {
      if (slot.ready || slot.task) continue;
      if (this.queue.length > 0 || this.warmWaiters > 0) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  /** Worker threads running now, ready or starting (diagnostics and tests). */
  workerCount(): number {
    return this.slots.length;
  }

  /** Terminates all workers; pending extractions fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of [...this.jobs.values()]) this.fail(job, new GlossaError('internal', 'The PDF extraction pool was closed.'));
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    // Start every worker as soon as there is work: a cold worker needs ~0.3-1 s to load
    // pdf.js, which would otherwise delay the second half of a large file's pages.
    if (this.queue.length > 0) while (this.slots.length < this.size) this.slots.push(this.spawn());
    for (const slot of this.slots) {
      // Only a worker that has loaded pdf.js takes a task: of workers started together the
      // first ready one opens the file (under load their start-up differs by ~0.4 s, which
      // the other would otherwise spend idle). A busy worker keeps its task until `done`.
      if (slot.task || !slot.ready || this.queue.length === 0) continue;
      // Prefer a task for a document this worker already has open (saves a re-parse).
      let i = this.queue.findIndex((t) => slot.cached.includes(t.fileId));
      if (i < 0) i = 0;
      const [task] = this.queue.splice(i, 1);
      slot.task = task;
      slot.lastActivity = slot.taskStartedAt = Date.now();
      if (task.msg.type === 'open' || task.msg.type === 'pages' || task.msg.type === 'layout' || task.msg.type === 'render' || task.msg.type === 'preview' || task.msg.type === 'region') {
        slot.cached = [task.fileId, ...slot.cached.filter((f) => f !== task.fileId)].slice(0, 2);
      }
      slot.worker.ref(); // a busy worker keeps the process alive (CLI awaits the import)
      slot.worker.postMessage(task.msg);
    }
    this.refStarting();
    this.ensureWatchdog();
  }

  private spawn(): Slot {
    const entry = resolveWorkerEntry();
    const worker = new Worker(entry.file, {
      eval: entry.eval,
      execArgv: threadExecArgv(),
      // Old-space cap per worker: a hostile PDF exhausts this worker, not the app.
      resourceLimits: { maxOldGenerationSizeMb: this.maxMemoryMb },
      stdout: false,
      stderr: false,
    });
    let markStarted!: () => void;
    const started = new Promise<void>((resolve) => {
      markStarted = resolve;
    });
    const slot: Slot = { worker, task: null, ready: false, started, markStarted, lastActivity: Date.now(), taskStartedAt: 0, cached: [] };
    worker.on('message', (msg: FromWorker) => this.onMessage(slot, msg));
    // Out of memory is the document's doing (pdf.js hit the cap); any other uncaught error or
    // exit is Glossa's, and is never reported as a damaged PDF.
    worker.on('error', (err: Error & { code?: string }) =>
      err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? this.onWorkerDeath(slot, 'import.tooMuchMemory', `over ${this.maxMemoryMb} MB`)
        : this.onWorkerDeath(slot, 'internal', `the PDF reader thread failed: ${err.message}`),
    );
    worker.on('exit', (code) => this.onWorkerDeath(slot, 'internal', `the PDF reader thread stopped unexpectedly (exit ${code})`));
    worker.unref();
    return slot;
  }

  private onMessage(slot: Slot, msg: FromWorker): void {
    slot.lastActivity = Date.now();
    if (msg.type === 'ready') {
      slot.ready = true;
      slot.markStarted();
      if (!slot.task) slot.worker.unref(); // ref'd while starting; a task refs it again
      this.dispatch();
      return;
    }
    const job = this.jobs.get(msg.fileId);
    switch (msg.type) {
      case 'page':
        if (job && !job.settled && job.pages[msg.pageNumber - 1] === undefined) {
          job.pages[msg.pageNumber - 1] = msg.text;
          job.annotationCount += msg.annotations;
          job.pagesDone++;
          job.opts.onPages?.(job.pagesDone, job.pages.length);
        }
        return; // the task goes on
      case 'layout':
        if (job && !job.settled) job.layouts.set(msg.pageNumber, msg.spans);
        return; // the task goes on
      case 'image':
        if (job && !job.settled) job.image = msg.image;
        return; // the task goes on
      case 'preview':
        if (job && !job.settled) job.preview = msg.preview;
        return; // the task goes on
      case 'region': {
        const waiter = job?.regions?.get(msg.regionId);
        job?.regions?.delete(msg.regionId);
        waiter?.resolve(msg.outcome);
        return; // the task goes on
      }
      case 'opened':
        this.finishTask(slot);
        if (job && !job.settled) this.onOpened(job, msg.numPages, msg.meta);
        break;
      case 'done':
        this.finishTask(slot);
        if (job && !job.settled && --job.chunksLeft === 0 && !job.sessionOpen) this.succeed(job);
        break;
      case 'failed':
        this.finishTask(slot);
        if (job) this.fail(job, pdfError(msg.code, job.opts.fileName, msg.detail));
        break;
    }
    this.dispatch();
  }

  private onOpened(job: Job, numPages: number, meta: PdfMetadata): void {
    job.meta = meta;
    if (numPages < 1) {
      this.fail(job, pdfError('import.broken', job.opts.fileName, 'the document has no pages'));
      return;
    }
    job.pages = new Array(numPages).fill(undefined);
    if (job.render) {
      job.chunksLeft = 1;
      this.queue.push({ fileId: job.fileId, msg: { type: 'render', fileId: job.fileId, bytes: job.bytes, page: job.render.page, dpi: job.render.dpi } });
      return;
    }
    if (job.layoutPages) {
      job.chunksLeft = 1;
      this.queue.push({ fileId: job.fileId, msg: { type: 'layout', fileId: job.fileId, bytes: job.bytes, pages: job.layoutPages } });
      return;
    }
    job.opts.onPages?.(0, numPages);
    if (job.opts.preview) {
      // First in the queue: a second worker paints it while the first extracts text.
      this.queue.push({ fileId: job.fileId, msg: { type: 'preview', fileId: job.fileId, bytes: job.bytes } });
      job.chunksLeft++;
    }
    // <= 25-page ranges (~75 ms of work each) keep the last range from leaving the other
    // workers idle at the end; >= 4 pages keeps the per-range message round trip negligible.
    const chunk = Math.min(25, Math.max(4, Math.ceil(numPages / (this.size * 8))));
    for (let from = 1; from <= numPages; from += chunk) {
      const to = Math.min(numPages, from + chunk - 1);
      this.queue.push({ fileId: job.fileId, msg: { type: 'pages', fileId: job.fileId, bytes: job.bytes, from, to } });
      job.chunksLeft++;
    }
  }

  /** The preview chunk ends without an image; the text chunks decide the file's outcome. */
  private abandonPreview(job: Job): void {
    if (job.settled) return;
    job.preview = null;
    if (--job.chunksLeft === 0) this.succeed(job);
  }

  private finishTask(slot: Slot): void {
    slot.task = null;
    slot.worker.unref();
    this.lastBusy = Date.now();
  }

  private succeed(job: Job): void {
    const pages = job.pages.map((p) => p ?? '');
    this.settle(job);
    job.resolve({ result: { pageCount: pages.length, pages, meta: job.meta!, annotationCount: job.annotationCount, preview: job.preview }, layouts: job.layouts, image: job.image });
  }

  private fail(job: Job, err: GlossaError): void {
    if (job.settled) return;
    job.error = err;
    this.settle(job);
    job.reject(err);
  }

  /** Removes the job's queued work, tells busy workers to stop, frees cached documents. */
  private settle(job: Job): void {
    job.settled = true;
    this.jobs.delete(job.fileId);
    this.queue = this.queue.filter((t) => t.fileId !== job.fileId);
    for (const slot of this.slots) {
      if (slot.task?.fileId === job.fileId) slot.worker.postMessage({ type: 'cancel', fileId: job.fileId } satisfies ToWorker);
      if (slot.cached.includes(job.fileId)) {
        slot.cached = slot.cached.filter((f) => f !== job.fileId);
        slot.worker.postMessage({ type: 'release', fileId: job.fileId } satisfies ToWorker);
      }
    }
  }

  private onWorkerDeath(slot: Slot, code: ErrorCode, detail: string): void {
    const index = this.slots.indexOf(slot);
    slot.markStarted();
    if (index < 0) return; // already replaced (terminated by us)
    this.slots.splice(index, 1);
    const job = slot.task ? this.jobs.get(slot.task.fileId) : undefined;
    // A preview is a nicety: the worker that died painting it costs the file only its preview.
    if (job && slot.task?.msg.type === 'preview') this.abandonPreview(job);
    else if (job) this.fail(job, pdfError(code, job.opts.fileName, detail));
    // A worker that dies before it is ready (it never had a task) cannot load its code: a
    // new one would too, so the waiting files fail instead of respawning workers for ever.
    if (!slot.ready && !this.slots.some((s) => s.ready)) {
      for (const waiting of [...this.jobs.values()]) this.fail(waiting, pdfError(code, waiting.opts.fileName, detail));
    }
    // Other files whose documents this worker had open simply re-open them elsewhere.
    this.dispatch();
  }

  private ensureWatchdog(): void {
    if (this.watchdog || this.slots.length === 0) return;
    this.watchdog = setInterval(() => this.tick(), Math.min(1000, this.timeoutMs / 4, this.previewBudgetMs / 4));
    this.watchdog.unref();
  }

  private tick(): void {
    const now = Date.now();
    for (const slot of [...this.slots]) {
      if (slot.task?.msg.type === 'preview' && slot.ready && now - slot.taskStartedAt > this.previewBudgetMs) {
        const job = this.jobs.get(slot.task.fileId);
        this.slots.splice(this.slots.indexOf(slot), 1);
        void slot.worker.terminate();
        if (job) this.abandonPreview(job);
      } else if (slot.task && slot.ready && now - slot.lastActivity > this.timeoutMs) {
        const job = this.jobs.get(slot.task.fileId);
        this.slots.splice(this.slots.indexOf(slot), 1);
        void slot.worker.terminate();
        const secs = Math.round(this.timeoutMs / 1000);
        if (job) this.fail(job, pdfError('import.timeout', job.opts.fileName, `no progress for ${secs} s`));
      }
    }
    if (this.slots.every((s) => !s.task) && this.queue.length === 0 && now - this.lastBusy > this.idleMs) {
      const idle = this.slots;
      this.slots = [];
      for (const s of idle) void s.worker.terminate();
      if (this.watchdog) clearInterval(this.watchdog);
      this.watchdog = null;
    }
    this.dispatch();
  }
}

/** The bytes of a PDF as the workers receive them (posting a SharedArrayBuffer copies nothing). */
function sharedCopy(bytes: Uint8Array): SharedArrayBuffer {
  const shared = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(shared).set(bytes);
  return shared;
}

/** A job not yet started: what its mode sets (layout pages, a render, a region session) over the defaults. */
function newJob(
  fileId: number,
  bytes: SharedArrayBuffer,
  opts: ExtractOptions,
  resolve: Job['resolve'],
  reject: Job['reject'],
  mode: Partial<Pick<Job, 'layoutPages' | 'render' | 'regions' | 'sessionOpen'>>,
): Job {
  return {
    fileId, bytes, opts, pages: [], layoutPages: null, layouts: new Map(), render: null, image: null, preview: null, regions: null, sessionOpen: false, error: null,
    pagesDone: 0, annotationCount: 0, meta: null, chunksLeft: 0, settled: false, resolve, reject, ...mode,
  };
}

/** Regions of one document rendered on the pool (ExtractPool.regions). */
export interface RegionSession {
  render(region: RegionRequest): Promise<RegionOutcome>;
  close(): void;
}

function cancelledError(fileName: string): GlossaError {
  return new GlossaError('import.cancelled', `Import of "${fileName}" was cancelled.`, { file: fileName });
}

let shared: ExtractPool | null = null;

/** The process-wide pool (workers start on first use and stop after 20 s idle). */
export function sharedExtractPool(): ExtractPool {
  shared ??= new ExtractPool();
  return shared;
}
