// Numbered paragraphs ("87. GRETA considers…"), as UN, GRETA and many EU reports number them,
// so a passage can be cited "para. 87". A line opening with "N. " and a capital letter is a
// candidate; only candidates that belong to a run of consecutive numbers (N-1 or N+1 also
// opens a line) count, so a numbered list or a year at a line start does not make a
// document "numbered". A passage belongs to the last numbered paragraph that opens at or
// before it, on its page or the page before (a paragraph rarely runs longer than a page;
// beyond that the number would be a guess).

export interface ParagraphMark {
  pageIndex: number;
  /** Code-point offset of the number in the page text (TextPositionSelector units). */
  offset: number;
  number: number;
}

const OPENING = /(^|\n)[ \t]*(\d{1,4})\.[ \t]+(?=[\p{Lu}«"“(])/gu;

function codePointOffset(text: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** The document's numbered paragraph openings, in reading order. */
export function numberedParagraphs(pageTexts: readonly string[]): ParagraphMark[] {
  const all: ParagraphMark[] = [];
  pageTexts.forEach((text, pageIndex) => {
    for (const m of text.matchAll(OPENING)) {
      const at = (m.index ?? 0) + m[1].length;
      all.push({ pageIndex, offset: codePointOffset(text, at), number: Number(m[2]) });
    }
  });
  const kept = all.filter((m, i) => all[i - 1]?.number === m.number - 1 || all[i + 1]?.number === m.number + 1);
  return kept.length >= 3 ? kept : [];
}

/** The number of the paragraph a passage starting at (pageIndex, offset) lies in, or null. */
export function paragraphAt(marks: readonly ParagraphMark[], pageIndex: number, offset: number): number | null {
  let found: ParagraphMark | null = null;
  for (const m of marks) {
    if (m.pageIndex > pageIndex || (m.pageIndex === pageIndex && m.offset > offset)) break;
    found = m;
  }
  if (!found || found.pageIndex < pageIndex - 1) return null;
  return found.number;
}
