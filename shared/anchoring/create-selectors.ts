// Turning a selection into stored selectors: TextQuoteSelector (the exact text plus up to
// 32 code points of context each side) and TextPositionSelector (code-point offsets in the
// page text of shared/pdf/page-text.ts). 32 code points of context is what Hypothesis
// stores too: enough to tell apart the repeated boilerplate of a 600-page report ("Article
// 4 of the Convention" occurs hundreds of times) without bloating every annotation row.
// Context stays inside the page: the position selector is per page, and page texts are
// extracted and cached page by page.

import type { AnnotationTarget, TextPositionSelector, TextQuoteSelector } from '../domain/annotation';
import { codePointIndex, codePointsAfter, codePointsBefore, snapForwardToCodePoint, snapToCodePoint } from './code-points';
import { pageTextOf, type PageTexts } from './page-texts';

/** Context length in code points on each side of the quote. */
export const QUOTE_CONTEXT_LENGTH = 32;

export interface TextSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Clamps [start, end) to the text, orders it and widens it so no surrogate pair is split. */
export function normaliseRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(text.length, Math.floor(Math.min(start, end)) || 0));
  let e = Math.max(0, Math.min(text.length, Math.floor(Math.max(start, end)) || 0));
  s = snapToCodePoint(text, s);
  e = snapForwardToCodePoint(text, e);
  return { start: s, end: Math.max(s, e) };
}

/** Selectors for the UTF-16 range [start, end) of one page's text (kept as given, not trimmed). */
export function createSelectors(text: string, start: number, end: number): TextSelectors {
  const range = normaliseRange(text, start, end);
  const index = codePointIndex(text);
  const prefixStart = codePointsBefore(text, range.start, QUOTE_CONTEXT_LENGTH);
  const suffixEnd = codePointsAfter(text, range.end, QUOTE_CONTEXT_LENGTH);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(range.start, range.end),
      prefix: text.slice(prefixStart, range.start),
      suffix: text.slice(range.end, suffixEnd),
    },
    position: {
      type: 'TextPositionSelector',
      start: index.toCodePoint(range.start),
      end: index.toCodePoint(range.end),
    },
  };
}

// \s covers the no-break space and the Unicode spaces; U+00AD (soft hyphen) and the zero-width
// characters are invisible in the text layer, so a selection never visibly starts with them.
const TRIMMABLE = /[\s\u00ad\u200b\u200c\u200d\u2060\ufeff]/;

/** Shrinks [start, end) so it neither starts nor ends with whitespace; may become empty. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && TRIMMABLE.test(text[s])) s++;
  while (e > s && TRIMMABLE.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/**
 * Targets for a selection from (startPage, startOffset) to (endPage, endOffset), offsets in
 * UTF-16 units of each page's text. One target per page that holds selected non-blank text;
 * each range is whitespace-trimmed, so the quote never begins with the page's line break.
 * `rects` are left empty: the renderer fills them from the text layer.
 * Pages whose text the source does not know are skipped.
 */
export function createTargets(
  pageTexts: PageTexts,
  startPage: number,
  startOffset: number,
  endPage: number,
  endOffset: number,
): AnnotationTarget[] {
  let [fromPage, fromOffset, toPage, toOffset] = [startPage, startOffset, endPage, endOffset];
  if (fromPage > toPage || (fromPage === toPage && fromOffset > toOffset)) {
    [fromPage, fromOffset, toPage, toOffset] = [endPage, endOffset, startPage, startOffset];
  }
  const targets: AnnotationTarget[] = [];
  for (let page = fromPage; page <= toPage; page++) {
    const text = pageTextOf(pageTexts, page);
    if (text === undefined) continue;
    const rawStart = page === fromPage ? fromOffset : 0;
    const rawEnd = page === toPage ? toOffset : text.length;
    const clamped = normaliseRange(text, rawStart, rawEnd);
    const trimmed = trimRange(text, clamped.start, clamped.end);
    if (trimmed.end <= trimmed.start) continue;
    const { quote, position } = createSelectors(text, trimmed.start, trimmed.end);
    targets.push({ pageIndex: page, rects: [], quote, position });
  }
  return targets;
}
