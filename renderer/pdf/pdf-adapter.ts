// The one module of the renderer that imports pdfjs-dist. It opens documents with the safe
// options (no eval, no XFA, no scripting: pdf.sandbox is never loaded) and exposes a small
// typed surface — pages, text, rendering, text layer, links, outline, destinations — so the
// rest of the app never touches pdf.js objects and a pdf.js upgrade stays in this file. On a
// scanned page with stored OCR words (setOcrPages), the page's text and its text layer come
// from those words (shared/pdf/ocr-text.ts): transparent spans over the image, with the same
// offsets as the stored page text, so selection, highlights and find work as on a digital page.
import {
  AnnotationMode,
  getDocument,
  GlobalWorkerOptions,
  PDFWorker,
  TextLayer,
  type PDFDocumentProxy,
  type PDFPageProxy,
  type RenderTask,
} from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { TEXT_CONTENT_OPTIONS, buildPageText, type PageText } from '../../shared/pdf/page-text';
import { OCR_FONT, OCR_FONT_STYLE, ocrTextItems, type OcrLine } from '../../shared/pdf/ocr-text';
import { PDFJS_ASSET_DIRS } from './pdfjs-asset-dirs';
import { warmUpPdfBytes } from './warm-up-pdf';

let sharedWorker: PDFWorker | null = null;
let warmedUp = false;

/**
 * Starts the pdf.js worker (a 1.2 MB module to fetch and compile) so it is ready by the time
 * the PDF bytes arrive; one worker serves every document opened in this window. With
 * `renderWarmUp` (the idle preload) it also opens and paints a tiny built-in page off screen,
 * so the first real page does not pay for compiling pdf.js' parser and painter.
 */
export function prewarmPdfWorker(renderWarmUp = false): void {
  if (!sharedWorker) {
    GlobalWorkerOptions.workerSrc = workerUrl;
    sharedWorker = new PDFWorker();
  }
  if (renderWarmUp && !warmedUp) {
    warmedUp = true;
    void warmUpRender().catch(() => undefined); // only ever a head start
  }
}

async function warmUpRender(): Promise<void> {
  const doc = await openPdf(warmUpPdfBytes());
  try {
    const page = await doc.getPage(0);
    const canvas = document.createElement('canvas');
    await page.render(canvas, 1, 1).promise;
    await page.getText();
    canvas.width = 0;
  } finally {
    await doc.destroy();
  }
}

/** Absolute URL of a pdf.js data folder copied into the build (see vite-pdfjs-assets.ts). */
function assetUrl(dir: string): string {
  // The worker fetches these itself, so they must be absolute; document.baseURI works for
  // both app:// (Electron) and http://127.0.0.1 (web host) because the build uses base './'.
  return new URL(`${dir}/`, document.baseURI).href;
}

/** An opaque PDF destination: a named destination or an explicit array. */
export type PdfDest = string | unknown[];

export interface OutlineNode {
  title: string;
  dest: PdfDest | null;
  /** External URL (http/https/mailto only), never followed without the user's consent. */
  url: string | null;
  items: OutlineNode[];
}

/** Where a destination points: a page and optionally a point in PDF user space. */
export interface DestTarget {
  pageIndex: number;
  /** PDF-space y of the destination's top edge (XYZ / FitH / FitBH), if given. */
  top: number | null;
  left: number | null;
}

export interface PdfLink {
  /** CSS-pixel rectangle at the scale the link was requested for. */
  left: number;
  top: number;
  width: number;
  height: number;
  url: string | null;
  dest: PdfDest | null;
}

export interface Cancellable {
  promise: Promise<void>;
  cancel(): void;
}

export interface TextLayerHandle extends Cancellable {
  /** spans[i] renders items[i]; its text is page text [itemStarts[i], itemStarts[i] + str.length). */
  readonly spans: HTMLElement[];
  /** Re-measures the spans for a new zoom (positions are percentages and follow by themselves). */
  update(scale: number): void;
}

