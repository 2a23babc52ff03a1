// Find-in-document matching over page texts (the same texts the text layer is built from,
// shared/pdf/page-text.ts), so a hit's [start, end) offsets point at text-layer characters.
// Matching uses the project search's normaliser (shared/text/normalize-search.ts): case-
// insensitive, ё and е match each other, Latin diacritics ignored, й kept. It keeps the
// text's length, so offsets in the folded text are offsets in the page text.
import { normalizeSearch } from '../../../shared/text/normalize-search';

export interface FindHit {
  pageIndex: number;
  start: number;
  end: number;
}

/** Folded text (lower case, ё -> е, Latin diacritics off) with exactly the input's length. */
export function foldText(text: string): string {
  return normalizeSearch(text);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular expression for the query: folded, whitespace runs in the query match any
 * whitespace run in the text (a phrase may wrap across lines: "serious\ncrime"), and a
 * hyphen at a line end is not bridged (rare in reports, and guessing would mis-highlight).
 * Returns null for an empty query.
 */
export function queryPattern(query: string): RegExp | null {
  const words = foldText(query.trim()).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
}

/** All non-overlapping hits of the query in one page's text. */
export function findInPage(pageIndex: number, text: string, pattern: RegExp, folded?: string): FindHit[] {
  const hay = folded ?? foldText(text);
  const hits: FindHit[] = [];
  const re = new RegExp(pattern.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(hay)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    hits.push({ pageIndex, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** Hits of the query across pages, in reading order. `texts[i]` may be undefined (not loaded). */
export function findInPages(texts: readonly (string | undefined)[], query: string): FindHit[] {
  const pattern = queryPattern(query);
  if (!pattern) return [];
  const hits: FindHit[] = [];
  texts.forEach((text, i) => {
    if (text) for (const h of findInPage(i, text, pattern)) hits.push(h);
  });
  return hits;
}

/** Hits of several highlight terms on one page, merged and sorted; overlapping ones joined. */
export function termHits(pageIndex: number, text: string, terms: readonly string[]): FindHit[] {
  const folded = foldText(text);
  const all: FindHit[] = [];
  for (const term of terms) {
    // FTS prefix terms may arrive with their operator ("traffick*"): match the stem.
    const pattern = queryPattern(term.replace(/[*"]/g, ' '));
    if (pattern) all.push(...findInPage(pageIndex, text, pattern, folded));
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: FindHit[] = [];
  for (const h of all) {
    const last = merged[merged.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else merged.push({ ...h });
  }
  return merged;
}

/**
 * Index of the hit to select after the hit list changed: the first hit at or after the
 * page the user is on, so a search typed on page 300 does not jump back to page 1.
 */
export function firstHitFrom(hits: readonly FindHit[], pageIndex: number): number {
  if (hits.length === 0) return -1;
  const i = hits.findIndex((h) => h.pageIndex >= pageIndex);
  return i === -1 ? 0 : i;
}

/** Next / previous hit index with wrap-around. */
export function stepHit(current: number, count: number, dir: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return dir > 0 ? 0 : count - 1;
  return (current + dir + count) % count;
}
