// Text from OCR: when a page's text layer is unusable (a scan), the words an OCR engine found
// on it, with their boxes in PDF user space, stand in for the PDF's text items. ocrTextItems
// turns the stored words into pdf.js-shaped text items (one per word, a ' ' item between
// words, hasEOL after a line's last word), and the page text is buildPageText of those items:
// import stores that text (search, anchoring, auto-coding use it unchanged) and the reader
// builds its transparent text layer over the scan from the SAME items, so an offset stored
// for a highlight points at the same word on screen. Pure: usable on both sides.
import type { PdfSpan } from '../anchoring/text-range-rects';
import { letterCount, textCounts } from '../text/char-counts';
import { buildPageText, type PageTextItem } from './page-text';

export { letterCount };

export interface OcrWord {
  text: string;
  /** Box in PDF user space (points, y up): x1 < x2, y1 < y2. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The engine's confidence, 0-100. */
  conf: number;
}

/** One line of words in reading order. */
export type OcrLine = OcrWord[];

/** A text item as pdf.js's getTextContent gives it (the fields the text layer reads). */
export interface OcrTextItem extends PageTextItem {
  str: string;
  hasEOL: boolean;
  /** [fontSize, 0, 0, fontSize, x, baseline y] in PDF user space. */
  transform: [number, number, number, number, number, number];
  width: number;
  height: number;
  fontName: string;
  dir: 'ltr';
}

/** The font name of OCR items; its style puts the em box on the word's box (0.8 up, 0.2 down). */
export const OCR_FONT = 'glossa-ocr';
export const OCR_FONT_STYLE = { fontFamily: 'sans-serif', ascent: 0.8, descent: -0.2, vertical: false } as const;

/** Below this mean confidence (0-100) a page is flagged in the library for checking. */
export const LOW_CONFIDENCE = 70;

function item(str: string, x1: number, x2: number, y1: number, y2: number, hasEOL: boolean): OcrTextItem {
  const h = Math.max(0.5, y2 - y1);
  // Baseline at 20% of the box: with ascent 0.8 / descent -0.2 the em box is the word's box.
  return { str, hasEOL, transform: [h, 0, 0, h, x1, y1 + 0.2 * h], width: Math.max(0, x2 - x1), height: h, fontName: OCR_FONT, dir: 'ltr' };
}

/** Words with their whitespace folded: an engine's word never holds a space or line break. */
function wordText(w: OcrWord): string {
  return w.text.replace(/\s+/gu, '');
}

/** The text items of a page's OCR lines (empty words dropped, empty lines skipped). */
export function ocrTextItems(lines: readonly OcrLine[]): OcrTextItem[] {
  const items: OcrTextItem[] = [];
  for (const line of lines) {
    const words = line.filter((w) => wordText(w) !== '');
    words.forEach((w, i) => {
      const last = i === words.length - 1;
      items.push(item(wordText(w), w.x1, w.x2, w.y1, w.y2, last));
      if (!last) {
        const next = words[i + 1];
        items.push(item(' ', w.x2, Math.max(w.x2, next.x1), Math.min(w.y1, next.y1), Math.max(w.y2, next.y2), false));
      }
    });
  }
  return items;
}

/** The page text of OCR lines: what import stores in pages.text for a scanned page. */
export function ocrPageText(lines: readonly OcrLine[]): string {
  return buildPageText(ocrTextItems(lines)).text;
}

/** The words' boxes with their ranges in the page text: an OCR page's layout for re-anchoring. */
export function ocrPageLayout(lines: readonly OcrLine[]): PdfSpan[] {
  const items = ocrTextItems(lines);
  const { itemStarts } = buildPageText(items);
  return items.flatMap((it, i) => {
    if (it.str === ' ') return [];
    const [, , , , x, y] = it.transform;
    return [{ start: itemStarts[i], end: itemStarts[i] + it.str.length, rect: { x1: x, y1: y - 0.2 * it.height, x2: x + it.width, y2: y + 0.8 * it.height } }];
  });
}

/** Mean word confidence, weighted by letters (a 1-letter word counts less than a long one). */
export function meanConfidence(lines: readonly OcrLine[]): number {
  let sum = 0;
  let n = 0;
  for (const line of lines) for (const w of line) {
    const len = wordText(w).length;
    sum += w.conf * len;
    n += len;
  }
  return n === 0 ? 0 : Math.round((sum / n) * 10) / 10;
}

/** Fewer letters than this on a page: no usable text layer (a scan, or a page number alone). */
export const MIN_LETTERS = 20;

/**
 * Whether a page's extracted text is unusable, so the page should be OCRed: almost no letters
 * (an image-only page: letters < 20 on the page), or text made mostly of replacement and
 * private-use characters, or of non-letters (a font without a Unicode map gives either).
 */
export function pageNeedsOcr(text: string): boolean {
  const { letters, nonSpace, junk } = textCounts(text);
  if (letters < MIN_LETTERS) return true;
  // Leader dots and rules (a table of contents, a form) are not junk: they do not count.
  let leaders = 0;
  for (const run of text.matchAll(LEADERS)) leaders += textCounts(run[0]).nonSpace;
  return junk / nonSpace > 0.2 || letters / Math.max(1, nonSpace - leaders) < 0.4;
}

/** Runs of three or more leader characters (". . . .", "……", "____", "----"). */
const LEADERS = /(?:[.\u00b7\u2026_\u2010-\u2015-]\s*){3,}/gu;

