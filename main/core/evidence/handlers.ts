// The evidence part of the contract: the evidence browser's paged query, the analysis tables,
// the passages behind a co-occurrence cell, and export jobs (start / cancel / result).
// Inputs are untrusted JSON, checked in evidence-input.ts.
import type { Handlers } from '../../../shared/contract';
import type { EvidenceFilter, EvidenceGroupBy, EvidenceItem, EvidencePage, EvidenceTables } from '../../../shared/domain/evidence';
import type { Db } from '../../db/connection';
import { listCases } from '../../db/repositories/cases';
import { listCodes } from '../../db/repositories/codes';
import { codesOfPassages, codingCountsForFilter, countCodeGroups, countEvidence, selectEvidence } from '../../db/repositories/evidence';
import { asObject, badInput, int, str } from '../app/input-checks';
import type { BackendContext } from '../backend-context';
import { resolveQueryFilter } from '../query/query-filter';
import { getAnnotation } from '../../db/repositories/annotations';
import { GlossaError } from '../../../shared/errors';
import { passageParagraph } from './quote-context';
import { documentCodeMatrix, frequencies } from '../export/evidence-tables';
import { cellAnnotationIds, DEFAULT_COOCCURRENCE, positionalTable } from './positional-cooccurrence';
import type { CooccurrenceMode } from '../../../shared/query/code-cooccurrence';
import { citeText, parseCiteText } from '../citation/cite-text';
import { CaseIndex } from '../cases/case-index';
import { evidenceRows } from './evidence-bundle';
import { parseCooccurrenceMode, parseExportOptions, parseExportStart, parseFilter } from './evidence-input';
import { codeIndex, mapByDocument, toEvidenceItem } from './evidence-rows';
import { createExportJobs, type ExportJobs } from './export-jobs';

type EvidenceChannels =
  | 'evidence.query' | 'evidence.tables' | 'evidence.cellPassages' | 'evidence.paragraph' | 'evidence.citeText'
  | 'export.start' | 'export.prepare' | 'export.cancel' | 'export.result';

/** The browser shows 100 rows per page; 1,000 bounds one reply (~1 MB of quotes). */
const MAX_PAGE = 1000;
const DEFAULT_PAGE = 100;

export function queryEvidence(db: Db, filter: EvidenceFilter, groupBy: EvidenceGroupBy, offset = 0, limit = DEFAULT_PAGE): EvidencePage {
  const codes = codeIndex(listCodes(db));
  const rows = selectEvidence(db, filter, { groupBy, offset, limit });
  const chips = codesOfPassages(db, rows.map((r) => r.annotation_id));
  // Each heading counts its whole group: codings of the code, or passages of the document.
  const groups =
    groupBy === 'code'
      ? countCodeGroups(db, filter, rows.map((r) => r.code_id))
      : new Map(rows.map((r) => [r.document_id, r.group_rows ?? 0]));
  // The page carries the count of all matches; past the end it has no row to carry it.
  const page: EvidencePage = {
    items: mapByDocument(rows, (r) => toEvidenceItem(db, r, codes, chips)),
    total: rows[0]?.total_rows ?? countEvidence(db, filter, groupBy),
    groupTotals: Object.fromEntries(groups),
  };
  if (offset === 0) page.codeCounts = Object.fromEntries(codingCountsForFilter(db, filter));
  return page;
}

export function evidenceTables(db: Db, filter: EvidenceFilter, mode: CooccurrenceMode = DEFAULT_COOCCURRENCE): EvidenceTables {
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
    cooccurrence: positionalTable(db, rows, mode),
    documentCodes: documentCodeMatrix(rows),
    colors,
    codingCount: rows.length,
    passageCount: new Set(rows.map((r) => r.annotationId)).size,
  };
}

/** The passages behind one co-occurrence cell (both sides of every pair the matrix counted,
 *  within the filter), in reading order by document; on the diagonal the code's passages. */
export function cellPassages(db: Db, filter: EvidenceFilter, codeA: string, codeB: string, mode: CooccurrenceMode = DEFAULT_COOCCURRENCE): EvidenceItem[] {
  const ids = cellAnnotationIds(db, evidenceRows(db, filter), codeA, codeB, mode);
  if (ids.length === 0) return [];
  const cell: EvidenceFilter = { ...filter, codeIds: codeA === codeB ? [codeA] : [codeA, codeB], codeMatch: 'any', includeSubcodes: false, annotationIds: ids };
  const codes = codeIndex(listCodes(db));
  // Every passage of the cell, as many pages as it takes: the matrix counts them all.
  const items: EvidenceItem[] = [];
  for (let offset = 0; ; offset += MAX_PAGE) {
    const page = selectEvidence(db, cell, { groupBy: 'document', offset, limit: MAX_PAGE });
    const chips = codesOfPassages(db, page.map((r) => r.annotation_id));
    items.push(...mapByDocument(page, (r) => toEvidenceItem(db, r, codes, chips)));
    if (page.length < MAX_PAGE) break;
  }
  return items;
}

export function evidenceHandlers(ctx: BackendContext, jobs: ExportJobs = createExportJobs(ctx)): Pick<Handlers, EvidenceChannels> {
  const db = () => ctx.requireProject().db;
  // A coding query in the filter becomes the passages it finds.
  const filterOf = (input: unknown) => resolveQueryFilter(db(), parseFilter(input));
  return {
    'evidence.query': (input) => {
      const o = asObject(input);
      const groupBy = o.groupBy ?? 'code';
      if (groupBy !== 'code' && groupBy !== 'document') throw badInput('"groupBy" must be code or document');
      const offset = int(o, 'offset', { min: 0, max: 10_000_000, optional: true }) ?? 0;
      const limit = int(o, 'limit', { min: 1, max: MAX_PAGE, optional: true }) ?? DEFAULT_PAGE;
      return queryEvidence(db(), filterOf(o.filter), groupBy, offset, limit);
    },
    'evidence.tables': (input) => {
      const o = asObject(input);
      return evidenceTables(db(), filterOf(o.filter), parseCooccurrenceMode(o.cooccurrence));
    },
    'evidence.cellPassages': (input) => {
      const o = asObject(input);
      return cellPassages(db(), filterOf(o.filter), str(o, 'codeA', { max: 200 }), str(o, 'codeB', { max: 200 }), parseCooccurrenceMode(o.cooccurrence));
    },
    'evidence.paragraph': (input) => {
      const a = getAnnotation(db(), str(asObject(input), 'annotationId', { max: 200 }));
      if (!a) throw new GlossaError('annotation.notFound', 'This passage no longer exists.');
      return passageParagraph(db(), a.documentId, a.targets);
    },
    'export.start': (input) => {
      const start = parseExportStart(input);
      return jobs.start(start.filter ? { ...start, filter: filterOf(start.filter) } : start);
    },
    'export.prepare': (input) => {
      const o = asObject(input);
      jobs.prepare(o.options === undefined || o.options === null ? {} : parseExportOptions(o.options));
    },
    'evidence.citeText': (input) => citeText(db(), parseCiteText(input)),
    'export.cancel': (input) => jobs.cancel(str(asObject(input), 'jobId', { max: 100 })),
    'export.result': (input) => {
      const o = asObject(input);
      if (o.part !== undefined && o.part !== 'report' && o.part !== 'companion') throw badInput('"part" must be report or companion');
      return jobs.result(str(o, 'jobId', { max: 100 }), o.part as 'report' | 'companion' | undefined);
    },
  };
}
