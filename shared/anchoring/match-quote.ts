// Choosing where a quote belongs in a text: exact occurrences first (indexOf is native and
// fast), otherwise approximate ones within an error budget, each scored by how well the
// quote, the text around it and its position agree with what was stored. The weights follow
// Hypothesis' matchQuote (quote 50, prefix 20, suffix 20, position 2): the quote dominates,
// context tells repeated occurrences apart, position only breaks ties.
//
// Works on whatever strings it is given; anchor.ts passes normalised texts (normalise-text.ts).

import { createApproxSearcher, type ApproxSearcher } from './approx-search';

export interface QuoteContext {
  /** Text expected right before the quote. */
  prefix?: string;
  /** Text expected right after the quote. */
  suffix?: string;
  /** Expected start offset in the text. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  /** Exclusive. */
  end: number;
  errors: number;
  /** 1 - errors / quote length. */
  quoteScore: number;
  /** Mean similarity in [0, 1] of the text before and after to the stored prefix and suffix. */
  contextScore: number;
  /** Weighted score in [0, 1] of quote, context and position. */
  score: number;
}

export interface MatchOptions {
  /** Edits allowed in the quote; default maxErrorsFor(quote.length). */
  maxErrors?: number;
  /** Only search text[from, to). */
  from?: number;
  to?: number;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * Error budget for a quote: one edit per four characters beyond the first eight, at most 64.
 * Three words replaced in a 120-character sentence are ~27 edits (budget 28); a 12-character
 * quote may differ by one edit only, because short strings with more errors match almost
 * anywhere in 600 pages of report prose. The cap keeps long quotes to <= 3 active Myers
 * blocks, so the search stays linear in the page length.
 */
export function maxErrorsFor(quoteLength: number): number {
  return Math.min(64, Math.floor(Math.max(0, quoteLength - 8) / 4));
}

/**
 * Edits needed to turn `expected` into some suffix of `nearby` (side 'before') or some
 * prefix of it (side 'after'): one small DP with a free start in the nearby text, so a context
 * shifted by an extra space or a dropped hyphen still aligns. ~34 x 34 cells.
 */
function affixDistance(expected: string, nearby: string, side: 'before' | 'after'): number {
  const a = side === 'before' ? expected : [...expected].reverse().join('');
  const w = side === 'before' ? nearby : [...nearby].reverse().join('');
  let prev = new Int32Array(w.length + 1); // row 0: free start anywhere in the nearby
  let cur = new Int32Array(w.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= w.length; j++) {
      cur[j] = Math.min(prev[j - 1] + (ca === w.charCodeAt(j - 1) ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[w.length];
}

/** Similarity in [0, 1] of the expected context and the actual text next to a match. */
function contextScore(expected: string | undefined, nearby: string, side: 'before' | 'after'): number {
  if (!expected) return 1;
  if (side === 'before' ? nearby.endsWith(expected) : nearby.startsWith(expected)) return 1;
  if (nearby.length === 0) return 0;
  return Math.max(0, 1 - affixDistance(expected, nearby, side) / expected.length);
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function scoreCandidate(text: string, quoteLength: number, m: Candidate, context: QuoteContext, span: number): QuoteMatch {
  const quoteScore = 1 - m.errors / quoteLength;
  const prefixLen = (context.prefix?.length ?? 0) + 2;
  const suffixLen = (context.suffix?.length ?? 0) + 2;
  const prefixScore = contextScore(context.prefix, text.slice(Math.max(0, m.start - prefixLen), m.start), 'before');
  const suffixScore = contextScore(context.suffix, text.slice(m.end, m.end + suffixLen), 'after');
  const positionScore = typeof context.hint === 'number' ? 1 - Math.min(1, Math.abs(m.start - context.hint) / Math.max(1, span)) : 1;
  const score =
    (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) /
    TOTAL_WEIGHT;
  return { ...m, quoteScore, contextScore: (prefixScore + suffixScore) / 2, score };
}

/** Every exact occurrence of `quote` in text[from, to). */
export function exactOccurrences(text: string, quote: string, from = 0, to = text.length): Candidate[] {
  const found: Candidate[] = [];
  if (quote.length === 0) return found;
  let at = text.indexOf(quote, from);
  while (at !== -1 && at + quote.length <= to) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
    at = text.indexOf(quote, at + 1);
  }
  return found;
}

/** A quote prepared once for searching many pages (the Myers masks are built once). */
export interface PreparedQuote {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly maxErrors: number;
  readonly searcher: ApproxSearcher;
}

export function prepareQuote(exact: string, context: { prefix?: string; suffix?: string } = {}, maxErrors?: number): PreparedQuote {
  return {
    exact,
    prefix: context.prefix ?? '',
    suffix: context.suffix ?? '',
    maxErrors: maxErrors ?? maxErrorsFor(exact.length),
    searcher: createApproxSearcher(exact),
  };
}

/**
 * The best-scoring occurrence of a prepared quote in text[from, to): exact occurrences only
 * ('exact') or approximate ones within the error budget ('fuzzy'); null when there is none.
 */
export function bestOccurrence(
  text: string,
  quote: PreparedQuote,
  mode: 'exact' | 'fuzzy',
  hint?: number,
  from = 0,
  to = text.length,
): QuoteMatch | null {
  if (quote.exact.length === 0) return null;
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  let candidates: Candidate[];
  if (mode === 'exact') candidates = exactOccurrences(text, quote.exact, lo, hi);
  else candidates = quote.maxErrors < 1 ? [] : quote.searcher.search(text, quote.maxErrors, lo, hi);
  const context: QuoteContext = { prefix: quote.prefix, suffix: quote.suffix, hint };
  let best: QuoteMatch | null = null;
  for (const candidate of candidates) {
    const scored = scoreCandidate(text, quote.exact.length, candidate, context, hi - lo);
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}

/**
 * The best match of `quote` in `text`, or null when no occurrence is within the error
 * budget. Exact occurrences win over approximate ones (as in Hypothesis): an approximate
 * search is only run when the quote does not occur verbatim.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}, options: MatchOptions = {}): QuoteMatch | null {
  const prepared = prepareQuote(quote, context, options.maxErrors);
  return (
    bestOccurrence(text, prepared, 'exact', context.hint, options.from, options.to) ??
    bestOccurrence(text, prepared, 'fuzzy', context.hint, options.from, options.to)
  );
}