export interface PdfPage {
  readonly index: number;
  /** Size in PDF points at scale 1 with the page's rotation applied. */
  readonly width: number;
  readonly height: number;
  /** The page box in PDF user space (pdf.js `view`), its clockwise rotation and /UserUnit: what
   *  shared/anchoring/geometry.ts needs to place stored highlight rects at any zoom. */
  readonly viewBox: readonly [number, number, number, number];
  readonly rotation: number;
  readonly userUnit: number;
  /** Page text exactly as stored at import, with per-item start offsets. */
  getText(): Promise<PageTextContent>;
  /** True when the page's text comes from stored OCR words. */
  readonly ocr: boolean;
  /** Renders at `scale` CSS px per point into `canvas`, with `outputScale` device px per CSS px. */
  render(canvas: HTMLCanvasElement, scale: number, outputScale: number): Cancellable;
  /** Builds pdf.js's selectable text layer inside `container` (sized by --total-scale-factor). */
  buildTextLayer(container: HTMLElement, content: PageTextContent, scale: number): TextLayerHandle;
  /** Link annotations only; other annotations (forms, widgets, JavaScript) are never exposed. */
  getLinks(scale: number): Promise<PdfLink[]>;
  /** PDF user-space point -> CSS px within the page box at `scale`. */
  toCss(scale: number, x: number, y: number): [number, number];
  /** Frees the page's operator lists, images and cached text content (called when its canvas is released). */
  cleanup(): void;
}

export interface PageTextContent extends PageText {
  /** Raw pdf.js text content, kept to feed the text layer without a second worker round trip. */
  readonly raw: unknown;
  /** items[i].str for each item, aligned with itemStarts. */
  readonly strs: string[];
}

export interface PdfDoc {
  readonly numPages: number;
  getPage(index: number): Promise<PdfPage>;
  getOutline(): Promise<OutlineNode[]>;
  resolveDest(dest: PdfDest): Promise<DestTarget | null>;
  /** The stored OCR words of scanned pages (by 0-based page): their text and text layer come from these. */
  setOcrPages(pages: ReadonlyMap<number, readonly OcrLine[]>): void;
  destroy(): Promise<void>;
}

const SAFE_URL = /^(https?:|mailto:)/i;

function safeUrl(url: unknown): string | null {
  return typeof url === 'string' && SAFE_URL.test(url) ? url : null;
}

function toOutline(items: Awaited<ReturnType<PDFDocumentProxy['getOutline']>> | null): OutlineNode[] {
  return (items ?? []).map((it) => ({
    title: String(it.title ?? ''),
    dest: it.dest ?? null,
    url: safeUrl(it.url),
    items: toOutline(it.items as typeof items),
  }));
}

class PdfPageImpl implements PdfPage {
  readonly index: number;
  readonly width: number;
  readonly height: number;
  readonly viewBox: readonly [number, number, number, number];
  readonly rotation: number;
  readonly userUnit: number;
  private text: Promise<PageTextContent> | null = null;
  private ocrLines: readonly OcrLine[] | null = null;

  constructor(private readonly page: PDFPageProxy) {
    this.index = page.pageNumber - 1;
    const [x1, y1, x2, y2] = page.view;
    this.viewBox = [x1, y1, x2, y2];
    this.rotation = page.rotate;
    this.userUnit = page.userUnit || 1;
    const vp = page.getViewport({ scale: 1 });
    this.width = vp.width;
    this.height = vp.height;
  }

  get ocr(): boolean {
    return this.ocrLines !== null;
  }

  setOcr(lines: readonly OcrLine[] | null): void {
    if (lines === this.ocrLines) return;
    this.ocrLines = lines;
    this.text = null;
  }

  getText(): Promise<PageTextContent> {
    if (this.ocrLines && !this.text) {
      // The same items the backend built the stored page text from, shaped like getTextContent().
      const items = ocrTextItems(this.ocrLines);
      const raw = { items, styles: { [OCR_FONT]: OCR_FONT_STYLE }, lang: null };
      this.text = Promise.resolve({ ...buildPageText(items), raw, strs: items.map((i) => i.str) });
    }
    this.text ??= this.page.getTextContent(TEXT_CONTENT_OPTIONS).then((content) => {
      const items = content.items as { str?: string; hasEOL?: boolean }[];
      const built = buildPageText(items);
      return { ...built, raw: content, strs: items.map((i) => (typeof i.str === 'string' ? i.str : '')) };
    });
    return this.text;
  }

