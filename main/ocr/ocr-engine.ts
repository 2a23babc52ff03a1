// The OCR engine: tesseract.js (Tesseract 5 compiled to wasm) in its own worker thread, with
// the Russian and English data vendored in assets/ocr. Configured so that nothing is fetched
// or written anywhere: langPath is the local folder, gzip off (the files are plain), cache
// 'none' (no copy in the working folder). One engine per process, started on first use
// (~0.3 s to load the wasm and both languages) and ended after 30 s idle to give its ~150 MB
// back. Recognition cannot be interrupted inside tesseract: a cancel ends the worker thread,
// and the next page starts a fresh one.
import { createWorker, OEM, type Worker as TesseractWorker } from 'tesseract.js';
import { GlossaError } from '../../shared/errors';
import type { OcrLine } from '../../shared/pdf/ocr-text';
import type { PageImage } from '../pdf/pdfjs-node';
import { OCR_LANGUAGES, ocrAssets } from './ocr-assets';

/** What a recognised page yields, in PDF user space. */
export interface RecognisedPage {
  lines: OcrLine[];
}

/** A speck read as a word: no letter or digit and the engine itself unsure. */
const SPECK_CONF = 40;
const IDLE_MS = 30_000;
/** A page takes ~0.5-3 s; one not read in 2 minutes means a stuck engine: it is ended, the page fails. */
const PAGE_TIMEOUT_MS = 120_000;

interface TesseractWord {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

/** Pixel -> PDF user space: the inverse of the viewport transform the page was rendered with. */
export function pixelToPdf(transform: readonly number[]): (x: number, y: number) => [number, number] {
  const [a, b, c, d, e, f] = transform;
  const det = a * d - b * c || 1;
  return (x, y) => {
    const px = x - e;
    const py = y - f;
    return [(d * px - c * py) / det, (-b * px + a * py) / det];
  };
}

/** The words of tesseract's result, line by line, boxes in PDF points (rounded to 0.01). */
export function toOcrLines(lines: Array<{ words: TesseractWord[] }>, transform: readonly number[]): OcrLine[] {
  const toPdf = pixelToPdf(transform);
  const r = (v: number) => Math.round(v * 100) / 100;
  return lines
    .map((line) =>
      line.words
        .filter((w) => w.text.trim() !== '' && (/[\p{L}\p{N}]/u.test(w.text) || w.confidence >= SPECK_CONF))
        .map((w) => {
          const [ax, ay] = toPdf(w.bbox.x0, w.bbox.y0);
          const [bx, by] = toPdf(w.bbox.x1, w.bbox.y1);
          return {
            text: w.text.replace(/\s+/gu, ''),
            x1: r(Math.min(ax, bx)),
            y1: r(Math.min(ay, by)),
            x2: r(Math.max(ax, bx)),
            y2: r(Math.max(ay, by)),
            conf: Math.round(Math.max(0, Math.min(100, w.confidence))),
          };
        }),
    )
    .filter((l) => l.length > 0);
}

/** A binary greymap (PGM, P5): the cheapest image format Tesseract's leptonica reads. */
export function toPgm(image: PageImage): Uint8Array {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'ascii');
  const out = new Uint8Array(header.length + image.gray.length);
  out.set(header, 0);
  out.set(image.gray, header.length);
  return out;
}

export class OcrEngine {
  private worker: Promise<TesseractWorker> | null = null;
  private idle: NodeJS.Timeout | null = null;
  private busy = 0;

  /** Recognises one rendered page; rejects with ocr.cancelled when `signal` aborts. */
  async recognise(image: PageImage, signal?: AbortSignal): Promise<RecognisedPage> {
    if (signal?.aborted) throw cancelled();
    this.busy++;
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const workerPromise = this.start();
    try {
      const worker = await withTimeout(workerPromise, 'the OCR engine did not start');
      const onAbort = () => void this.stop(workerPromise);
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const result = await withTimeout(worker.recognize(Buffer.from(toPgm(image)), {}, { text: false, blocks: true }), 'no page result');
        if (signal?.aborted) throw cancelled();
        const lines = (result.data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
        return { lines: toOcrLines(lines as Array<{ words: TesseractWord[] }>, image.transform) };
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
    } catch (err) {
      if (signal?.aborted) throw cancelled();
      if (err instanceof GlossaError) throw err;
      void this.stop(workerPromise);
      throw new GlossaError('ocr.failed', `Text recognition failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      this.busy--;
      if (this.busy === 0 && this.worker) this.idle = setTimeout(() => void this.close(), IDLE_MS).unref();
    }
  }

  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    if (this.worker) await this.stop(this.worker);
  }

  private start(): Promise<TesseractWorker> {
    if (this.worker) return this.worker;
    const assets = ocrAssets();
    const worker = createWorker([...OCR_LANGUAGES], OEM.LSTM_ONLY, {
      langPath: assets.langDir,
      workerPath: assets.workerPath,
      gzip: false,
      cacheMethod: 'none',
      errorHandler: () => undefined,
    });
    this.worker = worker;
    worker.catch(() => {
      if (this.worker === worker) this.worker = null;
    });
    return worker;
  }

  private async stop(worker: Promise<TesseractWorker>): Promise<void> {
    if (this.worker === worker) this.worker = null;
    await worker.then((w) => w.terminate()).catch(() => undefined);
  }
}

function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} in ${PAGE_TIMEOUT_MS / 1000} s`)), PAGE_TIMEOUT_MS);
  });
  return Promise.race([p, stuck]).finally(() => clearTimeout(timer));
}

function cancelled(): GlossaError {
  return new GlossaError('ocr.cancelled', 'Text recognition was cancelled.');
}

let shared: OcrEngine | null = null;

/** The process-wide engine (one tesseract worker: OCR is CPU-bound and cores are shared). */
export function sharedOcrEngine(): OcrEngine {
  shared ??= new OcrEngine();
  return shared;
}
