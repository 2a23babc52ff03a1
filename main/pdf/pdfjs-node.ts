// The one backend module that touches pdfjs-dist (legacy build, the one meant for Node).
// Opens documents with the safe options (no eval, no font faces, no system fonts, no
// XFA, no scripting), extracts text only (getTextContent; nothing is rendered), reads the
// info dictionary / XMP metadata, and maps pdf.js exceptions to Glossa error codes. The one
// exception to "nothing is rendered": a page without a usable text layer is rendered in
// greys for OCR (renderPageGray, @napi-rs/canvas, pdf.js's own Node canvas); page previews;
// and the region of an area highlight for the report exports (pdf-region.ts).
// Runs inside the extraction worker threads; pdf.js's own "worker" is its in-thread fake
// worker, so each of our threads holds one complete parser.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfSpan } from '../../shared/anchoring/text-range-rects';
import { buildPageText, TEXT_CONTENT_OPTIONS } from '../../shared/pdf/page-text';
import { encodeRgbPng } from './png-rgb';
import type { ErrorCode } from '../../shared/errors';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfMetadata {
  title: string;
  author: string;
  /** Creation date (info CreationDate, else XMP xmp:CreateDate), ISO 8601. */
  creationDate: string | null;
  /** The PDF's /PageLabels (pdf.js getPageLabels), one per page, or null when it has none. */
  pageLabels: string[] | null;
  /** The version of the pdf.js that read it (recorded as the document's extractor). */
  pdfjsVersion: string;
}

/**
 * A failure inside pdf.js while it read the document: the PDF's fault (damaged, fuzzed, an
 * unsupported structure), unlike an error in Glossa's own code, which must never be
 * reported as "your PDF is damaged".
 */
class PdfReadError extends Error {
  constructor(readonly original: unknown) {
    super(original instanceof Error ? original.message : String(original));
    this.name = original instanceof Error ? original.name : 'PdfReadError';
  }
}

/** Runs one pdf.js call; whatever it throws is marked as the document's failure. */
async function inPdfjs<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw new PdfReadError(err);
  }
}

let pdfjsPromise: Promise<{ pdfjs: Pdfjs; dataDir: string }> | null = null;

/** Loads pdf.js once per thread. Dynamic import: this file may run as CommonJS under tsx. */
function loadPdfjs(): Promise<{ pdfjs: Pdfjs; dataDir: string }> {
  pdfjsPromise ??= (async () => {
    // Registering the worker-side handler on globalThis makes pdf.js run its parser in
    // this thread (the "fake worker") without resolving a workerSrc URL at run time.
    // The legacy build's core-js replaces Array.prototype.push with a JS version on V8
    // <= 121 (Node 20) over an edge case (push onto a frozen-length array must throw a
    // TypeError) that pdf.js never hits. The replacement cost ~18% of extraction CPU on the
    // 600-page bench report (4.5 s -> 3.7 s on one core), so the native one goes back.
    // Safe: this thread runs nothing but pdf.js and our own code.
    const nativePush = Array.prototype.push;
    const workerModule = await import('pdfjs-dist/legacy/build/pdf.worker.mjs' as string);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = workerModule;
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as Pdfjs;
    Array.prototype.push = nativePush;
    // cmaps/ and standard_fonts/ ship inside the pdfjs-dist package (external to bundles).
    const dataDir = path.dirname(createRequire(thisModulePath()).resolve('pdfjs-dist/package.json'));
    return { pdfjs, dataDir };
  })();
  return pdfjsPromise;
}

/** Starts loading pdf.js (~0.3 s) so a fresh worker is ready when its first task arrives. */
export function warmUp(): Promise<void> {
  return loadPdfjs().then(
    () => undefined,
    () => undefined, // the first real task reports the failure with its file name
  );
}

/** This module's path in CommonJS (tsx, CJS bundle) and ESM (the bundled .mjs) alike. */
function thisModulePath(): string {
  return typeof __filename !== 'undefined' ? __filename : import.meta.url;
}

