// A coding query and the case filters as part of the evidence filter: the browser, the
// analysis tables and every export take `filter.query`, `filter.caseIds` and
// `filter.caseCountries`, and this turns them into the passages they find (filter.annotationIds;
// both: the passages found by the query that lie in the cases) before the filter reaches the
// SQL. The query runs within the filter's documents and coders.
import type { EvidenceFilter } from '../../../shared/domain/evidence';
import type { Db } from '../../db/connection';
import { hasCaseFilter, passagesInCases } from '../cases/case-filter';
import { runCodingQuery } from './coding-query';

export function resolveQueryFilter(db: Db, filter: EvidenceFilter): EvidenceFilter {
  const { annotationIds: _ignored, ...rest } = filter;
  let ids: string[] | undefined;
  if (rest.query) ids = runCodingQuery(db, { expression: rest.query, documentIds: rest.documentIds, coderIds: rest.coderIds }).annotationIds;
  if (hasCaseFilter(rest)) {
    const inCases = passagesInCases(db, rest);
    ids = ids ? ids.filter((id) => inCases.has(id)) : [...inCases];
  }
  return ids ? { ...rest, annotationIds: ids } : rest;
}
