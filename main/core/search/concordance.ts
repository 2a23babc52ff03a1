// Keyword in context (KWIC) and word frequencies over the current document selection. KWIC
// runs the search itself (same parse, same index, same spans as snippets and auto-coding),
// one line per matched span with N words either side cut from the original text, so the
// inflected word is shown as it stands. Word frequencies count the tokens of the index
// (search-tokens.ts), grouped by Snowball stem unless exact forms are asked for.
import type { KwicLine, KwicQuery, KwicResult, WordFrequency, WordFrequencyQuery, WordFrequencyResult } from '../../../shared/domain/concordance';
import { normalizeSearch } from '../../../shared/text/normalize-search';
import { searchTokens } from '../../../shared/text/search-tokens';
import { stemKey } from '../../../shared/text/stem';
import type { Db } from '../../db/connection';
import { iteratePageTexts } from '../../db/repositories/annotations';
import { listDocuments } from '../../db/repositories/documents';
import { iterateMatchingPages, queryMode } from '../../db/repositories/search';
import { findPageMatches } from './page-matches';
import { parseSearchQuery } from './query-parser';
import { STOPWORDS } from './stopwords';

export const KWIC_DEFAULT_CONTEXT = 6;
export const KWIC_MAX_CONTEXT = 20;
export const KWIC_DEFAULT_LIMIT = 500;
export const CONCORDANCE_MAX_LIMIT = 5000;
export const FREQUENCY_DEFAULT_LIMIT = 200;
const MAX_FORMS = 8;

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The selected documents (all when no filter), by id, with their titles. */
function selection(db: Db, filter: KwicQuery['filter']): Map<string, string> {
  return new Map(listDocuments(db, filter).map((d) => [d.id, d.title]));
}

export function kwic(db: Db, q: KwicQuery): KwicResult {
  const parsed = parseSearchQuery(q.text, queryMode(q));
  const context = q.context ?? KWIC_DEFAULT_CONTEXT;
  const limit = q.limit ?? KWIC_DEFAULT_LIMIT;
  const titles = selection(db, q.filter);
  const lines: KwicLine[] = [];
  let total = 0;
  for (const page of iterateMatchingPages(db, parsed, [...titles.keys()])) {
    const { tokens, spans } = findPageMatches(page.text, parsed);
    for (const [s, e] of spans) {
      total++;
      if (lines.length >= limit) continue;
      const from = Math.max(0, s - context);
      const to = Math.min(tokens.length, e + context);
      lines.push({
        documentId: page.documentId,
        documentTitle: titles.get(page.documentId) ?? '',
        pageIndex: page.pageIndex,
        left: oneLine(page.text.slice(tokens[from].start, tokens[s].start)),
        match: oneLine(page.text.slice(tokens[s].start, tokens[e - 1].end)),
        right: oneLine(page.text.slice(tokens[e - 1].end, tokens[to - 1].end)),
      });
    }
  }
  return { lines, total };
}

interface Tally {
  count: number;
  forms: Map<string, number>;
  docs: Set<string>;
}

export function wordFrequencies(db: Db, q: WordFrequencyQuery): WordFrequencyResult {
  const exact = q.exact === true;
  const skip = q.skipStopwords !== false;
  const limit = q.limit ?? FREQUENCY_DEFAULT_LIMIT;
  const ids = [...selection(db, q.filter).keys()];
  const tallies = new Map<string, Tally>();
  let totalWords = 0;
  for (const page of iteratePageTexts(db, ids)) {
    for (const t of searchTokens(normalizeSearch(page.text))) {
      // Numbers (page numbers, years, article numbers) are not words of the text.
      if (/^\p{N}+$/u.test(t.key) || (skip && STOPWORDS.has(t.key))) continue;
      totalWords++;
      const group = exact ? t.key : stemKey(t.key);
      let tally = tallies.get(group);
      if (!tally) tallies.set(group, (tally = { count: 0, forms: new Map(), docs: new Set() }));
      tally.count++;
      tally.forms.set(t.key, (tally.forms.get(t.key) ?? 0) + 1);
      tally.docs.add(page.documentId);
    }
  }
  const words: WordFrequency[] = [...tallies.values()]
    .map((t) => {
      const forms = [...t.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([f]) => f);
      return { word: forms[0], forms: forms.slice(0, MAX_FORMS), count: t.count, documents: t.docs.size };
    })
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, limit);
  return { words, totalWords, distinct: tallies.size, documentCount: ids.length };
}