/**
 * Opens PDF bytes for text extraction. `data` is handed to pdf.js, which may detach it:
 * pass a private copy. cMaps are needed for CID fonts with predefined encodings (common
 * in CJK and some Cyrillic PDFs); standard font data lets pdf.js map glyphs of the 14
 * base fonts to Unicode when the PDF does not embed them.
 */
export async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  const { pdfjs, dataDir } = await loadPdfjs();
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    // Text extraction tolerates bad content operators (pdf.js skips them), like readers do;
    // structural damage still fails at open. See the corpus test for what this admits.
    stopAtErrors: false,
    // Text extraction never decodes images; a render for OCR does, and scans are often
    // JPEG 2000 or JBIG2, whose decoders ship as wasm inside pdfjs-dist.
    useWasm: true,
    wasmUrl: path.join(dataDir, 'wasm') + path.sep,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    cMapUrl: path.join(dataDir, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dataDir, 'standard_fonts') + path.sep,
    verbosity: 0,
  });
  return inPdfjs(() => task.promise);
}

/** Plain text of one page (1-based), assembled by the shared buildPageText rule. */
export async function extractPageText(doc: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const page = await inPdfjs(() => doc.getPage(pageNumber));
  try {
    const content = await inPdfjs(() => page.getTextContent(TEXT_CONTENT_OPTIONS));
    return buildPageText(content.items as Array<{ str?: string; hasEOL?: boolean }>).text;
  } finally {
    page.cleanup();
  }
}

interface LaidOutItem {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
}

/**
 * The box of every text item of one page (1-based) in PDF points, with its range in the page
 * text of buildPageText: the same em boxes pdf.js' text layer draws (baseline + ascent down
 * to baseline + descent; 0.8 / -0.2 of the font height when the font does not say).
 */
export async function extractPageLayout(doc: PDFDocumentProxy, pageNumber: number): Promise<PdfSpan[]> {
  const page = await inPdfjs(() => doc.getPage(pageNumber));
  try {
    const content = await inPdfjs(() => page.getTextContent(TEXT_CONTENT_OPTIONS));
    const items = content.items as LaidOutItem[];
    const styles = content.styles as Record<string, { ascent?: number; descent?: number; vertical?: boolean }>;
    const { itemStarts } = buildPageText(items);
    const spans: PdfSpan[] = [];
    items.forEach((item, i) => {
      const tx = item.transform;
      if (!item.str || !tx || tx.length < 6) return;
      const style = styles[item.fontName ?? ''] ?? {};
      const h = Math.hypot(tx[2], tx[3]);
      const ascent = (style.ascent || 0.8) * h;
      const descent = (style.descent || -0.2) * h;
      // Along the baseline (unit vector u) for `width`, across it (normal v) from descent to ascent.
      const len = Math.hypot(tx[0], tx[1]) || 1;
      const [ux, uy] = [tx[0] / len, tx[1] / len];
      const [vx, vy] = [-uy, ux];
      const w = style.vertical ? (item.height ?? 0) : (item.width ?? 0);
      const xs: number[] = [];
      const ys: number[] = [];
      for (const along of [0, w]) for (const across of [descent, ascent]) {
        xs.push(tx[4] + ux * along + vx * across);
        ys.push(tx[5] + uy * along + vy * across);
      }
      const rect = { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
      if ([rect.x1, rect.y1, rect.x2, rect.y2].every(Number.isFinite)) spans.push({ start: itemStarts[i], end: itemStarts[i] + item.str.length, rect });
    });
    return spans;
  } finally {
    page.cleanup();
  }
}

/** A page rendered for OCR: 8-bit greys, row by row, and the viewport transform used. */
export interface PageImage {
  width: number;
  height: number;
  gray: Uint8Array;
  /** pdf.js viewport transform: PDF user space -> image pixels (a, b, c, d, e, f). */
  transform: number[];
}

/** 60 Mpx of RGBA is ~240 MB: above it (a poster-sized page) the render scale is lowered. */
const MAX_RENDER_PIXELS = 40_000_000;

/**
 * Renders one page (1-based) at `dpi` into greys. The canvas comes from @napi-rs/canvas, the
 * package pdf.js itself uses under Node; images are decoded by pdf.js's JS decoders.
 */
export async function renderPageGray(doc: PDFDocumentProxy, pageNumber: number, dpi: number): Promise<PageImage> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const page = await inPdfjs(() => doc.getPage(pageNumber));
  try {
    const base = page.getViewport({ scale: 1 });
    const scale = Math.min(dpi / 72, Math.sqrt(MAX_RENDER_PIXELS / Math.max(1, base.width * base.height)));
    const viewport = page.getViewport({ scale });
    const width = Math.max(1, Math.ceil(viewport.width));
    const height = Math.max(1, Math.ceil(viewport.height));
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    await inPdfjs(() => page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise);
    const rgba = ctx.getImageData(0, 0, width, height).data;
    const gray = new Uint8Array(width * height);
    for (let p = 0, o = 0; p < gray.length; p++, o += 4) gray[p] = (rgba[o] * 77 + rgba[o + 1] * 150 + rgba[o + 2] * 29) >> 8;
    return { width, height, gray, transform: [...viewport.transform] };
  } finally {
    page.cleanup();
  }
}

