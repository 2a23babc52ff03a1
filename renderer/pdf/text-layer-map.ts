// Maps character offsets of a page's text (shared/pdf/page-text.ts, the offsets stored at
// import and used by search hits and highlight anchors) to text-layer spans and on to
// rectangles on the page. Span i renders item i, covering [itemStarts[i], itemStarts[i] +
// strs[i].length); the '\n' after an item with hasEOL belongs to no span.
import { itemAtOffset } from '../../shared/pdf/page-text';

export interface SpanSlice {
  /** Index of the span / text item. */
  item: number;
  /** Offsets inside the span's own text. */
  from: number;
  to: number;
}

export interface TextLayerMap {
  readonly itemStarts: readonly number[];
  readonly strs: readonly string[];
  readonly spans: readonly HTMLElement[];
}

/** Page-text range [start, end) of span `i`. */
export function spanRange(map: Pick<TextLayerMap, 'itemStarts' | 'strs'>, i: number): [number, number] {
  const s = map.itemStarts[i];
  return [s, s + map.strs[i].length];
}

/** The parts of spans covered by page-text range [start, end), in order. */
export function sliceSpans(map: Pick<TextLayerMap, 'itemStarts' | 'strs'>, start: number, end: number): SpanSlice[] {
  const out: SpanSlice[] = [];
  if (end <= start) return out;
  let i = itemAtOffset(map.itemStarts, start);
  if (i < 0) return out;
  for (; i < map.itemStarts.length && map.itemStarts[i] < end; i++) {
    const [s, e] = spanRange(map, i);
    const from = Math.max(start, s) - s;
    const to = Math.min(end, e) - s;
    if (to > from) out.push({ item: i, from, to });
  }
  return out;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Rectangles of page-text range [start, end) relative to `pageEl`, in CSS px, measured
 * from the laid-out text layer with DOM Ranges (they follow pdf.js's per-span scaleX, so
 * the boxes sit on the glyphs at any zoom).
 */
export function rangeBoxes(pageEl: HTMLElement, map: TextLayerMap, start: number, end: number): Box[] {
  const origin = pageEl.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const { item, from, to } of sliceSpans(map, start, end)) {
    const span = map.spans[item];
    const node = span?.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    const range = document.createRange();
    range.setStart(node, Math.min(from, node.textContent?.length ?? 0));
    range.setEnd(node, Math.min(to, node.textContent?.length ?? 0));
    for (const r of Array.from(range.getClientRects())) {
      if (r.width <= 0 || r.height <= 0) continue;
      boxes.push({ left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height });
    }
  }
  return boxes;
}
