// Counting tables over evidence rows (one row per coding), shared by the report exports and
// the analysis views: code frequency by organisation / country / year, the code co-occurrence
// matrix (passages carrying both codes, or by position: overlapping passages) and the
// document x code matrix. Pure data in, plain
// data out; group keys are vocabulary ids ('' = unknown) so each caller labels them its way.
// The case dimensions (issue 14) group by the cases a coding lies in (main/core/cases/case-index.ts).
import type { EvidenceRow } from '../../../shared/domain/evidence';
import { cooccurrenceMatrix, type CooccurrenceMode } from '../../../shared/query/code-cooccurrence';
import type { QueryPassage } from '../../../shared/query/query-passage';
import type { CaseIndex } from '../cases/case-index';
import { organisationLabel } from '../../../shared/organisation-labels';
import { issuerLabel } from '../../../shared/attributes/document-issuers';

export type FrequencyDimension = 'organisation' | 'country' | 'year' | 'case' | 'caseCountry';
type CaseDimension = 'case' | 'caseCountry';

const isCaseDimension = (by: FrequencyDimension): by is CaseDimension => by === 'case' || by === 'caseCountry';

export interface TableCode {
  codeId: string;
  codePath: string[];
}

export interface FrequencyTable {
  by: FrequencyDimension;
  /** Column keys: organisation / country ids, or years as strings; '' (unknown) comes last. */
  columns: string[];
  rows: Array<TableCode & { counts: number[]; total: number }>;
  /** Case dimensions: pages and cases behind each column, for counts per 100 pages or per case. */
  columnPages?: number[];
  columnCases?: number[];
  /** Organisation columns the organisation list does not name (a choice the user added to the
   *  attribute replacing the field): their names by key. */
  columnNames?: Record<string, { en: string; ru: string }>;
}

export interface CooccurrenceTable {
  codes: TableCode[];
  /** counts[i][j]: passages (annotations) coded with both codes[i] and codes[j];
   *  the diagonal is the number of passages coded with codes[i]. */
  counts: number[][];
  /** By position (CooccurrenceCounter.positional): the c-coefficient per cell (null on the diagonal). */
  c?: Array<Array<number | null>>;
}

export interface DocumentCodeMatrix {
  documents: Array<{ id: string; title: string; organisation: string; year: number | null }>;
  codes: TableCode[];
  /** counts[d][c]: codings of codes[c] in documents[d]. */
  counts: number[][];
}

const pathKey = (path: string[]): string => path.join('\u0000');

/** Codes seen, ordered by path so parents precede their children. */
function sortedCodes(seen: Map<string, TableCode>): TableCode[] {
  return [...seen.values()].sort((a, b) => pathKey(a.codePath).localeCompare(pathKey(b.codePath)));
}

function noteCode(seen: Map<string, TableCode>, row: EvidenceRow): void {
  if (!seen.has(row.codeId)) seen.set(row.codeId, { codeId: row.codeId, codePath: row.codePath });
}

/** Codes in the rows, ordered by path so parents precede their children. */
function codesOf(rows: Iterable<EvidenceRow>): TableCode[] {
  const seen = new Map<string, TableCode>();
  for (const row of rows) noteCode(seen, row);
  return sortedCodes(seen);
}

function groupKeys(row: EvidenceRow, by: FrequencyDimension, cases: CaseIndex | undefined): string[] {
  if (isCaseDimension(by)) {
    // A coding counts once in each case it lies in ('' = in no case), once per country of them.
    const refs = cases ? cases.casesOf(row.document.id, row.page - 1, row.pageEnd - 1) : [];
    const keys = new Set(refs.map((c) => (by === 'case' ? c.id : c.country)));
    return keys.size > 0 ? [...keys] : [''];
  }
  // A document issued by several organisations (the attribute replacing the field) counts once for each.
  if (by === 'organisation') return row.document.issuers?.length ? row.document.issuers.map((i) => i.id) : [row.document.organisation];
  if (by === 'year') return [row.document.year === null ? '' : String(row.document.year)];
  // A document about several countries counts once for each of them.
  return row.document.countries.length > 0 ? row.document.countries : [''];
}

function sortColumns(keys: Iterable<string>, by: FrequencyDimension, cases: CaseIndex | undefined): string[] {
  const list = [...keys].filter((k) => k !== '');
  if (by === 'case') {
    const order = new Map((cases?.caseOrder() ?? []).map((id, i) => [id, i]));
    list.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  } else if (by === 'year') list.sort((a, b) => Number(a) - Number(b));
  else list.sort((a, b) => a.localeCompare(b));
  return [...keys].includes('') ? [...list, ''] : list;
}

/** Codings per code and group, counted one row at a time: the report exports feed it while
 *  rows stream past, so the table never needs the rows kept. */
export class FrequencyCounter {
  private readonly codes = new Map<string, TableCode>();
  private readonly cells = new Map<string, Map<string, number>>();
  private readonly columnSet = new Set<string>();
  // The total counts codings, not cells: a two-country coding is one coding.
  private readonly totals = new Map<string, number>();
  /** Names of issuer columns the organisation list does not name. */
  private readonly names: Record<string, { en: string; ru: string }> = {};

  /** `cases`: the project's cases, needed by the case dimensions (without it every coding is in no case). */
  constructor(readonly by: FrequencyDimension, private readonly cases?: CaseIndex) {}