/** Preview width in pixels: the reader's fit-width page at 1280 px is ~900 CSS px wide, and the
 *  preview is on screen for ~0.1-0.3 s before the canvas replaces it. */
export const PREVIEW_WIDTH_PX = 800;
/** JPEG at 65: ~100 KB for a dense text page, encoded in ~20 ms (WebP is ~30% smaller but
 *  takes ~95 ms, which every import would pay). */
const PREVIEW_QUALITY = 65;

export interface EncodedPreview {
  widthPt: number;
  heightPt: number;
  width: number;
  height: number;
  mime: 'image/jpeg';
  bytes: Uint8Array;
}

/** Renders one page (1-based) `widthPx` wide on white and encodes it as JPEG. */
export async function renderPagePreview(doc: PDFDocumentProxy, pageNumber: number, widthPx = PREVIEW_WIDTH_PX): Promise<EncodedPreview> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const page = await inPdfjs(() => doc.getPage(pageNumber));
  try {
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: widthPx / Math.max(1, base.width) });
    const width = Math.max(1, Math.min(4096, Math.round(viewport.width)));
    const height = Math.max(1, Math.min(4096, Math.round(viewport.height)));
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    await inPdfjs(() => page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise);
    const bytes = new Uint8Array(await canvas.encode('jpeg', PREVIEW_QUALITY));
    return { widthPt: base.width, heightPt: base.height, width, height, mime: 'image/jpeg', bytes };
  } finally {
    page.cleanup();
  }
}

/** The encoded image of a page region: pixels, and the size in points it stands for. */
export interface EncodedRegion {
  width: number;
  height: number;
  widthPt: number;
  heightPt: number;
  mime: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
}

/** Why a region has no image: it lies outside its page, or has no area. */
export type RegionRefusal = 'outside' | 'empty';

type NapiCanvas = import('@napi-rs/canvas').Canvas;
type NapiContext = import('@napi-rs/canvas').SKRSContext2D;
let canvasIsRgba: Promise<boolean> | null = null;

/** Whether a canvas's own pixel store (canvas.data(), no copy) holds R, G, B, A in that order:
 *  asked once of a 1-pixel canvas (Skia may keep B, G, R, A on other platforms). */
function canvasDataIsRgba(): Promise<boolean> {
  canvasIsRgba ??= import('@napi-rs/canvas').then(({ createCanvas }) => {
    const probe = createCanvas(1, 1);
    const ctx = probe.getContext('2d', { alpha: false });
    ctx.fillStyle = '#102030';
    ctx.fillRect(0, 0, 1, 1);
    const px = probe.data();
    return px.length === 4 && px[0] === 0x10 && px[1] === 0x20 && px[2] === 0x30 && px[3] === 0xff;
  });
  return canvasIsRgba;
}

