// The area tool's geometry: a rectangle dragged over a page (CSS px of the page box) becomes
// an area target holding the region in PDF points and the text whose glyphs lie inside it
// (a span counts when its centre is inside: a table cell's text is taken, a line the
// rectangle merely grazes is not). The quote covers the first to the last such character in
// the page text, so it is an exact slice the re-anchoring can check. Pure.
import { createSelectors, createViewport, viewportRectToPdf, type SpanBox, type ViewportRect, type ViewportSpec } from '../../../shared/anchoring/index';
import type { AnnotationTarget } from '../../../shared/domain/annotation';
import { roundRect } from './selection-targets';

/** Drags smaller than 4 px either way are clicks, not regions. */
export const MIN_AREA_PX = 4;

export function normaliseDrag(x1: number, y1: number, x2: number, y2: number): ViewportRect {
  return { left: Math.min(x1, x2), top: Math.min(y1, y2), right: Math.max(x1, x2), bottom: Math.max(y1, y2) };
}

export function areaTarget(pageIndex: number, rect: ViewportRect, viewport: ViewportSpec, text: string | null, spans: readonly SpanBox[]): AnnotationTarget | null {
  if (rect.right - rect.left < MIN_AREA_PX || rect.bottom - rect.top < MIN_AREA_PX) return null;
  const pdf = roundRect(viewportRectToPdf(createViewport(viewport), rect));
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    if (s.end <= s.start) continue;
    const cx = (s.box.left + s.box.right) / 2;
    const cy = (s.box.top + s.box.bottom) / 2;
    if (cx >= rect.left && cx <= rect.right && cy >= rect.top && cy <= rect.bottom) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
  }
  if (text === null || !(end > start)) return { pageIndex, rects: [pdf], quote: null, position: null };
  const { quote, position } = createSelectors(text, start, end);
  return { pageIndex, rects: [pdf], quote, position };
}
