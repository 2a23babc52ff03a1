// Geometry of the continuous-scroll reader as plain numbers, so the decisions that make a
// 600-page report scroll smoothly (which pages to render, which page is "current", where a
// page starts) are computed without a DOM and unit-tested. Sizes are CSS pixels.

/** pdf.js convention: 1 PDF point = 96/72 CSS px, so 100 % zoom shows the page at print size. */
export const CSS_PX_PER_POINT = 96 / 72;
/** Vertical gap between pages and padding around them, in CSS px. */
export const PAGE_GAP = 12;
/** Pages rendered beyond the visible ones on each side: beyond ±2 memory grows faster than
 *  scrolling gets smoother (each A4 canvas at 2x DPR and 150 % zoom is ~ 16 MB). */
export const RENDER_MARGIN_PAGES = 2;
/** Canvases are kept (not re-rendered) up to this many pages away, then released. */
export const KEEP_MARGIN_PAGES = 5;

export interface PageSize {
  /** Width and height in PDF points at scale 1, rotation applied. */
  width: number;
  height: number;
}

export interface Layout {
  /** CSS px per PDF point (zoom × CSS_PX_PER_POINT). */
  scale: number;
  tops: number[];
  widths: number[];
  heights: number[];
  totalHeight: number;
  maxWidth: number;
}

export function computeLayout(sizes: readonly PageSize[], zoom: number): Layout {
  const scale = zoom * CSS_PX_PER_POINT;
  const n = sizes.length;
  const tops = new Array<number>(n);
  const widths = new Array<number>(n);
  const heights = new Array<number>(n);
  let y = PAGE_GAP;
  let maxWidth = 0;
  for (let i = 0; i < n; i++) {
    // Whole pixels: fractional page boxes blur the canvas edges and drift over 600 pages.
    const w = Math.floor(sizes[i].width * scale);
    const h = Math.floor(sizes[i].height * scale);
    tops[i] = y;
    widths[i] = w;
    heights[i] = h;
    if (w > maxWidth) maxWidth = w;
    y += h + PAGE_GAP;
  }
  return { scale, tops, widths, heights, totalHeight: y, maxWidth };
}

/** Index of the page whose box (including the gap below it) contains `offset`. */
export function pageIndexAtOffset(layout: Layout, offset: number): number {
  const { tops } = layout;
  if (tops.length === 0) return 0;
  let lo = 0;
  let hi = tops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface PageRange {
  first: number;
  last: number;
}

/** Pages intersecting the viewport [scrollTop, scrollTop + viewportHeight). */
export function visibleRange(layout: Layout, scrollTop: number, viewportHeight: number): PageRange {
  const n = layout.tops.length;
  if (n === 0) return { first: 0, last: -1 };
  const first = pageIndexAtOffset(layout, scrollTop);
  let last = pageIndexAtOffset(layout, scrollTop + Math.max(0, viewportHeight - 1));
  // A page whose top gap is in view but whose box is not still counts as not visible.
  if (last > first && layout.tops[last] >= scrollTop + viewportHeight) last--;
  return { first, last };
}

/** Visible pages widened by `margin` on both sides, clamped to the document. */
export function widenRange(range: PageRange, margin: number, numPages: number): PageRange {
  if (numPages === 0 || range.last < range.first) return { first: 0, last: -1 };
  return { first: Math.max(0, range.first - margin), last: Math.min(numPages - 1, range.last + margin) };
}

/**
 * Render order: visible pages first (top to bottom), then the margin pages nearest to the
 * visible block first, so the page the user is looking at never waits behind a neighbour.
 */
export function renderOrder(layout: Layout, scrollTop: number, viewportHeight: number, margin = RENDER_MARGIN_PAGES): number[] {
  const n = layout.tops.length;
  const vis = visibleRange(layout, scrollTop, viewportHeight);
  if (vis.last < vis.first) return [];
  const order: number[] = [];
  for (let i = vis.first; i <= vis.last; i++) order.push(i);
  for (let d = 1; d <= margin; d++) {
    if (vis.last + d < n) order.push(vis.last + d);
    if (vis.first - d >= 0) order.push(vis.first - d);
  }
  return order;
}

/**
 * The "current" page shown in the toolbar: the page under a line 1/3 down the viewport,
 * which reads naturally both when a page top has just scrolled in and at the document end.
 */
export function currentPageIndex(layout: Layout, scrollTop: number, viewportHeight: number, scrollHeight: number): number {
  const n = layout.tops.length;
  if (n === 0) return 0;
  // At the very bottom the last page may never reach the 1/3 line: report it anyway.
  if (scrollTop + viewportHeight >= scrollHeight - 2) {
    const lastVisible = visibleRange(layout, scrollTop, viewportHeight).last;
    if (lastVisible === n - 1) return n - 1;
  }
  return pageIndexAtOffset(layout, scrollTop + viewportHeight / 3);
}

/** Fraction (0..1) of page `pageIndex` scrolled past the viewport top. */
export function pageOffsetFraction(layout: Layout, pageIndex: number, scrollTop: number): number {
  const h = layout.heights[pageIndex];
  if (!h) return 0;
  return Math.min(1, Math.max(0, (scrollTop - layout.tops[pageIndex]) / h));
}

/** scrollTop that puts `fraction` of page `pageIndex` at the viewport top. */
export function scrollTopForPage(layout: Layout, pageIndex: number, fraction = 0): number {
  const i = Math.min(Math.max(0, pageIndex), layout.tops.length - 1);
  if (i < 0) return 0;
  // With fraction 0 leave the gap above the page visible, as pdf.js does.
  const top = fraction > 0 ? layout.tops[i] + fraction * layout.heights[i] : layout.tops[i] - PAGE_GAP;
  return Math.max(0, Math.round(top));
}