  add(row: EvidenceRow): void {
    noteCode(this.codes, row);
    if (this.by === 'organisation') {
      for (const i of row.document.issuers ?? []) if (organisationLabel(i.id) === i.id) this.names[i.id] = { en: issuerLabel(i, 'en'), ru: issuerLabel(i, 'ru') };
    }
    this.totals.set(row.codeId, (this.totals.get(row.codeId) ?? 0) + 1);
    let byGroup = this.cells.get(row.codeId);
    if (!byGroup) this.cells.set(row.codeId, (byGroup = new Map()));
    for (const key of groupKeys(row, this.by, this.cases)) {
      this.columnSet.add(key);
      byGroup.set(key, (byGroup.get(key) ?? 0) + 1);
    }
  }

  table(): FrequencyTable {
    const columns = sortColumns(this.columnSet, this.by, this.cases);
    const by = this.by;
    const cases = this.cases;
    const denominators = isCaseDimension(by) && cases ? columns.map((key) => cases.denominators(key, by)) : null;
    return {
      by,
      columns,
      ...(denominators ? { columnPages: denominators.map((d) => d.pages), columnCases: denominators.map((d) => d.cases) } : {}),
      ...(Object.keys(this.names).length > 0 ? { columnNames: { ...this.names } } : {}),
      rows: sortedCodes(this.codes).map((code) => {
        const byGroup = this.cells.get(code.codeId)!;
        const counts = columns.map((key) => byGroup.get(key) ?? 0);
        return { ...code, counts, total: this.totals.get(code.codeId) ?? 0 };
      }),
    };
  }
}

/** Codings per code and group. */
export function frequencies(rows: Iterable<EvidenceRow>, by: FrequencyDimension, cases?: CaseIndex): FrequencyTable {
  const counter = new FrequencyCounter(by, cases);
  for (const row of rows) counter.add(row);
  return counter.table();
}

/** Code ids per passage (annotation). */
function codesByPassage(rows: Iterable<EvidenceRow>): Map<string, Set<string>> {
  const byPassage = new Map<string, Set<string>>();
  for (const row of rows) addPassageCode(byPassage, row);
  return byPassage;
}

function addPassageCode(byPassage: Map<string, Set<string>>, row: EvidenceRow): void {
  let set = byPassage.get(row.annotationId);
  if (!set) byPassage.set(row.annotationId, (set = new Set()));
  set.add(row.codeId);
}

/** The co-occurrence matrix counted one row at a time (it keeps code ids per passage only). */
export class CooccurrenceCounter {
  private readonly codes = new Map<string, TableCode>();
  private readonly byPassage = new Map<string, Set<string>>();

  add(row: EvidenceRow): void {
    noteCode(this.codes, row);
    addPassageCode(this.byPassage, row);
  }

  table(): CooccurrenceTable {
    const codes = sortedCodes(this.codes);
    const index = new Map(codes.map((c, i) => [c.codeId, i]));
    const counts = codes.map(() => codes.map(() => 0));
    for (const set of this.byPassage.values()) {
      const ids = [...set].map((id) => index.get(id)!);
      for (const i of ids) for (const j of ids) counts[i][j] += 1;
    }
    return { codes, counts };
  }

  /** The matrix by position (shared/query/code-cooccurrence.ts) over the counted codings:
   *  `placed` says where each passage lies; passages not counted, and other codes, take no part. */
  positional(placed: readonly QueryPassage[], mode: CooccurrenceMode): CooccurrenceTable {
    const codes = sortedCodes(this.codes);
    const passages: QueryPassage[] = [];
    for (const p of placed) {
      const codeIds = this.byPassage.get(p.annotationId);
      if (codeIds) passages.push({ ...p, codeIds: [...codeIds] });
    }
    const m = cooccurrenceMatrix(passages, codes.map((c) => c.codeId), mode);
    return { codes, counts: m.cells.map((row) => row.map((cell) => cell.count)), c: m.cells.map((row) => row.map((cell) => cell.c)) };
  }
}

export function cooccurrence(rows: Iterable<EvidenceRow>): CooccurrenceTable {
  const counter = new CooccurrenceCounter();
  for (const row of rows) counter.add(row);
  return counter.table();
}

/** The passages behind one co-occurrence cell (what a click on the cell lists). */
export function cooccurringPassages(rows: EvidenceRow[], codeA: string, codeB: string): string[] {
  const ids: string[] = [];
  for (const [annotationId, set] of codesByPassage(rows)) {
    if (set.has(codeA) && set.has(codeB)) ids.push(annotationId);
  }
  return ids;
}

export function documentCodeMatrix(rows: EvidenceRow[]): DocumentCodeMatrix {
  const codes = codesOf(rows);
  const codeIndex = new Map(codes.map((c, i) => [c.codeId, i]));
  const documents: DocumentCodeMatrix['documents'] = [];
  const docIndex = new Map<string, number>();
  for (const row of rows) {
    if (docIndex.has(row.document.id)) continue;
    const { id, title, organisation, year } = row.document;
    docIndex.set(id, documents.length);
    documents.push({ id, title, organisation, year });
  }
  const counts = documents.map(() => codes.map(() => 0));
  for (const row of rows) counts[docIndex.get(row.document.id)!][codeIndex.get(row.codeId)!] += 1;
  return { documents, codes, counts };
}
