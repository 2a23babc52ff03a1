// Which rows of a long list of variable-height rows to render: the ones in the viewport plus an
// overscan above and below, with the height of the rows left out as padding so the scroll bar
// stays true to the whole list. Heights are measured once a row has been rendered; rows never
// seen count as the estimate. With 2,000 highlights the panel renders ~25 rows instead of all
// (rendering 200 rows with their chips and Markdown comments took ~150 ms on this machine).
// Pure logic, no DOM, so it is tested without a browser.

export interface RowWindowInput {
  count: number;
  /** Measured height of row i, or undefined when it has not been rendered yet. */
  heightOf(index: number): number | undefined;
  estimate: number;
  scrollTop: number;
  viewport: number;
  /** Extra pixels rendered above and below the viewport (smooth scrolling, keyboard focus). */
  overscan: number;
}

export interface RowWindow {
  /** First rendered row. */
  start: number;
  /** One past the last rendered row. */
  end: number;
  /** Height of the rows before `start` and after `end - 1`. */
  padTop: number;
  padBottom: number;
  /** Height of all rows. */
  total: number;
}

/** The offsets of every row's top, and the total height as the last entry (count + 1 values). */
export function rowOffsets(count: number, heightOf: (index: number) => number | undefined, estimate: number): Float64Array {
  const out = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) out[i + 1] = out[i] + (heightOf(i) ?? estimate);
  return out;
}

/** The last index whose offset is <= y (binary search over ascending offsets). */
function indexAt(offsets: Float64Array, count: number, y: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

export function rowWindow(input: RowWindowInput): RowWindow {
  const { count, estimate } = input;
  if (count === 0) return { start: 0, end: 0, padTop: 0, padBottom: 0, total: 0 };
  const offsets = rowOffsets(count, input.heightOf, estimate);
  const total = offsets[count];
  const top = Math.max(0, input.scrollTop - input.overscan);
  // A viewport not laid out yet (0 px) still renders a first screen's worth of rows.
  const bottom = input.scrollTop + Math.max(input.viewport, estimate * 8) + input.overscan;
  const start = indexAt(offsets, count, top);
  const end = Math.min(count, indexAt(offsets, count, bottom) + 1);
  return { start, end, padTop: offsets[start], padBottom: total - offsets[end], total };
}

/**
 * The scrollTop that brings row `index` into view with the least movement (as
 * scrollIntoView({ block: 'nearest' }) would), or null when it is in view already.
 */
export function scrollToReveal(offsets: Float64Array, index: number, scrollTop: number, viewport: number): number | null {
  const rowTop = offsets[index];
  const rowBottom = offsets[index + 1];
  if (rowTop >= scrollTop && rowBottom <= scrollTop + viewport) return null;
  if (rowTop < scrollTop || rowBottom - rowTop > viewport) return rowTop;
  return rowBottom - viewport;
}
