// Annotations made in Zotero's reader as Glossa highlights. Zotero stores each one in
// itemAnnotations with its type (1 highlight, 2 note, 3 image, 4 ink, 5 underline, 6 text),
// the text it marks, the user's comment, a colour and its position: JSON { pageIndex, rects:
// [[x1, y1, x2, y2], …] } in PDF points of the page (origin bottom-left: Glossa's PdfRect
// space too), with nextPageRects when a highlight runs onto the next page. Highlights and
// underlines become text highlights on the text their rects cover (rangeForQuads over the
// stored PDF's text layout, as for annotations embedded in PDFs), notes, images, ink and
// text boxes area highlights; comment and colour come along. The source key
// 'zotero:<libraryId>:<annotationKey>' makes a re-import add only the new ones.
import { createSelectors, trimRange } from '../../../shared/anchoring/create-selectors';
import { rangeForQuads } from '../../../shared/anchoring/quads-to-text';
import type { PdfSpan } from '../../../shared/anchoring/text-range-rects';
import type { AnnotationTarget, PdfRect } from '../../../shared/domain/annotation';
import type { Coder } from '../../../shared/domain/code';
import { isHexColor } from '../../../shared/rules/colour-rules';
import type { Db } from '../../db/connection';
import { sourceKeysOf, storedPageText } from '../../db/repositories/annotations';
import { getDocument, getPdfBytes } from '../../db/repositories/documents';
import { extractPageLayout, openPdf } from '../../pdf/pdfjs-node';
import { type IncomingHighlight, insertImported } from '../annotation-import/insert-imported';
import type { ZAnnotationRow } from '../../db/zotero/zotero-sql';

const TYPE_HIGHLIGHT = 1;
const TYPE_UNDERLINE = 5;
const TYPE_INK = 4;
/** A page has at most a few hundred lines; more rectangles than this is not a highlight. */
const MAX_RECTS = 1000;
/** Coordinates beyond ±100,000 points (35 m) are no page's. */
const MAX_COORD = 100_000;

export function zoteroSourceKey(libraryId: number, key: string): string {
  return `zotero:${libraryId}:${key}`;
}

interface ZoteroPosition {
  pageIndex: number;
  rects: PdfRect[];
  nextPageRects: PdfRect[];
}

function rect(value: unknown): PdfRect | null {
  if (!Array.isArray(value) || value.length !== 4 || !value.every((n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= MAX_COORD)) return null;
  const [a, b, c, d] = value as number[];
  const r = { x1: Math.min(a, c), y1: Math.min(b, d), x2: Math.max(a, c), y2: Math.max(b, d) };
  return r.x2 > r.x1 && r.y2 > r.y1 ? r : null;
}

function rects(value: unknown): PdfRect[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_RECTS) return null;
  const out = value.map(rect);
  return out.every((r) => r !== null) ? (out as PdfRect[]) : null;
}

/** The bounding box of ink paths ([[x, y, x, y, …], …]). */
function inkBox(paths: unknown): PdfRect[] | null {
  if (!Array.isArray(paths) || paths.length > MAX_RECTS) return null;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of paths) {
    if (!Array.isArray(p) || p.length > 100_000) return null;
    for (let i = 0; i + 1 < p.length; i += 2) {
      if (typeof p[i] !== 'number' || typeof p[i + 1] !== 'number' || !Number.isFinite(p[i]) || !Number.isFinite(p[i + 1])) return null;
      xs.push(p[i]);
      ys.push(p[i + 1]);
    }
  }
  if (xs.length === 0) return null;
  const r = rect([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
  return r ? [r] : null;
}

/** Zotero's position JSON, checked; null when it is not one. */
export function parseZoteroPosition(json: string | null, type: number): ZoteroPosition | null {
  if (!json) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const o = value as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || typeof o.pageIndex !== 'number' || !Number.isInteger(o.pageIndex) || o.pageIndex < 0) return null;
  const main = type === TYPE_INK && o.rects === undefined ? inkBox(o.paths) : rects(o.rects);
  const next = rects(o.nextPageRects);
  if (!main || main.length === 0 || !next) return null;
  return { pageIndex: o.pageIndex, rects: main, nextPageRects: next };
}

