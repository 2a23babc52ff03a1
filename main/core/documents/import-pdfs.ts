// Imports PDFs into the open project: per file read -> sha256 -> duplicate check -> text
// extraction in the worker pool (off the main thread) -> prefilled metadata -> ONE
// transaction (insertDocument) with bytes, page texts and index rows. Pages without a usable
// text layer (scans) are OCRed first (main/ocr, in worker threads); a cancel while they are
// read keeps the document with its digital pages and the pages read so far. A failure in one
// file never stops the others, and a file is either fully stored or not at all, so
// cancelling or a broken PDF leaves the project as it was for that file. An import into a
// project that already has documents writes a backup first (backups.ts).
import { createHash, randomUUID } from 'node:crypto';
import type { ImportFileStatus, ImportProgress, ImportSource } from '../../../shared/domain/import';
import { GlossaError, toErrorData } from '../../../shared/errors';
import { countDocuments, findDocumentBySha, insertDocument } from '../../db/repositories/documents';
import type { ProjectHandle } from '../backend-context';
import { type ExtractPool, sharedExtractPool } from '../../pdf/extract-pool';
import { currentExtractor } from '../../pdf/extractor-record';
import { sniffPdf } from '../../pdf/pdf-sniff';
import { expandSources, type ImportCandidate, MAX_PDF_BYTES, readCandidate } from './import-sources';
import { detectLanguage, pageLabelsAtImport, prefillTitle, prefillYear } from './prefill-metadata';
import { writeBackup } from '../project/backups';
import { ocrPageText, pageNeedsOcr } from '../../../shared/pdf/ocr-text';
import { type NewPageOcr, storePageOcr } from '../../db/repositories/page-ocr';
import { storePagePreview } from '../../db/repositories/page-previews';
import { ocrImproves, recognisePages } from '../../ocr/ocr-pages';
import type { OcrEngine } from '../../ocr/ocr-engine';

export interface ImportOptions {
  onProgress(p: ImportProgress): void;
  signal?: AbortSignal;
  jobId?: string;
  /** Defaults to the process-wide pool; tests pass their own (e.g. a short timeout). */
  pool?: ExtractPool;
  maxBytes?: number;
  /** Back up a project that already has documents first (default true). */
  backup?: boolean;
  /** OCR pages without a usable text layer (default true). */
  ocr?: boolean;
  /** Defaults to the process-wide engine. */
  ocrEngine?: OcrEngine;
}

/** Progress events at most every 100 ms (~10/s): enough for a smooth bar, cheap over IPC/HTTP. */
const PROGRESS_INTERVAL_MS = 100;
/** Two files in flight keep both workers busy between one file's last pages and the next's open. */
const FILES_IN_FLIGHT = 2;

class ProgressReporter {
  private timer: NodeJS.Timeout | null = null;
  private last = 0;

  constructor(
    private readonly jobId: string,
    private readonly files: ImportFileStatus[],
    private readonly onProgress: (p: ImportProgress) => void,
  ) {}

  snapshot(finished: boolean): ImportProgress {
    const fraction = (f: ImportFileStatus) => {
      if (f.state === 'queued') return 0;
      if (f.state === 'parsing') return f.pageCount > 0 ? (0.3 * f.pagesDone) / f.pageCount : 0;
      // OCR takes ~1 s a page against ~5 ms to extract one: it gets most of the bar.
      if (f.state === 'recognising') return 0.3 + (f.ocrPageCount ? (0.65 * (f.ocrPagesDone ?? 0)) / f.ocrPageCount : 0);
      if (f.state === 'saving') return 0.95;
      return 1;
    };
    const overall = this.files.length === 0 ? 1 : this.files.reduce((a, f) => a + fraction(f), 0) / this.files.length;
    return { jobId: this.jobId, files: this.files.map((f) => ({ ...f })), overall: finished ? 1 : overall, finished };
  }

  /** Emits now if the last event is old enough, else once at the end of the interval. */
  changed(): void {
    const wait = this.last + PROGRESS_INTERVAL_MS - Date.now();
    if (wait <= 0) return this.emit();
    this.timer ??= setTimeout(() => this.emit(), wait);
  }

  finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.onProgress(this.snapshot(true));
  }

  private emit(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.last = Date.now();
    this.onProgress(this.snapshot(false));
  }
}