/** The RGBA pixels of an opaque canvas: its own store when that is RGBA (an opaque canvas's
 *  premultiplied pixels are its plain ones), else a copy through getImageData (7 ms a page). */
async function opaquePixels(canvas: NapiCanvas, ctx: NapiContext, width: number, height: number): Promise<Uint8Array | Uint8ClampedArray> {
  if (await canvasDataIsRgba()) {
    const data = canvas.data();
    if (data.length === width * height * 4) return data;
  }
  return ctx.getImageData(0, 0, width, height).data;
}

/** A region smaller than this (points) on either side is a slip of the mouse, not a figure. */
const MIN_REGION_PT = 2;
/** Above 1 byte a pixel the PNG is a photograph or a scan (charts and tables are ~0.01-0.1, a
 *  whole text page ~0.2): then JPEG is tried and kept when it is at most 60 % of the PNG. */
const PHOTO_PNG_BYTES_PER_PIXEL = 1;
const JPEG_QUALITY = 85;

/**
 * Renders the part of page `pageNumber` (1-based) inside `rect` (PDF points; clipped to the
 * page box) on white at `dpi`, at most `maxPixels`, and encodes it as PNG (figures, tables:
 * sharp edges, small files) or JPEG (photographs, scans, when that is clearly smaller). Only
 * the region's pixels are allocated: the page is drawn through a translation, so a 4 Mpx crop
 * of a poster page is 16 MB of RGBA, never the whole page.
 */
export async function renderPageRegion(
  doc: PDFDocumentProxy,
  pageNumber: number,
  rect: { x1: number; y1: number; x2: number; y2: number },
  opts: { dpi: number; maxPixels: number },
): Promise<EncodedRegion | RegionRefusal> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const page = await inPdfjs(() => doc.getPage(pageNumber));
  try {
    const [vx1, vy1, vx2, vy2] = page.view;
    const x1 = Math.max(Math.min(rect.x1, rect.x2), Math.min(vx1, vx2));
    const x2 = Math.min(Math.max(rect.x1, rect.x2), Math.max(vx1, vx2));
    const y1 = Math.max(Math.min(rect.y1, rect.y2), Math.min(vy1, vy2));
    const y2 = Math.min(Math.max(rect.y1, rect.y2), Math.max(vy1, vy2));
    const whole = [rect.x1, rect.x2, rect.y1, rect.y2].every(Number.isFinite);
    if (!whole || Math.abs(rect.x2 - rect.x1) < MIN_REGION_PT || Math.abs(rect.y2 - rect.y1) < MIN_REGION_PT) return 'empty';
    if (x2 - x1 < MIN_REGION_PT || y2 - y1 < MIN_REGION_PT) return 'outside';
    const scale = Math.min(opts.dpi / 72, Math.sqrt(opts.maxPixels / ((x2 - x1) * (y2 - y1))));
    const viewport = page.getViewport({ scale });
    // A rotated page turns the rect too: its corners in viewport pixels give the crop.
    const [ax, ay, bx, by] = viewport.convertToViewportRectangle([x1, y1, x2, y2]) as number[];
    const left = Math.floor(Math.min(ax, bx));
    const top = Math.floor(Math.min(ay, by));
    const width = Math.max(1, Math.ceil(Math.max(ax, bx)) - left);
    const height = Math.max(1, Math.ceil(Math.max(ay, by)) - top);
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d', { alpha: false });
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    await inPdfjs(() => page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport, transform: [1, 0, 0, 1, -left, -top] }).promise);
    // An opaque RGB PNG (png-rgb.ts), not the canvas's own RGBA one.
    let bytes = encodeRgbPng(await opaquePixels(canvas, ctx, width, height), width, height);
    let mime: EncodedRegion['mime'] = 'image/png';
    if (bytes.byteLength > PHOTO_PNG_BYTES_PER_PIXEL * width * height) {
      const jpeg = new Uint8Array(await canvas.encode('jpeg', JPEG_QUALITY));
      if (jpeg.byteLength <= 0.6 * bytes.byteLength) [bytes, mime] = [jpeg, 'image/jpeg'];
    }
    const turned = Math.abs(((page.rotate % 180) + 180) % 180) === 90;
    const [widthPt, heightPt] = turned ? [y2 - y1, x2 - x1] : [x2 - x1, y2 - y1];
    return { width, height, widthPt, heightPt, mime, bytes };
  } finally {
    page.cleanup();
  }
}