type Layouts = (pageIndex: number) => Promise<PdfSpan[] | null>;

async function textTarget(pageIndex: number, quads: PdfRect[], text: string, layout: Layouts): Promise<AnnotationTarget | null> {
  const spans = await layout(pageIndex);
  const range = spans ? rangeForQuads(spans, quads) : null;
  const trimmed = range ? trimRange(text, range.start, range.end) : null;
  if (!trimmed || trimmed.end <= trimmed.start) return null;
  const { quote, position } = createSelectors(text, trimmed.start, trimmed.end);
  return { pageIndex, rects: quads, quote, position };
}

async function highlightOf(db: Db, documentId: string, pageCount: number, a: ZAnnotationRow, layout: Layouts): Promise<IncomingHighlight | null> {
  const pos = parseZoteroPosition(a.position, a.type);
  if (!pos || pos.pageIndex >= pageCount) return null;
  const color = a.color && isHexColor(a.color.toLowerCase()) ? a.color.toLowerCase() : null;
  const base = { sourceKey: zoteroSourceKey(a.libraryId, a.key), color, comment: a.comment ?? '', codeIds: [], codePaths: [], author: a.authorName?.trim() || null };
  const area = (): IncomingHighlight => ({ ...base, kind: 'area', anchorStatus: 'anchored', targets: [{ pageIndex: pos.pageIndex, rects: pos.rects, quote: null, position: null }] });
  if (a.type !== TYPE_HIGHLIGHT && a.type !== TYPE_UNDERLINE) return area();
  const pages: Array<[number, PdfRect[]]> = [[pos.pageIndex, pos.rects]];
  if (pos.nextPageRects.length > 0 && pos.pageIndex + 1 < pageCount) pages.push([pos.pageIndex + 1, pos.nextPageRects]);
  const targets: AnnotationTarget[] = [];
  for (const [pageIndex, quads] of pages) {
    const t = await textTarget(pageIndex, quads, storedPageText(db, documentId, pageIndex) ?? '', layout);
    if (t) targets.push(t);
  }
  // Rects over no text of the page (a scan without OCR, a PDF replaced since): kept where Zotero drew them.
  return targets.length > 0 ? { ...base, kind: 'text', anchorStatus: 'anchored', targets } : area();
}

export interface ZoteroAnnotationCounts {
  added: number;
  /** Imported before (same source key). */
  already: number;
  /** Without a usable position (malformed, or on a page the PDF does not have). */
  unusable: number;
}

/** Adds the document's Zotero annotations not imported yet, as one undoable action. */
export async function importZoteroAnnotations(db: Db, coder: Coder, documentId: string, rows: readonly ZAnnotationRow[]): Promise<ZoteroAnnotationCounts> {
  const have = sourceKeysOf(db, documentId);
  const fresh = rows.filter((a) => !have.has(zoteroSourceKey(a.libraryId, a.key)));
  const counts: ZoteroAnnotationCounts = { added: 0, already: rows.length - fresh.length, unusable: 0 };
  if (fresh.length === 0) return counts;
  const { pageCount } = getDocument(db, documentId);
  let pdf: Awaited<ReturnType<typeof openPdf>> | null = null;
  const cache = new Map<number, PdfSpan[] | null>();
  const layout: Layouts = async (pageIndex) => {
    if (!cache.has(pageIndex)) {
      try {
        pdf ??= await openPdf(getPdfBytes(db, documentId).slice());
        cache.set(pageIndex, await extractPageLayout(pdf, pageIndex + 1));
      } catch {
        cache.set(pageIndex, null);
      }
    }
    return cache.get(pageIndex) ?? null;
  };
  const items: IncomingHighlight[] = [];
  try {
    for (const a of fresh) {
      const h = await highlightOf(db, documentId, pageCount, a, layout);
      if (h) items.push(h);
      else counts.unusable++;
    }
  } finally {
    if (pdf) await (pdf as Awaited<ReturnType<typeof openPdf>>).destroy();
  }
  if (items.length > 0) counts.added = insertImported(db, coder, documentId, items, 'Import Zotero annotations').result.added;
  return counts;
}
