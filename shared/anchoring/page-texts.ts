// The ways callers hand us a document's page texts: an array (backend, all pages loaded),
// a Map (renderer, only the pages pdf.js has extracted so far) or a lookup function (lazy
// extraction, or the text read from SQLite page by page). Anchoring only needs "text of
// page i, if known" and, for the whole-document fallback, "which pages exist".

export type PageTexts =
  | readonly string[]
  | ReadonlyMap<number, string>
  | ((pageIndex: number) => string | null | undefined);

/** The text of page `pageIndex`, or undefined when the source does not know it. */
export function pageTextOf(source: PageTexts, pageIndex: number): string | undefined {
  if (!Number.isInteger(pageIndex) || pageIndex < 0) return undefined;
  let text: string | null | undefined;
  if (typeof source === 'function') text = source(pageIndex);
  else if (source instanceof Map) text = source.get(pageIndex);
  else text = (source as readonly string[])[pageIndex];
  return typeof text === 'string' ? text : undefined;
}

/**
 * Every page index the source can answer for, ascending. A function source cannot be
 * enumerated, so the caller passes `pageCount` (otherwise only explicitly asked pages are used).
 */
export function knownPageIndices(source: PageTexts, pageCount?: number): number[] {
  if (typeof pageCount === 'number' && pageCount >= 0) {
    return Array.from({ length: Math.floor(pageCount) }, (_, i) => i);
  }
  if (typeof source === 'function') return [];
  if (source instanceof Map) {
    return [...(source as ReadonlyMap<number, string>).keys()].filter((i) => Number.isInteger(i) && i >= 0).sort((a, b) => a - b);
  }
  return Array.from({ length: (source as readonly string[]).length }, (_, i) => i);
}