/** Page labels are a nicety too: a malformed /PageLabels tree means none, not a failure. */
async function readPageLabels(doc: PDFDocumentProxy): Promise<string[] | null> {
  try {
    return await doc.getPageLabels();
  } catch {
    return null;
  }
}

export async function readMetadata(doc: PDFDocumentProxy): Promise<PdfMetadata> {
  const { pdfjs } = await loadPdfjs();
  const out: PdfMetadata = { title: '', author: '', creationDate: null, pageLabels: await readPageLabels(doc), pdfjsVersion: pdfjs.version };
  let meta: Awaited<ReturnType<PDFDocumentProxy['getMetadata']>>;
  try {
    meta = await doc.getMetadata();
  } catch {
    return out; // metadata is a nicety: a broken info dictionary must not fail the import
  }
  const info = (meta.info ?? {}) as Record<string, unknown>;
  const xmp = meta.metadata;
  const str = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');
  out.title = str(info.Title) || str(xmp?.get('dc:title'));
  out.author = str(info.Author) || str(xmp?.get('dc:creator'));
  const infoDate = typeof info.CreationDate === 'string' ? pdfjs.PDFDateString.toDateObject(info.CreationDate) : null;
  if (infoDate && !Number.isNaN(infoDate.getTime())) {
    out.creationDate = infoDate.toISOString();
  } else {
    const xmpDate = str(xmp?.get('xmp:createdate'));
    const parsed = xmpDate ? new Date(xmpDate) : null;
    if (parsed && !Number.isNaN(parsed.getTime())) out.creationDate = parsed.toISOString();
  }
  return out;
}

/**
 * The user-facing code of a failure while extracting: a password (encrypted), anything else
 * pdf.js threw (broken), and anything thrown by Glossa's own code (internal: a bug to report,
 * not a damaged PDF).
 */
export function classifyPdfError(err: unknown): ErrorCode {
  if (!(err instanceof PdfReadError)) return 'internal';
  return err.name === 'PasswordException' ? 'import.encrypted' : 'import.broken';
}

/** Outline entries read at most: a TIP report has ~200; a hostile outline may loop or nest without end. */
const MAX_OUTLINE_ENTRIES = 5000;
const MAX_OUTLINE_DEPTH = 16;

export interface PdfOutlineEntry {
  title: string;
  /** 0 = top level. */
  level: number;
  /** 0-based page of the destination; null when it cannot be resolved (a URL, a broken name). */
  pageIndex: number | null;
}

/**
 * The document's outline (bookmarks) in reading order, depth first: each entry's title, level
 * and the page its destination points to. Named destinations are looked up (getDestination),
 * explicit ones ([ref, /XYZ …] or [pageNumber, …]) resolved with getPageIndex. No outline: [].
 */
export async function readOutline(doc: PDFDocumentProxy): Promise<PdfOutlineEntry[]> {
  const outline = await inPdfjs(() => doc.getOutline());
  const out: PdfOutlineEntry[] = [];
  type Node = { title?: string; dest?: unknown; items?: Node[] };
  const walk = async (items: Node[] | null | undefined, level: number): Promise<void> => {
    if (!items || level >= MAX_OUTLINE_DEPTH) return;
    for (const item of items) {
      if (out.length >= MAX_OUTLINE_ENTRIES) return;
      out.push({ title: String(item.title ?? '').replace(/\s+/g, ' ').trim(), level, pageIndex: await destinationPage(doc, item.dest) });
      await walk(item.items, level + 1);
    }
  };
  await walk(outline as Node[] | null, 0);
  return out;
}

