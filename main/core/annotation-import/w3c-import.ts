// Imports W3C Web Annotations (w3c-parse.ts) into one document as highlights, anchored by
// quote with the shared anchoring library: the quote with its prefix/suffix is looked for on
// the page the annotation names (and its position there), then the pages around it, then the
// whole document — so a Hypothesis annotation that only knows its quote still lands. A quote
// found nowhere is kept as an orphan on its hinted page (listed, never dropped). Rects of the
// placed text come from the PDF's text layout (the extraction pool); when the PDF cannot be
// laid out they stay empty and the reader lays them out from the offsets. An area (a page
// fragment refined by "xywh=", as Glossa exports its area highlights) comes back as an area
// highlight, its box turned into PDF space with the page's size.
import { anchorTarget, codePointIndex, createAnchorDocument, pdfRectsForRange } from '../../../shared/anchoring/index';
import type { AnnotationTarget } from '../../../shared/domain/annotation';
import type { Coder } from '../../../shared/domain/code';
import type { Db } from '../../db/connection';
import { documentPageCount, storedPageText } from '../../db/repositories/annotations';
import { GlossaError } from '../../../shared/errors';
import { getPdfBytes } from '../../db/repositories/documents';
import type { PageLayouts } from '../../pdf/extract-pool';
import { readPageBoxes } from '../../pdf/page-boxes';
import { rectOfXywh } from '../export/jsonld-annotation';
import type { LayoutSource } from '../coding/reanchor';
import { type ImportCounts, type IncomingHighlight, insertImported } from './insert-imported';
import { parseW3cAnnotations, type W3cAnnotation } from './w3c-parse';

export interface W3cImportResult extends ImportCounts {
  /** Annotations in the file Glossa cannot place on a PDF's text (no text quote). */
  unusable: number;
}

interface Placed {
  target: AnnotationTarget;
  orphan: boolean;
  /** UTF-16 range on the page, for the rects. */
  range: { start: number; end: number } | null;
}

function place(a: W3cAnnotation, doc: ReturnType<typeof createAnchorDocument>, pageCount: number): Placed[] {
  return a.targets.map((t) => {
    const pageIndex = t.pageIndex !== null && t.pageIndex < pageCount ? t.pageIndex : 0;
    const quote = { type: 'TextQuoteSelector' as const, exact: t.exact, prefix: t.prefix, suffix: t.suffix };
    const stored: AnnotationTarget = { pageIndex, rects: [], quote, position: t.position && t.pageIndex === pageIndex ? { type: 'TextPositionSelector', ...t.position } : null };
    const r = anchorTarget(stored, doc, { pageCount });
    if (r.status === 'orphan') return { target: { ...stored, position: null }, orphan: true, range: null };
    const text = doc.page(r.pageIndex)?.text ?? '';
    const cps = codePointIndex(text);
    return {
      target: {
        pageIndex: r.pageIndex,
        rects: [],
        // The text as it stands on the page now, with the stored context kept for re-anchoring.
        quote: { ...quote, exact: text.slice(r.start, r.end) },
        position: { type: 'TextPositionSelector', start: cps.toCodePoint(r.start), end: cps.toCodePoint(r.end) },
      },
      orphan: false,
      range: { start: r.start, end: r.end },
    };
  });
}

/** Area highlights (a page fragment refined by xywh) need the page's box; none without one. */
async function areaItems(db: Db, documentId: string, pageCount: number, annotations: readonly W3cAnnotation[]): Promise<{ items: IncomingHighlight[]; unplaced: number }> {
  const wanted = annotations.filter((a) => a.targets.length === 0 && a.areas.length > 0);
  if (wanted.length === 0) return { items: [], unplaced: 0 };
  const boxes = await readPageBoxes(getPdfBytes(db, documentId), wanted.flatMap((a) => a.areas.map((t) => t.pageIndex)));
  const items: IncomingHighlight[] = [];
  for (const a of wanted) {
    const targets: AnnotationTarget[] = [];
    for (const t of a.areas) {
      const box = t.pageIndex < pageCount ? boxes.get(t.pageIndex) : undefined;
      const rect = box ? rectOfXywh(t.xywh, box) : null;
      if (rect) targets.push({ pageIndex: t.pageIndex, rects: [rect], quote: null, position: null });
    }
    if (targets.length > 0) {
      items.push({ sourceKey: a.key, kind: 'area', targets, color: null, comment: a.comment, codeIds: [], codePaths: a.codePaths.map((path) => ({ path })), author: a.author, anchorStatus: 'anchored' });
    }
  }
  return { items, unplaced: wanted.length - items.length };
}

export async function importW3cAnnotations(db: Db, coder: Coder, documentId: string, json: string, layout: LayoutSource): Promise<W3cImportResult> {
  const pageCount = documentPageCount(db, documentId);
  if (pageCount === null) throw new GlossaError('document.notFound', 'This document is no longer in the project.', { id: documentId });
  const parsed = parseW3cAnnotations(json);
  const areas = await areaItems(db, documentId, pageCount, parsed.annotations);
  parsed.annotations = parsed.annotations.filter((a) => a.targets.length > 0);
  const doc = createAnchorDocument((i) => storedPageText(db, documentId, i) ?? undefined, pageCount);
  const placed = parsed.annotations.map((a) => ({ a, targets: place(a, doc, pageCount) }));
  const pages = [...new Set(placed.flatMap((p) => p.targets.filter((t) => t.range).map((t) => t.target.pageIndex)))];
  let layouts: PageLayouts = new Map();
  if (pages.length > 0) {
    try {
      layouts = await layout(pages);
    } catch {
      // No layout: rects stay empty, the reader lays them out from the offsets.
    }
  }
  const items: IncomingHighlight[] = placed.map(({ a, targets }) => ({
    sourceKey: a.key,
    kind: 'text',
    targets: targets.map((t) => {
      const spans = t.range ? layouts.get(t.target.pageIndex + 1) : undefined;
      return spans && t.range ? { ...t.target, rects: pdfRectsForRange(spans, t.range.start, t.range.end) } : t.target;
    }),
    color: null,
    comment: a.comment,
    codeIds: [],
    codePaths: a.codePaths.map((path) => ({ path })),
    author: a.author,
    anchorStatus: targets.some((t) => t.orphan) ? 'orphan' : 'anchored',
  }));
  items.push(...areas.items);
  const counts = items.length > 0 ? insertImported(db, coder, documentId, items, 'Import Web Annotations').result : { added: 0, skipped: 0, orphans: 0 };
  return { ...counts, unusable: parsed.unusable + areas.unplaced };
}
