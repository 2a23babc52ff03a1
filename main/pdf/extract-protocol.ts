// Messages between the extraction pool (main thread) and its worker threads. Plain data
// only. The PDF bytes travel as a SharedArrayBuffer: posting it is zero-copy, and each
// worker copies it once into the private buffer pdf.js is allowed to detach.
import type { PdfSpan } from '../../shared/anchoring/text-range-rects';
import type { ErrorCode } from '../../shared/errors';
import type { PdfRect } from '../../shared/domain/annotation';
import type { EncodedPreview, EncodedRegion, PageImage, PdfMetadata, RegionRefusal } from './pdfjs-node';

/** A region of a page to render as an image (an area highlight in a report). */
export interface RegionRequest {
  /** 1-based. */
  page: number;
  rect: PdfRect;
  dpi: number;
  maxPixels: number;
}

/** A rendered region, or why there is none ('broken': pdf.js cannot open the file or draw the page). */
export type RegionOutcome = EncodedRegion | RegionRefusal | 'broken';

export type ToWorker =
  /** Open the document, reply `opened` with page count and metadata. */
  | { type: 'open'; fileId: number; bytes: SharedArrayBuffer }
  /** Extract pages from..to (1-based, inclusive), one `page` reply each, then `done`. */
  | { type: 'pages'; fileId: number; bytes: SharedArrayBuffer; from: number; to: number }
  /** Text item boxes of the given pages (1-based), one `layout` reply each, then `done`. */
  | { type: 'layout'; fileId: number; bytes: SharedArrayBuffer; pages: number[] }
  /** Render one page (1-based) in greys at `dpi` for OCR, one `image` reply, then `done`. */
  | { type: 'render'; fileId: number; bytes: SharedArrayBuffer; page: number; dpi: number }
  /** Render page 1 as the reader's preview, one `preview` reply (none if it fails), then `done`. */
  | { type: 'preview'; fileId: number; bytes: SharedArrayBuffer }
  /** Render one region of a page, one `region` reply, then `done` (no `open` first). */
  | { type: 'region'; fileId: number; bytes: SharedArrayBuffer; regionId: number; region: RegionRequest }
  /** Stop work on this file after the current page (answered by the pending `done`). */
  | { type: 'cancel'; fileId: number }
  /** Forget the cached document of a finished file. */
  | { type: 'release'; fileId: number };

export type FromWorker =
  /** pdf.js is loaded; the no-progress watchdog starts counting only from here. */
  | { type: 'ready'; fileId?: undefined }
  | { type: 'opened'; fileId: number; numPages: number; meta: PdfMetadata }
  /** annotations: highlights, underlines, strike-outs, squares and notes on the page. */
  | { type: 'page'; fileId: number; pageNumber: number; text: string; annotations: number }
  | { type: 'layout'; fileId: number; pageNumber: number; spans: PdfSpan[] }
  | { type: 'image'; fileId: number; image: PageImage }
  | { type: 'preview'; fileId: number; preview: EncodedPreview }
  | { type: 'region'; fileId: number; regionId: number; outcome: RegionOutcome }
  | { type: 'done'; fileId: number }
  | { type: 'failed'; fileId: number; code: ErrorCode; detail: string };