export async function importPdfs(handle: ProjectHandle, sources: ImportSource[], opts: ImportOptions): Promise<ImportFileStatus[]> {
  const jobId = opts.jobId ?? randomUUID();
  const candidates = expandSources(sources);
  const files: ImportFileStatus[] = candidates.map((c) => ({ name: c.name, state: 'queued', pagesDone: 0, pageCount: 0 }));
  const progress = new ProgressReporter(jobId, files, opts.onProgress);
  const pool = opts.pool ?? sharedExtractPool();
  const seen = new Map<string, Promise<boolean>>();
  progress.changed();
  // The backup comes first: if it cannot be written, nothing is imported.
  if (opts.backup !== false && candidates.length > 0 && countDocuments(handle.db) > 0) await writeBackup(handle.db, handle.path, 'import');

  let next = 0;
  const runNext = async (): Promise<void> => {
    while (next < candidates.length) {
      const i = next++;
      if (opts.signal?.aborted) {
        files[i].state = 'cancelled';
        continue;
      }
      await importOne(handle, candidates[i], files[i], {
        pool, seen, progress, signal: opts.signal, maxBytes: opts.maxBytes ?? MAX_PDF_BYTES, ocr: opts.ocr !== false, ocrEngine: opts.ocrEngine,
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(FILES_IN_FLIGHT, candidates.length) }, runNext));
  progress.finish();
  return files.map((f) => ({ ...f }));
}

interface FileContext {
  pool: ExtractPool;
  /** sha256 -> settles true if that file (earlier in this job) was stored. */
  seen: Map<string, Promise<boolean>>;
  progress: ProgressReporter;
  signal?: AbortSignal;
  maxBytes: number;
  ocr: boolean;
  ocrEngine?: OcrEngine;
}

async function importOne(handle: ProjectHandle, c: ImportCandidate, status: ImportFileStatus, ctx: FileContext): Promise<void> {
  const setFailed = (err: unknown) => {
    const data = toErrorData(err);
    if (data.code === 'import.cancelled') {
      status.state = 'cancelled';
    } else if (data.code === 'import.duplicate') {
      status.state = 'duplicate';
      status.errorCode = 'import.duplicate';
      status.message = duplicateMessage(status.name);
    } else {
      status.state = 'failed';
      status.errorCode = data.code;
      status.message = data.message;
    }
  };
  let stored: (ok: boolean) => void = () => undefined;
  try {
    status.state = 'parsing';
    ctx.progress.changed();
    const bytes = readCandidate(c, ctx.maxBytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // The same file twice in one drop: the second waits for the first's outcome.
    const earlier = ctx.seen.get(sha256);
    if ((earlier && (await earlier)) || findDocumentBySha(handle.db, sha256)) {
      throw new GlossaError('import.duplicate', duplicateMessage(status.name), { file: status.name });
    }
    ctx.seen.set(sha256, new Promise<boolean>((resolve) => (stored = resolve)));
    sniffPdf(bytes, status.name);
    const result = await ctx.pool.extract(bytes, {
      fileName: status.name,
      signal: ctx.signal,
      preview: true,
      onPages(done, total) {
        status.pagesDone = done;
        status.pageCount = total;
        ctx.progress.changed();
      },
    });
    // The last chance to stop: after this the document is stored in one go (a cancel
    // during OCR keeps it: its digital pages are read already).
    if (ctx.signal?.aborted) throw new GlossaError('import.cancelled', `Import of "${status.name}" was cancelled.`);
    const ocr = ctx.ocr ? await recognise(bytes, result.pages, status, ctx) : [];
    const pages = [...result.pages];
    // Title, year, language and printed page numbers are read from the recognised text too.
    for (const o of ocr) pages[o.pageIndex] = ocrPageText(o.lines);
    status.state = 'saving';
    ctx.progress.changed();
    const doc = handle.db.transaction(() => {
      const stored = insertDocument(
        handle.db,
        {
          sha256,
          fileName: status.name,
          title: prefillTitle(result.meta.title, pages, status.name),
          author: result.meta.author,
          organisation: '',
          countries: [],
          year: prefillYear(pages),
          docType: '',
          language: detectLanguage(pages),
          pageCount: result.pageCount,
          byteSize: bytes.byteLength,
          pdfDate: result.meta.creationDate,
          pageLabels: pageLabelsAtImport(result.meta.pageLabels, pages),
          extractor: currentExtractor(result.meta.pdfjsVersion, ocr[0]),
        },
        pages,
        bytes,
      );
      for (const o of ocr) storePageOcr(handle.db, stored.id, o);
      if (result.preview) storePagePreview(handle.db, stored.id, { pageIndex: 0, ...result.preview }, stored.pageCount);
      return stored;
    })();
    status.state = 'done';
    status.documentId = doc.id;
    if (result.annotationCount > 0) status.embeddedAnnotations = result.annotationCount;
    stored(true);
  } catch (err) {
    stored(false);
    setFailed(err);
  }
  ctx.progress.changed();
}

/** OCR of the pages whose text layer is unusable; those it reads better than the PDF's text. */
async function recognise(bytes: Uint8Array, texts: string[], status: ImportFileStatus, ctx: FileContext): Promise<NewPageOcr[]> {
  const wanted = texts.flatMap((t, i) => (pageNeedsOcr(t) ? [i] : []));
  if (wanted.length === 0) return [];
  status.state = 'recognising';
  status.ocrPagesDone = 0;
  status.ocrPageCount = wanted.length;
  ctx.progress.changed();
  const run = await recognisePages(bytes, wanted, {
    fileName: status.name,
    pool: ctx.pool,
    engine: ctx.ocrEngine,
    signal: ctx.signal,
    onPage(done) {
      status.ocrPagesDone = done;
      ctx.progress.changed();
    },
  });
  // A cancel or an OCR failure never costs the document: its digital pages are stored anyway.
  if (run.cancelled || run.failed) status.ocrSkipped = wanted.length - run.pages.length;
  if (run.failed) {
    status.ocrErrorCode = run.failed.code;
    status.ocrMessage = run.failed.message;
  }
  return run.pages.filter((o) => ocrImproves(o, texts[o.pageIndex]));
}

function duplicateMessage(name: string): string {
  return `"${name}" is already in this project.`;
}
