// Where a parsed query matches inside one page text, in JS: the token spans that snippets
// mark, that auto-coding codes, that KWIC lines centre on and whose actual words the reader
// highlights. It applies the same rules as the index (same tokens, stems in stem mode), so
// on a page FTS5 returned these spans are exactly the words that made it match.
// NEAR counts the words between the phrases as FTS5 does (checked against SQLite 3.53): from
// the end of the phrase that starts first to the start of the one that starts last, at most n
// tokens (a middle phrase's own tokens count too).
import { normalizeSearch } from '../../../shared/text/normalize-search';
import { type SearchToken, searchTokens } from '../../../shared/text/search-tokens';
import type { ParsedQuery, QueryNode, SearchTerm } from './query-parser';
import { stemKey } from '../../../shared/text/stem';

export interface PageMatches {
  tokens: SearchToken[];
  /** Token index ranges [from, to), sorted, not overlapping. */
  spans: Array<[number, number]>;
}

/** Positions where `term` starts, on the page's comparison keys. */
function occurrences(keys: readonly string[], term: SearchTerm): number[] {
  const out: number[] = [];
  const n = term.tokens.length;
  for (let i = 0; i + n <= keys.length; i++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const want = term.tokens[k];
      ok = k === n - 1 && term.prefix ? keys[i + k].startsWith(want) : keys[i + k] === want;
    }
    if (ok) out.push(i);
  }
  return out;
}

/** The occurrence of `list` nearest to [from, to): smallest gap on either side. */
function nearest(list: readonly number[], len: number, from: number, to: number): number {
  let best = list[0];
  let bestGap = Infinity;
  for (const s of list) {
    const gap = s >= to ? s - to : from >= s + len ? from - (s + len) : 0;
    if (gap < bestGap) {
      bestGap = gap;
      best = s;
    }
  }
  return best;
}

function nearSpans(keys: readonly string[], terms: readonly SearchTerm[], distance: number): Array<[number, number]> {
  const occ = terms.map((t) => occurrences(keys, t));
  if (occ.some((o) => o.length === 0)) return [];
  const out: Array<[number, number]> = [];
  terms.forEach((term, j) => {
    for (const s of occ[j]) {
      const chosen: Array<[number, number]> = [[s, s + term.tokens.length]];
      terms.forEach((other, i) => {
        if (i === j) return;
        const len = other.tokens.length;
        const at = nearest(occ[i], len, s, s + term.tokens.length);
        chosen.push([at, at + len]);
      });
      const first = chosen.reduce((a, b) => (b[0] < a[0] ? b : a));
      const lastStart = Math.max(...chosen.map((c) => c[0]));
      if (lastStart - first[1] <= distance) out.push(...chosen);
    }
  });
  return out;
}

function nodeSpans(keys: readonly string[], node: QueryNode): Array<[number, number]> {
  if (node.kind === 'near') return nearSpans(keys, node.terms, node.distance);
  const n = node.term.tokens.length;
  return occurrences(keys, node.term).map((s) => [s, s + n]);
}

/** Sorted, overlapping spans joined (a phrase containing a word also searched for is one span). */
function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    const last = out[out.length - 1];
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Comparison keys of a page's tokens for a query's mode. */
export function pageKeys(tokens: readonly SearchToken[], mode: ParsedQuery['mode']): string[] {
  return mode === 'stem' ? tokens.map((t) => stemKey(t.key)) : tokens.map((t) => t.key);
}

export function findPageMatches(text: string, query: ParsedQuery): PageMatches {
  const tokens = searchTokens(normalizeSearch(text));
  if (tokens.length === 0 || query.include.length === 0) return { tokens, spans: [] };
  const keys = pageKeys(tokens, query.mode);
  return { tokens, spans: mergeSpans(query.include.flatMap((node) => nodeSpans(keys, node))) };
}

/** UTF-16 [start, end) ranges of the matches in the page text. */
export function matchRanges(m: PageMatches): Array<[number, number]> {
  return m.spans.map(([s, e]) => [m.tokens[s].start, m.tokens[e - 1].end]);
}

/** The matched words as they occur on the page (normalised, spaces collapsed), for reader highlights. */
export function matchedForms(text: string, m: PageMatches, max = 20): string[] {
  const forms = new Set<string>();
  for (const [s, e] of m.spans) {
    forms.add(m.tokens.slice(s, e).map((t) => normalizeSearch(text.slice(t.start, t.end))).join(' '));
    if (forms.size >= max) break;
  }
  return [...forms];
}
