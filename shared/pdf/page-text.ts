// How one page's plain text is assembled from pdf.js `getTextContent()` items. Import
// (main/pdf) stores this text and the renderer's text layer rebuilds it with the SAME
// function, so a character offset stored at import (search hits, highlight anchors)
// points at the same character on screen. Pure: no pdfjs import, usable on both sides.
//
// The rule, deliberately minimal so the text layer can mirror it span for span:
//   text = item[0].str + (item[0].hasEOL ? '\n' : '') + item[1].str + ...
// Nothing else is inserted: pdf.js already emits ' ' items for word gaps and empty
// items with hasEOL for line breaks, and pdf.js's own text layer renders exactly
// `str` per span plus a <br> per hasEOL, i.e. the same characters in the same order.
// Items without a `str` (marked-content markers when includeMarkedContent is on)
// contribute nothing but keep their index, so itemStarts stays aligned with the items.

/**
 * The version of the page-text rule below. Bump it whenever buildPageText (or the options it
 * is fed) changes what text a page gives: every document records the version its texts were
 * built with, and `glossa recheck-anchors` re-extracts and re-anchors documents built by another.
 */
export const PAGE_TEXT_VERSION = 1;

export interface PageTextItem {
  str?: string;
  hasEOL?: boolean;
}

export interface PageText {
  /** The page's text as stored in the project and used for search and anchoring. */
  text: string;
  /** itemStarts[i] = offset in `text` where items[i].str begins (same length as items). */
  itemStarts: number[];
}

/**
 * Options both sides must pass to `page.getTextContent()`. Normalisation stays ON (the
 * pdf.js default): it turns ligatures such as U+FB01 into "fi", which search needs; the
 * renderer must therefore not use pdf.js's `disableNormalization: true` either.
 */
export const TEXT_CONTENT_OPTIONS = { includeMarkedContent: false, disableNormalization: false } as const;

export function buildPageText(items: readonly PageTextItem[]): PageText {
  const parts: string[] = [];
  const itemStarts: number[] = new Array(items.length);
  let offset = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    itemStarts[i] = offset;
    const str = typeof item.str === 'string' ? item.str : '';
    if (str) {
      parts.push(str);
      offset += str.length;
    }
    if (item.hasEOL) {
      parts.push('\n');
      offset += 1;
    }
  }
  return { text: parts.join(''), itemStarts };
}

/** Index of the item containing `offset` (binary search over itemStarts); -1 when empty. */
export function itemAtOffset(itemStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = itemStarts.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (itemStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
