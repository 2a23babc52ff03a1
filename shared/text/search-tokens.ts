// Splits normalised text into words the way SQLite's FTS5 `unicode61 remove_diacritics 2`
// tokenizer does: runs of letters, digits and private-use characters; everything else
// (spaces, punctuation, soft hyphens, underscores) separates. Combining marks are part of a
// word but dropped from its key, as the tokenizer drops them. Used by the query parser, the
// snippet cutter and the reader's find-in-document so they all see the index's words.

export interface SearchToken {
  /** Comparison key: the token without combining marks. */
  key: string;
  /** Offsets in the text (and, by normalizeSearch's invariant, in the original text). */
  start: number;
  end: number;
}

const TOKEN_RE = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;
const MARK_RE = /\p{M}/gu;
const HAS_MARK_RE = /\p{M}/u;

/** Tokens of an already normalised text (see normalize-search.ts). */
export function searchTokens(normalised: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  for (const m of normalised.matchAll(TOKEN_RE)) {
    const raw = m[0];
    // Marks are rare in page text (pdf.js emits precomposed letters): test before copying.
    const key = HAS_MARK_RE.test(raw) ? raw.replace(MARK_RE, '') : raw;
    if (key.length === 0) continue;
    tokens.push({ key, start: m.index, end: m.index + raw.length });
  }
  return tokens;
}
