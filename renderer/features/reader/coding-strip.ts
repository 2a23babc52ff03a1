// Placement for the strip beside the reader's scroll bar that shows where the codings fall in
// the whole document (issue 14): each mark is put at its page (and its place on the page) in
// proportion to the document's height, exactly as the scroll bar maps the document, then the
// strip's pixel rows are bucketed so a 600-page report with 10,000 passages is drawn as a few
// hundred rectangles into one canvas, never as one DOM node per passage. Pure (no DOM).

/** One passage on one page (a passage across a page break gives one mark per page). */
export interface StripMark {
  /** The passage's id (what a click on the mark opens). */
  id: string;
  pageIndex: number;
  /** Vertical extent within the page, 0 = top .. 1 = bottom (0..1 when the place is unknown). */
  top: number;
  bottom: number;
  /** Colours of its codes, in codebook order. */
  colors: readonly string[];
  codeIds: readonly string[];
}

/** What the host (the coding workspace) gives the reader's strip. */
export interface StripSource {
  /** In reading order. */
  marks: readonly StripMark[];
  /** The name of a code in the UI language, for the hover text. */
  labelOf(codeId: string): string;
  /** A click on a mark: open that passage. */
  activate(id: string): void;
}

/** The reader's geometry in CSS px (reader-layout.ts Layout). */
export interface StripGeometry {
  tops: readonly number[];
  heights: readonly number[];
  totalHeight: number;
}

/** A mark is at least 3 px tall: one passage among 600 pages is a tenth of a pixel, unseen. */
export const MIN_MARK_PX = 3;

export interface RowSpan {
  /** First and last strip pixel row, inclusive. */
  first: number;
  last: number;
}

/** A run of adjacent pixel rows that show the same colours. */
export interface StripRun {
  y: number;
  height: number;
  colors: string[];
}

export interface StripBuckets {
  height: number;
  /** Per mark (same index as the marks), its rows. */
  spans: RowSpan[];
  /** Per pixel row, the indexes of the marks drawn in it. */
  rows: number[][];
  runs: StripRun[];
}

/** The rows a mark covers in a strip `stripHeight` px tall. */
export function markSpan(mark: Pick<StripMark, 'pageIndex' | 'top' | 'bottom'>, geo: StripGeometry, stripHeight: number): RowSpan | null {
  const h = Math.floor(stripHeight);
  const pageTop = geo.tops[mark.pageIndex];
  const pageHeight = geo.heights[mark.pageIndex];
  if (h <= 0 || geo.totalHeight <= 0 || pageTop === undefined || pageHeight === undefined) return null;
  const scale = h / geo.totalHeight;
  const y0 = (pageTop + clamp01(Math.min(mark.top, mark.bottom)) * pageHeight) * scale;
  const y1 = (pageTop + clamp01(Math.max(mark.top, mark.bottom)) * pageHeight) * scale;
  const size = Math.min(h, MIN_MARK_PX);
  // A short mark grows downwards from its top; at the strip's end it moves up to stay whole.
  let first = Math.min(h - 1, Math.floor(y0));
  let last = Math.max(first + size - 1, Math.ceil(y1) - 1);
  if (last > h - 1) {
    last = h - 1;
    first = Math.min(first, h - size);
  }
  return { first, last };
}

/**
 * Buckets the marks into the strip's pixel rows. Colours in a row are in the order they first
 * appear in `marks` (reading order of codebook-ordered colours), so a code keeps its lane
 * from row to row wherever the same codes meet.
 */
