// search.query: project-wide full-text search. The query grammar lives with the FTS code in
// main/db/repositories/search.ts; this layer bounds the paging numbers and the filter shape.
import type { Handlers } from '../../../shared/contract';
import type { SearchQuery } from '../../../shared/domain/search';
import type { BackendContext } from '../backend-context';
import { searchPages } from '../../db/repositories/search';
import { parseFilter } from './document-handlers';
import { asObject, badInput, int } from './input-checks';

/** 500 hits is ten screens of results; more is paged with offset. */
export const MAX_SEARCH_LIMIT = 500;

export function parseSearchQuery(input: unknown): SearchQuery {
  const obj = asObject(input);
  if (typeof obj.text !== 'string' || obj.text.length > 1000) throw badInput('"text" must be a string of at most 1000 characters');
  const query: SearchQuery = { text: obj.text };
  const filter = parseFilter(obj.filter);
  if (filter) query.filter = filter;
  const limit = int(obj, 'limit', { min: 1, max: MAX_SEARCH_LIMIT, optional: true });
  if (limit !== undefined) query.limit = limit;
  const offset = int(obj, 'offset', { min: 0, optional: true });
  if (offset !== undefined) query.offset = offset;
  return query;
}

export function searchHandlers(ctx: BackendContext) {
  return {
    'search.query': (input) => searchPages(ctx.requireProject().db, parseSearchQuery(input)),
  } satisfies Partial<Handlers>;
}
