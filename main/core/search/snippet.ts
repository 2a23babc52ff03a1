// Cuts a search snippet from a page's original text in JS. The FTS table is contentless
// (the page text is stored once, in pages.text), so FTS5's snippet() is unavailable; and
// doing it here for the ~50 rows shown costs ~1 ms, against ~10,000 rows if SQL did it.
// Matching runs on normalizeSearch(text), whose offsets equal the original's, and the
// snippet is cut from the original so the reader sees the real letters (ё, capitals).
import { normalizeSearch } from '../../../shared/text/normalize-search';
import { type SearchToken, searchTokens } from '../../../shared/text/search-tokens';
import type { SearchTerm } from './query-parser';

export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

/** ~12 words: enough context to judge a hit in a result list row. */
const WORDS_BEFORE = 4;
const WORDS_TOTAL = 12;

/** Number of tokens matched by some term at position i (0 if none; longest term wins). */
function matchLength(tokens: SearchToken[], i: number, terms: SearchTerm[]): number {
  let best = 0;
  for (const term of terms) {
    const n = term.tokens.length;
    if (n <= best || i + n > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const key = tokens[i + k].key;
      const want = term.tokens[k];
      ok = k === n - 1 && term.prefix ? key.startsWith(want) : key === want;
    }
    if (ok) best = n;
  }
  return best;
}

/** Original text between two offsets, whitespace runs collapsed, stray markers removed. */
function clean(text: string): string {
  return text.replace(/[\u0002\u0003]/g, '').replace(/\s+/g, ' ');
}

/**
 * A snippet of ~12 words around the first hit of `terms` in `text`, hits wrapped in
 * \u0002…\u0003, '…' where text was cut. Without any hit: the page's first words.
 */
export function cutSnippet(text: string, terms: SearchTerm[]): string {
  const tokens = searchTokens(normalizeSearch(text));
  if (tokens.length === 0) return '';
  let first = -1;
  let firstLen = 0;
  for (let i = 0; i < tokens.length && first < 0; i++) {
    const n = matchLength(tokens, i, terms);
    if (n > 0) {
      first = i;
      firstLen = n;
    }
  }
  // Near the end of the page, show more words before the hit rather than a short snippet.
  const from = first < 0 ? 0 : Math.max(0, Math.min(first - WORDS_BEFORE, tokens.length - WORDS_TOTAL));
  const to = Math.min(tokens.length, Math.max(from + WORDS_TOTAL, first + firstLen));
  let out = from > 0 ? '…' : '';
  let cursor = tokens[from].start;
  for (let i = from; i < to; ) {
    const n = first < 0 ? 0 : matchLength(tokens, i, terms);
    if (n > 0 && i + n <= to) {
      const start = tokens[i].start;
      const end = tokens[i + n - 1].end;
      out += clean(text.slice(cursor, start)) + HIT_START + clean(text.slice(start, end)) + HIT_END;
      cursor = end;
      i += n;
    } else {
      i++;
    }
  }
  out += clean(text.slice(cursor, tokens[to - 1].end));
  return to < tokens.length ? `${out}…` : out;
}
