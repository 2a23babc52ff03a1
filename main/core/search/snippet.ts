// Cuts a search snippet from a page's original text in JS. The FTS tables are contentless
// (the page text is stored once, in pages.text), so FTS5's snippet() is unavailable; and
// doing it here for the ~50 rows shown costs ~1 ms, against ~10,000 rows if SQL did it.
// The hits come from page-matches.ts (the query's own rules: stems or exact forms), and the
// snippet is cut from the original so the reader sees the real letters (ё, capitals) of the
// actual inflected word.
import { findPageMatches, type PageMatches } from './page-matches';
import type { ParsedQuery } from './query-parser';

export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

/** ~12 words: enough context to judge a hit in a result list row. */
const WORDS_BEFORE = 4;
const WORDS_TOTAL = 12;

/** Original text between two offsets, whitespace runs collapsed, stray markers removed. */
function clean(text: string): string {
  return text.replace(/[\u0002\u0003]/g, '').replace(/\s+/g, ' ');
}

/**
 * A snippet of ~12 words around the first hit in `text`, hits wrapped in \u0002…\u0003, '…'
 * where text was cut. Without any hit: the page's first words.
 */
export function cutSnippet(text: string, query: ParsedQuery, matches: PageMatches = findPageMatches(text, query)): string {
  const { tokens, spans } = matches;
  if (tokens.length === 0) return '';
  const first = spans.length > 0 ? spans[0] : null;
  // Near the end of the page, show more words before the hit rather than a short snippet.
  const from = first === null ? 0 : Math.max(0, Math.min(first[0] - WORDS_BEFORE, tokens.length - WORDS_TOTAL));
  const to = Math.min(tokens.length, Math.max(from + WORDS_TOTAL, first === null ? 0 : first[1]));
  let out = from > 0 ? '…' : '';
  let cursor = tokens[from].start;
  for (const [s, e] of spans) {
    if (s < from || e > to) continue;
    const start = tokens[s].start;
    const end = tokens[e - 1].end;
    out += clean(text.slice(cursor, start)) + HIT_START + clean(text.slice(start, end)) + HIT_END;
    cursor = end;
  }
  out += clean(text.slice(cursor, tokens[to - 1].end));
  return to < tokens.length ? `${out}…` : out;
}
