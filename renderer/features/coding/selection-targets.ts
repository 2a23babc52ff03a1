// From a text selection (start and end as page + offset in the page text) to the stored
// annotation targets: one target per page via createTargets, each with its rects in PDF
// points. The rects come from the text-layer boxes of the selected characters (viewport CSS
// px of the page box), merged per line and converted with the page's current viewport, so the
// stored geometry is independent of the zoom at which the passage was coded. Pure: the
// caller passes a `boxesFor` that measures the text layer (or, in tests, computes boxes).
import { codePointIndex, createTargets, createViewport, mergeLineRects, viewportRectToPdf, type ViewportRect, type ViewportSpec } from '../../../shared/anchoring/index';
import type { AnnotationTarget, PdfRect } from '../../../shared/domain/annotation';

export interface TextPoint {
  pageIndex: number;
  /** UTF-16 offset into the page text. */
  offset: number;
}

export interface PageSelectionSource {
  text: string;
  viewport: ViewportSpec;
  /** Boxes (viewport px relative to the page box) covering page text [start, end) (UTF-16). */
  boxesFor(start: number, end: number): ViewportRect[];
}

/** PDF rects are rounded to 1/100 pt: finer is noise, and it keeps the stored JSON short. */
export function roundRect(r: PdfRect): PdfRect {
  const q = (v: number) => Math.round(v * 100) / 100;
  return { x1: q(r.x1), y1: q(r.y1), x2: q(r.x2), y2: q(r.y2) };
}

/** Viewport boxes of one page -> merged line rects in PDF points. */
export function boxesToPdfRects(boxes: readonly ViewportRect[], viewport: ViewportSpec): PdfRect[] {
  const vp = createViewport(viewport);
  // A word gap in viewport px grows with zoom: allow 3 pt of gap at any scale.
  const merged = mergeLineRects(boxes, { maxGap: 3 * viewport.scale, vertical: viewport.rotation % 180 !== 0 });
  return merged.map((r) => roundRect(viewportRectToPdf(vp, r)));
}

/**
 * Targets for the selection from `start` to `end` (either order). Pages without a source are
 * skipped (their text is not loaded); a target whose page shows no boxes keeps empty rects
 * and is drawn later from its text position.
 */
export function selectionToTargets(pages: ReadonlyMap<number, PageSelectionSource>, start: TextPoint, end: TextPoint): AnnotationTarget[] {
  const texts = new Map<number, string>();
  for (const [i, p] of pages) texts.set(i, p.text);
  const targets = createTargets(texts, start.pageIndex, start.offset, end.pageIndex, end.offset);
  return targets.map((t) => {
    const page = pages.get(t.pageIndex);
    if (!page || !t.position) return t;
    const cps = codePointIndex(page.text);
    const s = cps.toUtf16(t.position.start);
    const e = cps.toUtf16(t.position.end);
    return { ...t, rects: boxesToPdfRects(page.boxesFor(s, e), page.viewport) };
  });
}

/** The selected text, pages joined by a space (for the popup's preview line). */
export function targetsQuote(targets: readonly AnnotationTarget[]): string {
  return targets.map((t) => t.quote?.exact ?? '').filter(Boolean).join(' ');
}
