// Splits normalised text into words the way SQLite's FTS5 `unicode61 remove_diacritics 2`
// tokenizer does: runs of letters, digits and private-use characters; everything else
// (spaces, punctuation, soft hyphens, underscores) separates. Combining marks are part of a
// word but dropped from its key, as the tokenizer drops them. Used by the query parser, the
// snippet cutter and the reader's find-in-document so they all see the index's words.
// The character classes are those of WORD_RE, looked up per UTF-16 unit in a table filled on
// first sight (astral characters in a map), not matched with a /u regex over the page:
// measured on 2,000-character report pages (loaded 2-core machine) 576 -> 28 µs a page, and
// search tokenizes the 50 pages of every screen of hits for their snippets
// (tests/unit/shared/text/search-tokens.test.ts checks the walk against the regex).

export interface SearchToken {
  /** Comparison key: the token without combining marks. */
  key: string;
  /** Offsets in the text (and, by normalizeSearch's invariant, in the original text). */
  start: number;
  end: number;
}

/** One character that belongs to a word (the definition; the walk below only caches it). */
export const WORD_RE = /^[\p{L}\p{N}\p{Co}\p{M}]$/u;
const ONE_MARK_RE = /^\p{M}$/u;
const MARK_RE = /\p{M}/gu;

const WORD = 1;
const MARK = 2;
const UNKNOWN = 255;

function classOf(ch: string): number {
  return (WORD_RE.test(ch) ? WORD : 0) | (ONE_MARK_RE.test(ch) ? MARK : 0);
}

/** Class of each BMP code unit, filled as characters are met (UNKNOWN until then). */
const bmp = new Uint8Array(0x10000).fill(UNKNOWN);
const astral = new Map<number, number>();

/** Flag on charAt's answer: the character is a surrogate pair (two UTF-16 units). */
const PAIR = 256;

/** Class of the character at i, | PAIR when it takes two units; a lone surrogate separates. */
function charAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) return 0;
    const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    let cls = astral.get(cp);
    if (cls === undefined) astral.set(cp, (cls = classOf(String.fromCodePoint(cp))));
    return cls | PAIR;
  }
  let cls = bmp[c];
  if (cls === UNKNOWN) bmp[c] = cls = classOf(String.fromCharCode(c));
  return cls;
}

/** Tokens of an already normalised text (see normalize-search.ts). */
export function searchTokens(normalised: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  const n = normalised.length;
  let start = -1;
  let marks = false;
  for (let i = 0; i <= n; ) {
    const cls = i < n ? charAt(normalised, i) : 0;
    if (cls & WORD) {
      if (start < 0) {
        start = i;
        marks = false;
      }
      if (cls & MARK) marks = true;
    } else if (start >= 0) {
      const raw = normalised.slice(start, i);
      // Marks are rare in page text (pdf.js emits precomposed letters): copied only when present.
      const key = marks ? raw.replace(MARK_RE, '') : raw;
      if (key.length > 0) tokens.push({ key, start, end: i });
      start = -1;
    }
    i += cls & PAIR ? 2 : 1;
  }
  return tokens;
}