  render(canvas: HTMLCanvasElement, scale: number, outputScale: number): Cancellable {
    const viewport = this.page.getViewport({ scale });
    canvas.width = Math.floor(viewport.width * outputScale);
    canvas.height = Math.floor(viewport.height * outputScale);
    const transform = outputScale !== 1 ? [outputScale, 0, 0, outputScale, 0, 0] : undefined;
    // Annotations with appearance streams are painted (stamps, ink); interactive forms are not.
    let task: RenderTask | null = this.page.render({ canvas, viewport, transform, annotationMode: AnnotationMode.ENABLE });
    const promise = task.promise.finally(() => {
      task = null;
    });
    return { promise, cancel: () => task?.cancel() };
  }

  buildTextLayer(container: HTMLElement, content: PageTextContent, scale: number): TextLayerHandle {
    const viewport = this.page.getViewport({ scale });
    const layer = new TextLayer({
      textContentSource: content.raw as ConstructorParameters<typeof TextLayer>[0]['textContentSource'],
      container,
      viewport,
    });
    return {
      promise: layer.render().then(() => undefined),
      cancel: () => layer.cancel(),
      update: (next: number) => layer.update({ viewport: this.page.getViewport({ scale: next }) }),
      get spans() {
        return layer.textDivs;
      },
    };
  }

  async getLinks(scale: number): Promise<PdfLink[]> {
    const viewport = this.page.getViewport({ scale });
    const annots = (await this.page.getAnnotations({ intent: 'display' })) as {
      subtype?: string;
      rect?: number[];
      url?: string;
      dest?: PdfDest;
    }[];
    const links: PdfLink[] = [];
    for (const a of annots) {
      if (a.subtype !== 'Link' || !a.rect) continue;
      const url = safeUrl(a.url);
      const dest = a.dest ?? null;
      if (!url && !dest) continue; // JavaScript, Launch and other actions are ignored.
      const [x1, y1, x2, y2] = viewport.convertToViewportRectangle(a.rect);
      links.push({
        left: Math.min(x1, x2),
        top: Math.min(y1, y2),
        width: Math.abs(x2 - x1),
        height: Math.abs(y2 - y1),
        url,
        dest: url ? null : dest,
      });
    }
    return links;
  }

  toCss(scale: number, x: number, y: number): [number, number] {
    const [cx, cy] = this.page.getViewport({ scale }).convertToViewportPoint(x, y);
    return [cx, cy];
  }

  /**
   * Frees what the page holds once it is far from view: pdf.js's render data, and the text
   * content kept for its text layer (~20-30 KB of items a page: without this, scrolling
   * through a 600-page report kept ~600 of them). getText() reads it again when needed.
   */
  cleanup(): void {
    this.text = null;
    this.page.cleanup();
  }
}

class PdfDocImpl implements PdfDoc {
  private readonly pages = new Map<number, Promise<PdfPageImpl>>();
  private ocrPages: ReadonlyMap<number, readonly OcrLine[]> = new Map();

  constructor(private readonly doc: PDFDocumentProxy) {}

  get numPages(): number {
    return this.doc.numPages;
  }

  getPage(index: number): Promise<PdfPage> {
    let p = this.pages.get(index);
    if (!p) {
      p = this.doc.getPage(index + 1).then((page) => {
        const impl = new PdfPageImpl(page);
        impl.setOcr(this.ocrPages.get(index) ?? null);
        return impl;
      });
      this.pages.set(index, p);
      p.catch(() => this.pages.delete(index));
    }
    return p;
  }

