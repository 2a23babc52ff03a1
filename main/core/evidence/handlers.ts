// The evidence part of the contract: the evidence browser's paged query, the analysis tables,
// the passages behind a co-occurrence cell, and export jobs (start / cancel / result).
// Inputs are untrusted JSON, checked in evidence-input.ts.
import type { Handlers } from '../../../shared/contract';
import type { EvidenceFilter, EvidenceGroupBy, EvidenceItem, EvidenceTables } from '../../../shared/domain/evidence';
import type { Db } from '../../db/connection';
import { listCases } from '../../db/repositories/cases';
import { listCodes } from '../../db/repositories/codes';
import { codesOfPassages, countEvidence, selectEvidence } from '../../db/repositories/evidence';
import { asObject, badInput, int, str } from '../app/input-checks';
import type { BackendContext } from '../backend-context';
import { CaseIndex } from '../cases/case-index';
import { cooccurrence, documentCodeMatrix, frequencies } from '../export/evidence-tables';
import { evidenceRows } from './evidence-bundle';
import { parseExportStart, parseFilter } from './evidence-input';
import { codeIndex, mapByDocument, toEvidenceItem } from './evidence-rows';
import { createExportJobs, type ExportJobs } from './export-jobs';

type EvidenceChannels =
  | 'evidence.query' | 'evidence.tables' | 'evidence.cellPassages'
  | 'export.start' | 'export.cancel' | 'export.result';

/** The browser shows 100 rows per page; 1,000 bounds one reply (~1 MB of quotes). */
const MAX_PAGE = 1000;
const DEFAULT_PAGE = 100;

export function queryEvidence(db: Db, filter: EvidenceFilter, groupBy: EvidenceGroupBy, offset = 0, limit = DEFAULT_PAGE) {
  const codes = codeIndex(listCodes(db));
  const rows = selectEvidence(db, filter, { groupBy, offset, limit });
  const chips = codesOfPassages(db, rows.map((r) => r.annotation_id));
  // The page carries the count of all matches; past the end it has no row to carry it.
  return { items: mapByDocument(rows, (r) => toEvidenceItem(db, r, codes, chips)), total: rows[0]?.total_rows ?? countEvidence(db, filter, groupBy) };
}

export function evidenceTables(db: Db, filter: EvidenceFilter): EvidenceTables {
  const rows = evidenceRows(db, filter);
  const cases = new CaseIndex(listCases(db));
  const colors: Record<string, string> = {};
  for (const r of rows) colors[r.codeId] = r.codeColor;
  return {
    frequencies: {
      organisation: frequencies(rows, 'organisation'),
      country: frequencies(rows, 'country'),
      year: frequencies(rows, 'year'),
      case: frequencies(rows, 'case', cases),
      caseCountry: frequencies(rows, 'caseCountry', cases),
    },
    caseNames: Object.fromEntries(cases.cases.map((c) => [c.id, c.name])),
    cooccurrence: cooccurrence(rows),
    documentCodes: documentCodeMatrix(rows),
    colors,
    codingCount: rows.length,
    passageCount: new Set(rows.map((r) => r.annotationId)).size,
  };
}

/** Passages carrying both codes (exactly these codes, as the matrix counts them) within the filter. */
export function cellPassages(db: Db, filter: EvidenceFilter, codeA: string, codeB: string): EvidenceItem[] {
  const ids = codeA === codeB ? [codeA] : [codeA, codeB];
  const cell: EvidenceFilter = { ...filter, codeIds: ids, codeMatch: 'all', includeSubcodes: false };
  // The matrix counts passages among the filter's codings, so a passage must also match the
  // filter's own code selection: keep only those reached through it.
  const codes = codeIndex(listCodes(db));
  const within = filter.codeIds?.length ? new Set(selectEvidence(db, filter, { groupBy: 'document' }).map((r) => r.annotation_id)) : null;
  // Every passage of the cell, as many pages as it takes: the matrix counts them all.
  const items: EvidenceItem[] = [];
  for (let offset = 0; ; offset += MAX_PAGE) {
    const page = selectEvidence(db, cell, { groupBy: 'document', offset, limit: MAX_PAGE });
    const chips = codesOfPassages(db, page.map((r) => r.annotation_id));
    items.push(...mapByDocument(page, (r) => toEvidenceItem(db, r, codes, chips)));
    if (page.length < MAX_PAGE) break;
  }
  return within ? items.filter((i) => within.has(i.annotationId)) : items;
}

export function evidenceHandlers(ctx: BackendContext, jobs: ExportJobs = createExportJobs(ctx)): Pick<Handlers, EvidenceChannels> {
  const db = () => ctx.requireProject().db;
  return {
    'evidence.query': (input) => {
      const o = asObject(input);
      const groupBy = o.groupBy ?? 'code';
      if (groupBy !== 'code' && groupBy !== 'document') throw badInput('"groupBy" must be code or document');
      const offset = int(o, 'offset', { min: 0, max: 10_000_000, optional: true }) ?? 0;
      const limit = int(o, 'limit', { min: 1, max: MAX_PAGE, optional: true }) ?? DEFAULT_PAGE;
      return queryEvidence(db(), parseFilter(o.filter), groupBy, offset, limit);
    },
    'evidence.tables': (input) => evidenceTables(db(), parseFilter(asObject(input).filter)),
    'evidence.cellPassages': (input) => {
      const o = asObject(input);
      return cellPassages(db(), parseFilter(o.filter), str(o, 'codeA', { max: 200 }), str(o, 'codeB', { max: 200 }));
    },
    'export.start': (input) => jobs.start(parseExportStart(input)),
    'export.cancel': (input) => jobs.cancel(str(asObject(input), 'jobId', { max: 100 })),
    'export.result': (input) => jobs.result(str(asObject(input), 'jobId', { max: 100 })),
  };
}
