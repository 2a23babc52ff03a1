// What to try after an empty search: the same words in all their forms (when the exact-form
// toggle was on), without the attribute filters, any of the words instead of all of them,
// or the words as prefixes. Each suggestion is counted first and offered only when it finds
// pages, so the user never follows a suggestion into another empty list. At most four
// count queries, run only for an empty result.
import type { SearchQuery, SearchSuggestion } from '../../../shared/domain/search';
import type { Db } from '../../db/connection';
import { countMatches, queryMode } from '../../db/repositories/search';
import { parseSearchQuery } from './query-parser';

/** The typed words without quotes and operators: "a b" -> a b. */
function bareWords(terms: readonly string[]): string[] {
  return [...new Set(terms.flatMap((t) => t.split(' ')))];
}

export function searchSuggestions(db: Db, query: SearchQuery): SearchSuggestion[] {
  const exact = queryMode(query) === 'exact';
  const parsed = parseSearchQuery(query.text, queryMode(query));
  const words = bareWords(parsed.terms);
  const candidates: Array<Omit<SearchSuggestion, 'total'>> = [];
  if (exact) candidates.push({ kind: 'stemmed', text: query.text, exact: false, keepFilter: true });
  if (query.filter && Object.keys(query.filter).length > 0) candidates.push({ kind: 'noFilter', text: query.text, exact, keepFilter: false });
  if (words.length > 1) candidates.push({ kind: 'anyWord', text: words.join(' OR '), exact: false, keepFilter: true });
  if (words.length > 0 && words.length <= 3) candidates.push({ kind: 'prefix', text: words.map((w) => `${w}*`).join(' '), exact: false, keepFilter: true });
  const out: SearchSuggestion[] = [];
  for (const c of candidates) {
    const total = countMatches(db, parseSearchQuery(c.text, c.exact ? 'exact' : 'stem'), c.keepFilter ? query.filter : undefined);
    if (total > 0 && !out.some((o) => o.text === c.text && o.exact === c.exact && o.keepFilter === c.keepFilter)) out.push({ ...c, total });
  }
  return out;
}
