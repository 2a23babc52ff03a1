// The one backend module that touches pdfjs-dist (legacy build, the one meant for Node).
// Opens documents with the safe options (no eval, no font faces, no system fonts, no
// XFA, no scripting), extracts text only (getTextContent; nothing is rendered), reads the
// info dictionary / XMP metadata, and maps pdf.js exceptions to Glossa error codes.
// Runs inside the extraction worker threads; pdf.js's own "worker" is its in-thread fake
// worker, so each of our threads holds one complete parser.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildPageText, TEXT_CONTENT_OPTIONS } from '../../shared/pdf/page-text';
import type { ErrorCode } from '../../shared/errors';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfMetadata {
  title: string;
  author: string;
  /** Creation date (info CreationDate, else XMP xmp:CreateDate), ISO 8601. */
  creationDate: string | null;
  /** The PDF's /PageLabels (pdf.js getPageLabels), one per page, or null when it has none. */
  pageLabels: string[] | null;
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
    // Images are never decoded for text; keep pdf.js from touching the wasm decoders.
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    cMapUrl: path.join(dataDir, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dataDir, 'standard_fonts') + path.sep,
    verbosity: 0,
  });
  return task.promise;
}

/** Plain text of one page (1-based), assembled by the shared buildPageText rule. */
export async function extractPageText(doc: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const page = await doc.getPage(pageNumber);
  try {
    const content = await page.getTextContent(TEXT_CONTENT_OPTIONS);
    return buildPageText(content.items as Array<{ str?: string; hasEOL?: boolean }>).text;
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
  const out: PdfMetadata = { title: '', author: '', creationDate: null, pageLabels: await readPageLabels(doc) };
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

/** Maps a pdf.js failure to the user-facing error code. */
export function classifyPdfError(err: unknown): ErrorCode {
  const name = (err as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return 'import.encrypted';
  return 'import.broken';
}
