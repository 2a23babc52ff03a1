// Reads the browser's text selection in the reader as page-text positions. A DOM range ends in
// a text node inside a text-layer span (the usual case), in a span, or between elements (the
// text layer itself, a <br>, the end-of-content block, the gap between two pages); each case
// is resolved to an offset in the page text that the span renders, so a selection dragged from
// the bottom of one page to the top of the next yields (page i, offset) .. (page j, offset).
import { directionForRotation, normaliseRotation, rectsForRange, type SpanBox, type ViewportRect } from '../../../shared/anchoring/index';
import { sliceSpans, type TextLayerMap } from '../../pdf/text-layer-map';
import type { PageGeometry } from '../reader/page-views';
import type { PageSelectionSource, TextPoint } from './selection-targets';

export function pageIndexOfNode(node: Node | null): number | null {
  const el = node instanceof Element ? node : node?.parentElement;
  const page = el?.closest<HTMLElement>('[data-testid="reader-page"]');
  return page ? Number(page.dataset.pageIndex) : null;
}

function spanEnd(map: TextLayerMap, k: number): number {
  return map.itemStarts[k] + map.strs[k].length;
}

/** Offset in the page text of a DOM point inside page `g`. */
export function domPointToOffset(g: PageGeometry, node: Node, offset: number, side: 'start' | 'end'): number {
  const { map } = g;
  const el = node instanceof Element ? node : node.parentElement;
  const span = el?.closest('span');
  const k = span ? map.spans.indexOf(span as HTMLElement) : -1;
  if (k >= 0) {
    if (node.nodeType === Node.TEXT_NODE) return map.itemStarts[k] + Math.min(offset, map.strs[k].length);
    return offset === 0 ? map.itemStarts[k] : spanEnd(map, k);
  }
  // Between elements: the first span after the point (start) or the last span before it (end).
  const point = document.createRange();
  point.setStart(node, offset);
  point.collapse(true);
  if (side === 'start') {
    for (let i = 0; i < map.spans.length; i++) if (point.comparePoint(map.spans[i], 0) >= 0) return map.itemStarts[i];
    return g.text.length;
  }
  for (let i = map.spans.length - 1; i >= 0; i--) if (point.comparePoint(map.spans[i], 0) < 0) return spanEnd(map, i);
  return 0;
}

/**
 * Page-text boxes (viewport px of the page box) of [start, end): the boxes of the text-layer
 * spans holding the range, cut proportionally where the range starts or ends inside a span,
 * merged per line. Span boxes (line-height 1, i.e. the font's em box) rather than DOM range
 * rects: range rects take the fallback font's ascent and descent, ~15% taller than the glyphs.
 */
export function measuredBoxes(g: PageGeometry, start: number, end: number): ViewportRect[] {
  const origin = g.pageEl.getBoundingClientRect();
  const direction = directionForRotation(normaliseRotation(g.viewport.rotation));
  const spans: SpanBox[] = [];
  for (const { item } of sliceSpans(g.map, start, end)) {
    const el = g.map.spans[item];
    if (!el) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) continue;
    const s = g.map.itemStarts[item];
    spans.push({ start: s, end: s + g.map.strs[item].length, direction, box: { left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top } });
  }
  return rectsForRange(spans, start, end, { maxGap: 3 * g.viewport.scale });
}

export function selectionSource(g: PageGeometry): PageSelectionSource {
  return { text: g.text, viewport: g.viewport, boxesFor: (s, e) => measuredBoxes(g, s, e) };
}

export interface ReaderSelection {
  start: TextPoint;
  end: TextPoint;
  pages: Map<number, PageSelectionSource>;
  /** The last client rect of the selection (where the popup goes). */
  anchor: DOMRect;
}

/**
 * The current selection when it lies in the reader's pages; null when there is none or it
 * touches no rendered text layer. `geometry` answers for rendered pages only.
 */
export function readSelection(pagesEl: HTMLElement, geometry: (i: number) => PageGeometry | null): ReaderSelection | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!pagesEl.contains(range.commonAncestorContainer)) return null;
  const locate = (node: Node, offset: number, side: 'start' | 'end'): TextPoint | null => {
    let pageIndex = pageIndexOfNode(node);
    if (pageIndex === null) {
      // The point sits between page boxes: take the next page's start or the previous page's end.
      const probe = document.createRange();
      probe.setStart(node, offset);
      const pages = Array.from(pagesEl.querySelectorAll<HTMLElement>('[data-testid="reader-page"]'));
      const after = pages.findIndex((p) => probe.comparePoint(p, 0) >= 0);
      if (side === 'start') pageIndex = after >= 0 ? Number(pages[after].dataset.pageIndex) : null;
      else pageIndex = after > 0 ? Number(pages[after - 1].dataset.pageIndex) : after < 0 && pages.length ? Number(pages[pages.length - 1].dataset.pageIndex) : null;
      if (pageIndex === null) return null;
      const g = geometry(pageIndex);
      return g ? { pageIndex, offset: side === 'start' ? 0 : g.text.length } : null;
    }
    const g = geometry(pageIndex);
    return g ? { pageIndex, offset: domPointToOffset(g, node, offset, side) } : null;
  };
  const start = locate(range.startContainer, range.startOffset, 'start');
  const end = locate(range.endContainer, range.endOffset, 'end');
  if (!start || !end) return null;
  const pages = new Map<number, PageSelectionSource>();
  for (let i = start.pageIndex; i <= end.pageIndex; i++) {
    const g = geometry(i);
    if (g) pages.set(i, selectionSource(g));
  }
  const rects = range.getClientRects();
  const anchor = rects.length > 0 ? rects[rects.length - 1] : range.getBoundingClientRect();
  return { start, end, pages, anchor };
}
