// search.query: project-wide full-text search. The query grammar is in
// main/core/search/query-parser.ts; this layer bounds the paging numbers and the filter shape,
// and adds suggestions to an empty first screen.
import type { Handlers } from '../../../shared/contract';
import type { SearchQuery, SearchResult } from '../../../shared/domain/search';
import type { BackendContext } from '../backend-context';
import type { Db } from '../../db/connection';
import { searchPages } from '../../db/repositories/search';
import { searchSuggestions } from '../search/suggestions';
import { parseFilter } from './document-handlers';
import { asObject, badInput, int } from './input-checks';

/** 500 hits is ten screens of results; more is paged with offset. */
export const MAX_SEARCH_LIMIT = 500;

export function parseSearchQuery(input: unknown): SearchQuery {
  const obj = asObject(input);
  if (typeof obj.text !== 'string' || obj.text.length > 1000) throw badInput('"text" must be a string of at most 1000 characters');
  const query: SearchQuery = { text: obj.text };
  if (obj.exact !== undefined) {
    if (typeof obj.exact !== 'boolean') throw badInput('"exact" must be true or false');
    query.exact = obj.exact;
  }
  const filter = parseFilter(obj.filter);
  if (filter) query.filter = filter;
  const limit = int(obj, 'limit', { min: 1, max: MAX_SEARCH_LIMIT, optional: true });
  if (limit !== undefined) query.limit = limit;
  const offset = int(obj, 'offset', { min: 0, optional: true });
  if (offset !== undefined) query.offset = offset;
  return query;
}

/** A search; an empty first screen also says what to try. */
export function searchWithSuggestions(db: Db, query: SearchQuery): SearchResult {
  const result = searchPages(db, query);
  if (result.total > 0 || (query.offset ?? 0) > 0) return result;
  return { ...result, suggestions: searchSuggestions(db, query) };
}

export function searchHandlers(ctx: BackendContext) {
  return {
    'search.query': (input) => searchWithSuggestions(ctx.requireProject().db, parseSearchQuery(input)),
  } satisfies Partial<Handlers>;
}