/** A destination's 0-based page, or null: a broken destination is a bookmark to nowhere, not a failure. */
async function destinationPage(doc: PDFDocumentProxy, dest: unknown): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    if (!Array.isArray(explicit) || explicit.length === 0) return null;
    const target = explicit[0] as unknown;
    if (typeof target === 'number' && Number.isInteger(target)) return target >= 0 && target < doc.numPages ? target : null;
    if (target && typeof target === 'object' && 'num' in target && 'gen' in target) return await doc.getPageIndex(target as { num: number; gen: number });
    return null;
  } catch {
    return null;
  }
}

/** One line of a page's text as laid out: its text, font size (points) and pdf.js font id. */
export interface PdfTextLine {
  text: string;
  size: number;
  fontId: string;
}

/**
 * The text lines of one page (1-based) in reading order, for heading detection: items on one
 * baseline join into a line; a line's size and font are those of most of its characters.
 */
export async function extractPageLines(doc: PDFDocumentProxy, pageNumber: number): Promise<PdfTextLine[]> {
  const page = await inPdfjs(() => doc.getPage(pageNumber));
  try {
    const content = await inPdfjs(() => page.getTextContent(TEXT_CONTENT_OPTIONS));
    const lines: PdfTextLine[] = [];
    let parts: string[] = [];
    let weights = new Map<string, number>();
    let y: number | null = null;
    const flush = () => {
      const text = parts.join('').replace(/\s+/g, ' ').trim();
      let best = '';
      for (const [key, n] of weights) if (best === '' || n > (weights.get(best) ?? 0)) best = key;
      if (text && best) {
        const [size, fontId] = best.split('|');
        lines.push({ text, size: Number(size), fontId });
      }
      parts = [];
      weights = new Map();
      y = null;
    };
    for (const item of content.items as LaidOutItem[]) {
      const tx = item.transform;
      if (item.str === undefined || !tx || tx.length < 6) continue;
      // A new baseline (more than a fifth of the font size away) starts a new line.
      const size = Math.round(Math.hypot(tx[2], tx[3]) * 2) / 2;
      if (y !== null && item.str.trim() && Math.abs(tx[5] - y) > Math.max(1, size / 5)) flush();
      if (item.str.trim()) {
        y ??= tx[5];
        const key = `${size}|${item.fontName ?? ''}`;
        weights.set(key, (weights.get(key) ?? 0) + item.str.trim().length);
      }
      parts.push(item.str);
      if (item.hasEOL) flush();
    }
    flush();
    return lines;
  } finally {
    page.cleanup();
  }
}

/**
 * The PostScript names of the fonts behind pdf.js font ids used on one page (1-based), e.g.
 * "ABCDEF+DejaVuSans-Bold": pdf.js hands a font's name out only once the page's operators are
 * read, so this parses the page once (the caller asks for one page per font it wonders about).
 */
export async function fontNamesOnPage(doc: PDFDocumentProxy, pageNumber: number, fontIds: readonly string[]): Promise<Map<string, string>> {
  const page = await inPdfjs(() => doc.getPage(pageNumber));
  const out = new Map<string, string>();
  try {
    await inPdfjs(() => page.getOperatorList());
    for (const id of fontIds) {
      try {
        const font = page.commonObjs.get(id) as { name?: unknown } | undefined;
        if (font && typeof font.name === 'string') out.set(id, font.name);
      } catch {
        // Not loaded (a Type3 font, a broken one): its weight stays unknown.
      }
    }
    return out;
  } finally {
    page.cleanup();
  }
}
