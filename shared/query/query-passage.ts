// A coded passage as the coding queries and the co-occurrence matrix see it: where it lies in
// its document, in the document's own text coordinates. `start`/`end` are code-point offsets
// into the document's text taken as its pages' texts one after another (one separator
// character between pages, so the last word of a page and the first of the next are one
// character apart, not touching); `pageFirst`/`pageLast` and `paragraphFirst`/`paragraphLast`
// are the (0-based) page and paragraph indexes it spans. An area highlight (a figure, a table,
// a scanned page) has no text: it takes part through its page — it spans its pages' whole
// text for OVERLAPS / INSIDE / OUTSIDE and the distance relations — so an area and a text
// passage on the same page overlap. Pure data.

export interface QueryPassage {
  annotationId: string;
  documentId: string;
  /** Codes applied to the passage (one highlight may carry several). */
  codeIds: string[];
  coderId: string;
  start: number;
  end: number;
  pageFirst: number;
  pageLast: number;
  paragraphFirst: number;
  paragraphLast: number;
}

/** Characters between two passages (0 when they touch or share text). */
export function gap(a: QueryPassage, b: QueryPassage): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}

/** Whether they share text. An empty range (a zero-length anchor) shares text with a range
 *  that contains its position. */
export function overlaps(a: QueryPassage, b: QueryPassage): boolean {
  if (a.documentId !== b.documentId) return false;
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/** Whether `a` lies wholly within `b`. */
export function inside(a: QueryPassage, b: QueryPassage): boolean {
  return a.documentId === b.documentId && b.start <= a.start && a.end <= b.end;
}

export function sameParagraph(a: QueryPassage, b: QueryPassage): boolean {
  return a.documentId === b.documentId && a.paragraphFirst <= b.paragraphLast && b.paragraphFirst <= a.paragraphLast;
}

export function samePage(a: QueryPassage, b: QueryPassage): boolean {
  return a.documentId === b.documentId && a.pageFirst <= b.pageLast && b.pageFirst <= a.pageLast;
}

/** Whether `b` starts after `a` ends, at most `within` characters later (null: anywhere later). */
export function followedBy(a: QueryPassage, b: QueryPassage, within: number | null): boolean {
  return a.documentId === b.documentId && b.start >= a.end && b !== a && (within === null || b.start - a.end <= within);
}
