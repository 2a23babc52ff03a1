// The evidence filter's case part (filter.caseIds, filter.caseCountries): the coded passages
// lying in the chosen cases, by the rule the case tables count by (case-index.ts: a passage
// belongs to a case when its pages meet one of the case's segments). Both lists given: a case
// must be named by id and be of one of the countries. The query filter (query-filter.ts)
// turns this into filter.annotationIds, so the browser, tables and exports all follow it.
import type { Case } from '../../../shared/domain/case';
import type { EvidenceFilter } from '../../../shared/domain/evidence';
import type { Db } from '../../db/connection';
import { listCases } from '../../db/repositories/cases';
import { placedPassages } from '../query/passage-positions';
import { CaseIndex } from './case-index';

export const hasCaseFilter = (f: EvidenceFilter): boolean => !!(f.caseIds?.length || f.caseCountries?.length);

/** The cases the filter chooses. */
export function casesOfFilter(cases: readonly Case[], f: EvidenceFilter): Case[] {
  const ids = f.caseIds?.length ? new Set(f.caseIds) : null;
  const countries = f.caseCountries?.length ? new Set(f.caseCountries) : null;
  return cases.filter((c) => (!ids || ids.has(c.id)) && (!countries || countries.has(c.country)));
}

/** Annotation ids of the coded passages (in the filter's documents and coders) inside the chosen cases. */
export function passagesInCases(db: Db, f: EvidenceFilter): Set<string> {
  const chosen = casesOfFilter(listCases(db), f);
  const wanted = f.documentIds?.length ? new Set(f.documentIds) : null;
  const documentIds = [...new Set(chosen.flatMap((c) => c.segments.map((s) => s.documentId)))].filter((id) => !wanted || wanted.has(id));
  if (documentIds.length === 0) return new Set();
  const index = new CaseIndex(chosen);
  const inside = new Set<string>();
  for (const p of placedPassages(db, { documentIds, coderIds: f.coderIds }, false)) {
    if (index.casesOf(p.documentId, p.pageFirst, p.pageLast).length > 0) inside.add(p.annotationId);
  }
  return inside;
}
