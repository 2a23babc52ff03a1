// Maps offsets in the slice of a text source that a page shows (text-to-pdf.ts) onto the
// page text pdf.js extracted from that page, which is what Glossa stores and the reader's
// text layer shows. The two hold the same characters in the same order; they differ in
// whitespace (a wrapped line ends in "\n" where the source had a space; blank lines leave
// nothing) and, rarely, in characters pdf.js normalises (compatibility forms). So we walk
// both in step over code points: non-space characters pair up one to one, whitespace runs
// pair up as runs, and a character the page lacks is skipped after a look-ahead of 8 for a
// resynchronisation. O(n) per page.

const LOOKAHEAD = 8;

const isSpace = (ch: string) => /\s/.test(ch);

export interface PageAlignment {
  /** Page code-point offset where a selection starting at slice offset `cp` starts. */
  start(cp: number): number;
  /** Page code-point offset where a selection ending at slice offset `cp` ends. */
  end(cp: number): number;
}

export function alignPage(slice: string, page: string): PageAlignment {
  const a = Array.from(slice);
  const b = Array.from(page);
  // at[i] = page offset of slice character i (for a character the page lacks: where it would be).
  const at = new Int32Array(a.length + 1);
  let j = 0;
  for (let i = 0; i < a.length; ) {
    if (isSpace(a[i])) {
      const runStart = j;
      while (j < b.length && isSpace(b[j])) j++;
      for (let k = 0; i < a.length && isSpace(a[i]); i++, k++) at[i] = Math.min(runStart + k, Math.max(runStart, j - 1));
      continue;
    }
    while (j < b.length && isSpace(b[j])) j++;
    if (j < b.length && b[j] !== a[i]) {
      const ahead = b.slice(j + 1, j + 1 + LOOKAHEAD).indexOf(a[i]);
      if (ahead >= 0) j += ahead + 1;
    }
    at[i] = j;
    if (j < b.length && b[j] === a[i]) j++;
    i++;
  }
  at[a.length] = j;
  const clampSlice = (cp: number) => Math.max(0, Math.min(a.length, cp));
  return {
    start: (cp) => at[clampSlice(cp)],
    end: (cp) => {
      const c = clampSlice(cp);
      return c === 0 ? at[0] : Math.min(b.length, at[c - 1] + 1);
    },
  };
}