export function bucketMarks(marks: readonly StripMark[], geo: StripGeometry, stripHeight: number): StripBuckets {
  const height = Math.max(0, Math.floor(stripHeight));
  const rows: number[][] = Array.from({ length: height }, () => []);
  const spans: RowSpan[] = [];
  const rank = new Map<string, number>();
  marks.forEach((mark, i) => {
    for (const c of mark.colors) if (!rank.has(c)) rank.set(c, rank.size);
    const span = markSpan(mark, geo, height) ?? { first: 0, last: -1 };
    spans.push(span);
    for (let y = span.first; y <= span.last; y++) rows[y].push(i);
  });
  const runs: StripRun[] = [];
  let prevKey = '';
  for (let y = 0; y < height; y++) {
    const set = new Set<string>();
    for (const i of rows[y]) for (const c of marks[i].colors) set.add(c);
    const colors = [...set].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    const key = colors.join(' ');
    const last = runs[runs.length - 1];
    if (colors.length > 0 && key === prevKey && last && last.y + last.height === y) last.height++;
    else if (colors.length > 0) runs.push({ y, height: 1, colors });
    prevKey = key;
  }
  return { height, spans, rows, runs };
}

export interface StripRect {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

/** The rectangles to paint: each run's colours side by side in equal lanes of whole pixels. */
export function stripRects(runs: readonly StripRun[], width: number): StripRect[] {
  const out: StripRect[] = [];
  for (const run of runs) {
    const k = run.colors.length;
    run.colors.forEach((color, i) => {
      const x0 = Math.round((i * width) / k);
      const x1 = Math.round(((i + 1) * width) / k);
      if (x1 > x0) out.push({ x: x0, y: run.y, width: x1 - x0, height: run.height, color });
    });
  }
  return out;
}

/**
 * The marks at strip row `y`; when there are none, the nearest ones within `tolerance` rows (a
 * 3 px mark is hard to hit). Only the nearest: in a dense strip the hover names what is under
 * the pointer, not everything 3 px around it. In reading order.
 */
export function marksNear(buckets: StripBuckets, y: number, tolerance = 3): number[] {
  const row = Math.floor(y);
  const seen = new Map<number, number>();
  for (let r = Math.max(0, row - tolerance); r <= Math.min(buckets.height - 1, row + tolerance); r++) {
    for (const i of buckets.rows[r]) {
      const s = buckets.spans[i];
      const distance = row < s.first ? s.first - row : row > s.last ? row - s.last : 0;
      const had = seen.get(i);
      if (had === undefined || distance < had) seen.set(i, distance);
    }
  }
  const nearest = Math.min(...seen.values());
  return [...seen.entries()].filter(([, d]) => d === nearest).map(([i]) => i).sort((a, b) => a - b);
}

export interface StripSummary {
  firstPage: number;
  lastPage: number;
  passages: number;
  codeIds: string[];
}

/** What the hover text says about some marks: their pages, how many passages, which codes. */
export function summarise(marks: readonly StripMark[], indexes: readonly number[]): StripSummary | null {
  if (indexes.length === 0) return null;
  const ids = new Set<string>();
  const codeIds: string[] = [];
  let firstPage = Infinity;
  let lastPage = -Infinity;
  for (const i of indexes) {
    const m = marks[i];
    ids.add(m.id);
    firstPage = Math.min(firstPage, m.pageIndex);
    lastPage = Math.max(lastPage, m.pageIndex);
    for (const c of m.codeIds) if (!codeIds.includes(c)) codeIds.push(c);
  }
  return { firstPage, lastPage, passages: ids.size, codeIds };
}

/** The document offset (CSS px in the page area) that strip row `y` stands for. */
export function documentOffsetAt(y: number, stripHeight: number, geo: StripGeometry): number {
  if (stripHeight <= 0) return 0;
  return (Math.min(Math.max(0, y), stripHeight) / stripHeight) * geo.totalHeight;
}

/**
 * The mark a key goes to from the current page: Down the first passage after it, Up the last one
 * before it, Home / End the first / last; null when there is none that way, undefined when the
 * key is not the strip's.
 */
export function stepMark(marks: readonly StripMark[], pageIndex: number, key: string): StripMark | null | undefined {
  switch (key) {
    case 'ArrowDown': return marks.find((m) => m.pageIndex > pageIndex) ?? null;
    case 'ArrowUp': return marks.findLast((m) => m.pageIndex < pageIndex) ?? null;
    case 'Home': return marks[0] ?? null;
    case 'End': return marks[marks.length - 1] ?? null;
    default: return undefined;
  }
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
