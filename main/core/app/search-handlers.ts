// search.query: project-wide full-text search. The query grammar is in
// main/core/search/query-parser.ts; this layer bounds the paging numbers and the filter shape.
// What to try after an empty first screen is its own request (search.suggest), asked for
// once that screen is shown: its counts (up to four, prefixes of common words among them:
// 10-20 ms on 50,000 pages) never hold up the "no pages match" the user is waiting for.
import type { Handlers } from '../../../shared/contract';
import type { SearchQuery } from '../../../shared/domain/search';
import type { BackendContext } from '../backend-context';
import { countSearch, searchPages } from '../../db/repositories/search';
import { searchSuggestions } from '../search/suggestions';
import type { KwicQuery, WordFrequencyQuery } from '../../../shared/domain/concordance';
import { CONCORDANCE_MAX_LIMIT, KWIC_MAX_CONTEXT, kwic, wordFrequencies } from '../search/concordance';
import { kwicCsv, wordFrequencyCsv } from '../search/concordance-csv';
import { parseFilter } from './document-handlers';
import { asObject, badInput, int } from './input-checks';

/** 500 hits is ten screens of results; more is paged with offset. */
export const MAX_SEARCH_LIMIT = 500;

function optionalBool(obj: Record<string, unknown>, key: string): boolean | undefined {
  if (obj[key] === undefined) return undefined;
  if (typeof obj[key] !== 'boolean') throw badInput(`"${key}" must be true or false`);
  return obj[key];
}

function queryText(obj: Record<string, unknown>): string {
  if (typeof obj.text !== 'string' || obj.text.length > 1000) throw badInput('"text" must be a string of at most 1000 characters');
  return obj.text;
}

export function parseSearchQuery(input: unknown): SearchQuery {
  const obj = asObject(input);
  const query: SearchQuery = { text: queryText(obj) };
  const exact = optionalBool(obj, 'exact');
  if (exact !== undefined) query.exact = exact;
  const filter = parseFilter(obj.filter);
  if (filter) query.filter = filter;
  const limit = int(obj, 'limit', { min: 1, max: MAX_SEARCH_LIMIT, optional: true });
  if (limit !== undefined) query.limit = limit;
  const offset = int(obj, 'offset', { min: 0, optional: true });
  if (offset !== undefined) query.offset = offset;
  return query;
}

export function parseKwicQuery(input: unknown): KwicQuery {
  const obj = asObject(input);
  return {
    text: queryText(obj),
    exact: optionalBool(obj, 'exact'),
    filter: parseFilter(obj.filter),
    context: int(obj, 'context', { min: 0, max: KWIC_MAX_CONTEXT, optional: true }),
    limit: int(obj, 'limit', { min: 1, max: CONCORDANCE_MAX_LIMIT, optional: true }),
  };
}

export function parseWordFrequencyQuery(input: unknown): WordFrequencyQuery {
  const obj = asObject(input);
  return {
    filter: parseFilter(obj.filter),
    exact: optionalBool(obj, 'exact'),
    skipStopwords: optionalBool(obj, 'skipStopwords'),
    limit: int(obj, 'limit', { min: 1, max: CONCORDANCE_MAX_LIMIT, optional: true }),
  };
}

export function searchHandlers(ctx: BackendContext) {
  return {
    'search.query': (input) => searchPages(ctx.requireProject().db, parseSearchQuery(input), { countCap: ctx.searchCountCap }),
    'search.count': (input) => ({ total: countSearch(ctx.requireProject().db, parseSearchQuery(input)) }),
    'search.suggest': (input) => searchSuggestions(ctx.requireProject().db, parseSearchQuery(input)),
    'search.kwic': (input) => kwic(ctx.requireProject().db, parseKwicQuery(input)),
    'search.kwicCsv': (input) => kwicCsv(kwic(ctx.requireProject().db, { ...parseKwicQuery(input), limit: CONCORDANCE_MAX_LIMIT })),
    'search.wordFrequencies': (input) => wordFrequencies(ctx.requireProject().db, parseWordFrequencyQuery(input)),
    'search.wordFrequenciesCsv': (input) =>
      wordFrequencyCsv(wordFrequencies(ctx.requireProject().db, { ...parseWordFrequencyQuery(input), limit: CONCORDANCE_MAX_LIMIT })),
  } satisfies Partial<Handlers>;
}