  setOcrPages(pages: ReadonlyMap<number, readonly OcrLine[]>): void {
    this.ocrPages = pages;
    for (const [index, p] of this.pages) void p.then((page) => page.setOcr(pages.get(index) ?? null), () => undefined);
  }

  async getOutline(): Promise<OutlineNode[]> {
    return toOutline(await this.doc.getOutline());
  }

  async resolveDest(dest: PdfDest): Promise<DestTarget | null> {
    const explicit = typeof dest === 'string' ? await this.doc.getDestination(dest) : dest;
    if (!Array.isArray(explicit) || explicit.length === 0) return null;
    const ref = explicit[0] as unknown;
    let pageIndex: number;
    if (typeof ref === 'number' && Number.isInteger(ref)) pageIndex = ref;
    else if (ref && typeof ref === 'object' && 'num' in ref) {
      try {
        pageIndex = await this.doc.getPageIndex(ref as { num: number; gen: number });
      } catch {
        return null;
      }
    } else return null;
    if (pageIndex < 0 || pageIndex >= this.doc.numPages) return null;
    const kind = (explicit[1] as { name?: string } | undefined)?.name;
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    if (kind === 'XYZ') return { pageIndex, left: num(explicit[2]), top: num(explicit[3]) };
    if (kind === 'FitH' || kind === 'FitBH') return { pageIndex, left: null, top: num(explicit[2]) };
    return { pageIndex, left: null, top: null };
  }

  async destroy(): Promise<void> {
    this.pages.clear();
    await this.doc.destroy();
  }
}

/** Thrown for bytes pdf.js cannot open; the reader shows a translated message for it. */
export class PdfOpenError extends Error {
  constructor(
    readonly reason: 'invalid' | 'password' | 'other',
    message: string,
  ) {
    super(message);
    this.name = 'PdfOpenError';
  }
}

/** A stored PDF read by HTTP Range (the web host's /files/<id>; renderer/api.ts pdfRangeSource). */
export interface PdfRangeSource {
  url: string;
  httpHeaders: Record<string, string>;
}

/** pdf.js' own default chunk: the first page of a 600-page report needs ~5 of them. */
const RANGE_CHUNK_BYTES = 65_536;

/**
 * Opens PDF bytes, or a URL pdf.js reads by range: only the chunks it needs (trailer, xref,
 * the first page's objects) instead of the whole file first; nothing is fetched in the
 * background (disableAutoFetch), later pages fetch their chunks when rendered. Bytes are
 * transferred to the worker (the caller's array is detached afterwards): pass a copy if you
 * still need them.
 */
export async function openPdf(source: Uint8Array | PdfRangeSource): Promise<PdfDoc> {
  prewarmPdfWorker();
  const input = source instanceof Uint8Array
    ? { data: source }
    : { url: source.url, httpHeaders: source.httpHeaders, rangeChunkSize: RANGE_CHUNK_BYTES, disableAutoFetch: true, disableStream: true };
  const task = getDocument({
    ...input,
    worker: sharedWorker ?? undefined,
    isEvalSupported: false,
    enableXfa: false,
    // Scripting is off simply by never loading pdf.sandbox; fonts, CMaps and the JPEG 2000 /
    // JBIG2 wasm decoders come from the build (the CSP allows only 'self' and 'wasm-unsafe-eval').
    cMapUrl: assetUrl(PDFJS_ASSET_DIRS.cmaps),
    cMapPacked: true,
    standardFontDataUrl: assetUrl(PDFJS_ASSET_DIRS.standardFonts),
    wasmUrl: assetUrl(PDFJS_ASSET_DIRS.wasm),
    iccUrl: assetUrl(PDFJS_ASSET_DIRS.iccs),
    stopAtErrors: false,
  });
  try {
    return new PdfDocImpl(await task.promise);
  } catch (err) {
    const name = (err as { name?: string })?.name;
    const message = err instanceof Error ? err.message : String(err);
    if (name === 'PasswordException') throw new PdfOpenError('password', message);
    if (name === 'InvalidPDFException') throw new PdfOpenError('invalid', message);
    throw new PdfOpenError('other', message);
  }
}
