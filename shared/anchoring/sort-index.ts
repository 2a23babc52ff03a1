// Reading order of annotations as one string column that SQLite and JavaScript sort alike:
// "PPPPP|OOOOOOO|TTTTT" = page index (5 digits: 99,999 pages), character offset in the page
// text (7 digits: a page of 10 million characters) and distance from the page top in PDF
// points (5 digits: 99,999 pt = 35 m, beyond any real page; area highlights have no text
// offset and rely on it). Fixed width makes string order equal numeric order.

const PAGE_DIGITS = 5;
const OFFSET_DIGITS = 7;
const TOP_DIGITS = 5;

function field(value: number, digits: number): string {
  const max = 10 ** digits - 1;
  const v = Number.isFinite(value) ? Math.min(max, Math.max(0, Math.floor(value))) : 0;
  return String(v).padStart(digits, '0');
}

/** "PPPPP|OOOOOOO|TTTTT"; each part floored and clamped to its range (negative -> 0). */
export function sortIndex(pageIndex: number, offset: number, top: number): string {
  return `${field(pageIndex, PAGE_DIGITS)}|${field(offset, OFFSET_DIGITS)}|${field(top, TOP_DIGITS)}`;
}

/** Parts of a sort index; null when the string is not one. */
export function parseSortIndex(index: string): { pageIndex: number; offset: number; top: number } | null {
  const m = /^(\d{5})\|(\d{7})\|(\d{5})$/.exec(index);
  if (!m) return null;
  return { pageIndex: Number(m[1]), offset: Number(m[2]), top: Number(m[3]) };
}

/** Comparator for Array.prototype.sort: reading order. */
export function compareSortIndex(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Distance from the page top, in points, of the highest of `rects` (PDF user space, y up),
 * for a page whose viewBox top is `pageTop` (viewBox[3]); 0 when there are no rects.
 */
export function topFromPageTop(rects: readonly { y1: number; y2: number }[], pageTop: number): number {
  if (rects.length === 0) return 0;
  const highest = Math.max(...rects.map((r) => Math.max(r.y1, r.y2)));
  return Math.max(0, pageTop - highest);
}
