// OCR of some pages of one PDF: each page is rendered in greys by the extraction pool (pdf.js
// in a worker thread, under its watchdog and memory cap) and read by the OCR engine (its own
// worker thread), the next page rendering while the current one is read. Nothing runs on
// the caller's thread but bookkeeping, so the backend keeps answering. A cancel stops after
// the current page and returns the pages done so far: they are kept.
import { letterCount, meanConfidence, MIN_LETTERS, ocrPageText } from '../../shared/pdf/ocr-text';
import { type ErrorData, GlossaError, toErrorData } from '../../shared/errors';
import type { NewPageOcr } from '../db/repositories/page-ocr';
import { type ExtractPool, sharedExtractPool } from '../pdf/extract-pool';
import type { PageImage } from '../pdf/pdfjs-node';
import { OCR_LANGUAGES, ocrAssets } from './ocr-assets';
import { type OcrEngine, sharedOcrEngine } from './ocr-engine';

/**
 * Render resolution. 200 dpi is what office scanners produce; rendering finer than the scan
 * only enlarges its specks (at 300 dpi the fixture scans gain junk "words" and lose ~14 points
 * of confidence) and costs 2.25x the pixels.
 */
export const OCR_DPI = 200;

export interface OcrRunOptions {
  fileName: string;
  pool?: ExtractPool;
  engine?: OcrEngine;
  signal?: AbortSignal;
  /** After each page: pages done and total. */
  onPage?(done: number, total: number): void;
}

export interface OcrRun {
  pages: NewPageOcr[];
  /** True when the signal stopped the run before every page was read. */
  cancelled: boolean;
  /** Why the run stopped early otherwise (engine missing or failing, a page pdf.js cannot render). */
  failed?: ErrorData;
}

/**
 * Recognises the given pages (0-based) of `bytes`. Never rejects: a cancel or a failure (the
 * engine or its data missing, a page that cannot be rendered) ends the run with the pages
 * read so far, and says why.
 */
export async function recognisePages(bytes: Uint8Array, pageIndices: readonly number[], opts: OcrRunOptions): Promise<OcrRun> {
  const pool = opts.pool ?? sharedExtractPool();
  const engine = opts.engine ?? sharedOcrEngine();
  let assets: ReturnType<typeof ocrAssets>;
  try {
    assets = ocrAssets();
  } catch (err) {
    return { pages: [], cancelled: false, failed: toErrorData(err) };
  }
  const source = { engine: assets.engineVersion, dataVersion: assets.dataVersion, languages: OCR_LANGUAGES.join('+') };
  const render = (i: number) => pool.renderPage(bytes, i + 1, OCR_DPI, { fileName: opts.fileName, signal: opts.signal });
  const pages: NewPageOcr[] = [];
  let next: Promise<PageImage> | null = pageIndices.length > 0 ? render(pageIndices[0]) : null;
  try {
    for (let k = 0; k < pageIndices.length; k++) {
      const image = await next!;
      next = k + 1 < pageIndices.length ? render(pageIndices[k + 1]) : null;
      next?.catch(() => undefined); // awaited on the next turn; a cancel may leave it unawaited
      const { lines } = await engine.recognise(image, opts.signal);
      pages.push({ pageIndex: pageIndices[k], lines, confidence: meanConfidence(lines), ...source });
      opts.onPage?.(k + 1, pageIndices.length);
    }
    return { pages, cancelled: false };
  } catch (err) {
    const code = toErrorData(err).code;
    if (opts.signal?.aborted || code === 'ocr.cancelled' || code === 'import.cancelled') return { pages, cancelled: true };
    return { pages, cancelled: false, failed: err instanceof GlossaError ? toErrorData(err) : { code: 'ocr.failed', message: `Text recognition failed: ${String(err)}` } };
  }
}

/** Below this mean confidence a handful of OCR letters is taken for noise (specks, a figure's marks). */
const NOISE_CONFIDENCE = 75;

/**
 * Whether an OCR result should replace a page's extracted text: only when it reads more
 * letters, and — when it reads only a few (fewer than MIN_LETTERS: a figure, a stamp, specks) —
 * only when the engine is confident of them.
 */
export function ocrImproves(ocr: NewPageOcr, extracted: string): boolean {
  const letters = letterCount(ocrPageText(ocr.lines));
  if (letters <= letterCount(extracted)) return false;
  return letters >= MIN_LETTERS || ocr.confidence >= NOISE_CONFIDENCE;
}
