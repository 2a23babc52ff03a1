// Where a document's paragraphs begin, for the coding queries' NEAR/PARAGRAPH and the
// co-occurrence matrix's "same paragraph": the paragraph rule of readable quotes
// (readable-quote.ts endsParagraph: an empty line; a line ending a sentence followed by a
// numbered paragraph or a list item, or clearly shorter than the page's lines). A page break
// continues the paragraph unless the page's last line ends a sentence. Offsets are code
// points into each page's text (TextPositionSelector units). Pure.
import { typicalLineLength } from './document-vocabulary';
import { endsParagraph } from './readable-quote';

const SENTENCE_END = /[.!?:;\u2026]["'\u201d\u2019\u00bb)\]]*$/u;

export interface ParagraphIndex {
  /** The paragraph (0-based, counted through the document) a position lies in. */
  at(pageIndex: number, offset: number): number;
}

const codePoints = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** Paragraph starts of one page (code-point offsets, ascending; 0 when the page opens one). */
export function pageParagraphStarts(text: string, opensParagraph: boolean): number[] {
  const lines = text.split('\n');
  const lineLength = typicalLineLength(text);
  const starts: number[] = opensParagraph ? [0] : [];
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const here = offset;
    offset += codePoints(lines[i]) + 1;
    if (i === 0) continue;
    const prev = lines[i - 1].trim();
    const line = lines[i].trim();
    if (!line) continue;
    if (prev === '' || endsParagraph(prev, line, lineLength)) starts.push(here);
  }
  return starts;
}

/** The paragraph index of a document from its page texts in page order. */
export function paragraphIndex(pageTexts: readonly string[]): ParagraphIndex {
  const perPage: Array<{ before: number; starts: number[] }> = [];
  let count = 0;
  let opens = true;
  for (const text of pageTexts) {
    const starts = pageParagraphStarts(text, opens);
    perPage.push({ before: count, starts });
    count += starts.length;
    const last = text.trimEnd().split('\n').pop()?.trim() ?? '';
    opens = last === '' || SENTENCE_END.test(last);
  }
  return {
    at(pageIndex, offset) {
      const page = perPage[Math.max(0, Math.min(pageIndex, perPage.length - 1))];
      if (!page) return 0;
      let k = 0;
      while (k < page.starts.length && page.starts[k] <= offset) k++;
      // k starts at or before offset on this page: the paragraph is the k-th of the page, or
      // the previous page's last one continuing when none starts before it.
      return Math.max(0, page.before + k - 1);
    },
  };
}

/** Slices of a page's text by code-point offsets. */
export function codePointSlice(text: string, from: number, to?: number): string {
  return Array.from(text).slice(from, to).join('');
}

/** The text of the paragraph(s) around [start, end) on one page: what comes before the
 *  passage from its paragraph's start, and after it to its paragraph's end (the page's end
 *  when the paragraph runs on). */
export function paragraphAround(text: string, start: number, end: number): { before: string; after: string } {
  const starts = pageParagraphStarts(text, true);
  let from = 0;
  for (const s of starts) if (s <= start) from = s;
  const to = starts.find((s) => s >= end && s > start);
  return { before: codePointSlice(text, from, start), after: codePointSlice(text, end, to) };
}
