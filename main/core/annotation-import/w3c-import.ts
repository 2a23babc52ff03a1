// Imports W3C Web Annotations (w3c-parse.ts) into one document as highlights, anchored by
// quote with the shared anchoring library: the quote with its prefix/suffix is looked for on
// the page the annotation names (and its position there), then the pages around it, then the
// whole document — so a Hypothesis annotation that only knows its quote still lands. A quote
// found nowhere is kept as an orphan on its hinted page (listed, never dropped). Rects of the
// placed text come from the PDF's text layout (the extraction pool); when the PDF cannot be
// laid out they stay empty and the reader lays them out from the offsets.
import { anchorTarget, codePointIndex, createAnchorDocument, pdfRectsForRange } from '../../../shared/anchoring/index';
import type { AnnotationTarget } from '../../../shared/domain/annotation';
import type { Coder } from '../../../shared/domain/code';
import type { Db } from '../../db/connection';
import { documentPageCount, storedPageText } from '../../db/repositories/annotations';
import { GlossaError } from '../../../shared/errors';
import type { PageLayouts } from '../../pdf/extract-pool';
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

export async function importW3cAnnotations(db: Db, coder: Coder, documentId: string, json: string, layout: LayoutSource): Promise<W3cImportResult> {
  const pageCount = documentPageCount(db, documentId);
  if (pageCount === null) throw new GlossaError('document.notFound', 'This document is no longer in the project.', { id: documentId });
  const parsed = parseW3cAnnotations(json);
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
  const counts = items.length > 0 ? insertImported(db, coder, documentId, items, 'Import Web Annotations').result : { added: 0, skipped: 0, orphans: 0 };
  return { ...counts, unusable: parsed.unusable };
}
