// Counting tables over evidence rows (one row per coding), shared by the report exports and
// the analysis views: code frequency by organisation / country / year, the code co-occurrence
// matrix (passages carrying both codes) and the document x code matrix. Pure data in, plain
// data out; group keys are vocabulary ids ('' = unknown) so each caller labels them its way.
import type { EvidenceRow } from '../../../shared/domain/evidence';

export type FrequencyDimension = 'organisation' | 'country' | 'year';

export interface TableCode {
  codeId: string;
  codePath: string[];
}

export interface FrequencyTable {
  by: FrequencyDimension;
  /** Column keys: organisation / country ids, or years as strings; '' (unknown) comes last. */
  columns: string[];
  rows: Array<TableCode & { counts: number[]; total: number }>;
}

export interface CooccurrenceTable {
  codes: TableCode[];
  /** counts[i][j]: passages (annotations) coded with both codes[i] and codes[j];
   *  the diagonal is the number of passages coded with codes[i]. */
  counts: number[][];
}

export interface DocumentCodeMatrix {
  documents: Array<{ id: string; title: string; organisation: string; year: number | null }>;
  codes: TableCode[];
  /** counts[d][c]: codings of codes[c] in documents[d]. */
  counts: number[][];
}

const pathKey = (path: string[]): string => path.join('\u0000');

/** Codes in the rows, ordered by path so parents precede their children. */
function codesOf(rows: EvidenceRow[]): TableCode[] {
  const seen = new Map<string, TableCode>();
  for (const row of rows) {
    if (!seen.has(row.codeId)) seen.set(row.codeId, { codeId: row.codeId, codePath: row.codePath });
  }
  return [...seen.values()].sort((a, b) => pathKey(a.codePath).localeCompare(pathKey(b.codePath)));
}

function groupKeys(row: EvidenceRow, by: FrequencyDimension): string[] {
  if (by === 'organisation') return [row.document.organisation];
  if (by === 'year') return [row.document.year === null ? '' : String(row.document.year)];
  // A document about several countries counts once for each of them.
  return row.document.countries.length > 0 ? row.document.countries : [''];
}

function sortColumns(keys: Iterable<string>, by: FrequencyDimension): string[] {
  const list = [...keys].filter((k) => k !== '');
  if (by === 'year') list.sort((a, b) => Number(a) - Number(b));
  else list.sort((a, b) => a.localeCompare(b));
  return [...keys].includes('') ? [...list, ''] : list;
}

/** Codings per code and group. */
export function frequencies(rows: EvidenceRow[], by: FrequencyDimension): FrequencyTable {
  const codes = codesOf(rows);
  const cells = new Map<string, Map<string, number>>();
  const columnSet = new Set<string>();
  // The total counts codings, not cells: a two-country coding is one coding.
  const totals = new Map<string, number>();
  for (const row of rows) {
    totals.set(row.codeId, (totals.get(row.codeId) ?? 0) + 1);
    let byGroup = cells.get(row.codeId);
    if (!byGroup) cells.set(row.codeId, (byGroup = new Map()));
    for (const key of groupKeys(row, by)) {
      columnSet.add(key);
      byGroup.set(key, (byGroup.get(key) ?? 0) + 1);
    }
  }
  const columns = sortColumns(columnSet, by);
  return {
    by,
    columns,
    rows: codes.map((code) => {
      const byGroup = cells.get(code.codeId)!;
      const counts = columns.map((key) => byGroup.get(key) ?? 0);
      return { ...code, counts, total: totals.get(code.codeId) ?? 0 };
    }),
  };
}

/** Code ids per passage (annotation). */
function codesByPassage(rows: EvidenceRow[]): Map<string, Set<string>> {
  const byPassage = new Map<string, Set<string>>();
  for (const row of rows) {
    let set = byPassage.get(row.annotationId);
    if (!set) byPassage.set(row.annotationId, (set = new Set()));
    set.add(row.codeId);
  }
  return byPassage;
}

export function cooccurrence(rows: EvidenceRow[]): CooccurrenceTable {
  const codes = codesOf(rows);
  const index = new Map(codes.map((c, i) => [c.codeId, i]));
  const counts = codes.map(() => codes.map(() => 0));
  for (const set of codesByPassage(rows).values()) {
    const ids = [...set].map((id) => index.get(id)!);
    for (const i of ids) for (const j of ids) counts[i][j] += 1;
  }
  return { codes, counts };
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
