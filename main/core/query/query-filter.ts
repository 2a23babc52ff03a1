// A coding query as part of the evidence filter: the browser, the analysis tables and every
// export take `filter.query`, and this turns it into the passages it finds (filter.annotationIds)
// before the filter reaches the SQL. The query runs within the filter's documents and coders.
import type { EvidenceFilter } from '../../../shared/domain/evidence';
import type { Db } from '../../db/connection';
import { runCodingQuery } from './coding-query';

export function resolveQueryFilter(db: Db, filter: EvidenceFilter): EvidenceFilter {
  const { annotationIds: _ignored, ...rest } = filter;
  if (!rest.query) return rest;
  const { annotationIds } = runCodingQuery(db, { expression: rest.query, documentIds: rest.documentIds, coderIds: rest.coderIds });
  return { ...rest, annotationIds };
}
