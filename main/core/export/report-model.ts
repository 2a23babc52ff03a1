// The evidence report as plain data, built once and then printed by the DOCX, HTML, Markdown
// and PDF writers, so the four formats cannot drift apart: title page, codebook, passages
// grouped by code (bundle codebook order), optional memos and tables. Quotes are carried
// verbatim; each writer escapes them for its syntax but never trims or retypes them.
import type { EvidenceBundle, EvidenceMemo, EvidenceRow, ExportOptions } from '../../../shared/domain/evidence';
import { citation } from '../../../shared/citation';
import { cooccurrence, frequencies, type FrequencyDimension } from './evidence-tables';
import { organisationLabel, vocabularyLabel } from '../../../shared/organisation-labels';
import { reportLabels, type ReportLabels } from './report-labels';

export interface ReportPassage {
  quote: string;
  citation: string;
  comment: string;
  coderName: string;
  /** Who last edited the passage, when not its coder ('' otherwise). */
  editedByName: string;
  /** Document language ('en', 'ru', …) so HTML can tag the quote for hyphenation and screen readers. */
  language: string;
}

export interface ReportCodeEntry {
  heading: string;
  /** 1 for a top-level code. */
  depth: number;
  definition: string;
  inclusion: string;
  exclusion: string;
}

export interface ReportSection {
  heading: string;
  passages: ReportPassage[];
}

export interface ReportTable {
  title: string;
  note: string;
  header: string[];
  rows: string[][];
}

export interface ReportModel {
  language: 'en' | 'ru';
  labels: ReportLabels;
  projectName: string;
  /** YYYY-MM-DD of bundle.generatedAt. */
  date: string;
  filterSummary: string;
  summary: string;
  codebook: ReportCodeEntry[];
  sections: ReportSection[];
  passageCount: number;
  memos: EvidenceMemo[] | null;
  tables: ReportTable[] | null;
}

/** Value columns per printed table: 8 columns of counts plus the code fit an A4 page at 8 pt. */
const MAX_TABLE_COLUMNS = 8;
/** A co-occurrence matrix beyond 20 codes is unreadable on paper; the analysis view has them all. */
const MAX_COOCCURRENCE_CODES = 20;

export const codeHeading = (path: string[]): string => path.join(' > ');

export function buildReportModel(bundle: EvidenceBundle, options: ExportOptions): ReportModel {
  const language = options.language === 'ru' ? 'ru' : 'en';
  const labels = reportLabels(language);
  const byCode = new Map<string, EvidenceRow[]>();
  for (const row of bundle.rows) {
    const list = byCode.get(row.codeId);
    if (list) list.push(row);
    else byCode.set(row.codeId, [row]);
  }
  // Codebook order first; codes missing from the codebook (should not happen) follow in row order.
  const order = [...bundle.codes.map((c) => c.id).filter((id) => byCode.has(id))];
  for (const id of byCode.keys()) if (!order.includes(id)) order.push(id);
  const sections = order.map((id) => {
    const rows = byCode.get(id)!;
    return { heading: codeHeading(rows[0].codePath), passages: rows.map(toPassage) };
  });
  const passages = new Set(bundle.rows.map((r) => r.annotationId)).size;
  const documents = new Set(bundle.rows.map((r) => r.document.id)).size;
  return {
    language,
    labels,
    projectName: bundle.projectName,
    date: bundle.generatedAt.slice(0, 10),
    filterSummary: bundle.filterSummary || labels.noFilter,
    summary: labels.summary(passages, bundle.rows.length, documents),
    codebook: bundle.codes.map((c) => ({
      heading: codeHeading(c.path),
      depth: c.path.length,
      definition: c.definition,
      inclusion: c.inclusion,
      exclusion: c.exclusion,
    })),
    sections,
    passageCount: bundle.rows.length,
    memos: options.includeMemos ? bundle.memos : null,
    tables: options.includeTables ? buildTables(bundle.rows, labels) : null,
  };
}

/** "Coder: Alice" or "Coder: Alice, edited by Борис": the line under each quote in every report. */
export function coderLine(p: ReportPassage, l: ReportLabels): string {
  const by = `${l.coder}: ${p.coderName}`;
  return p.editedByName ? `${by}, ${l.editedBy.replace('{name}', p.editedByName)}` : by;
}

function toPassage(row: EvidenceRow): ReportPassage {
  return {
    quote: row.quote,
    citation: citation(row),
    comment: row.comment,
    coderName: row.coderName,
    editedByName: row.editedByName ?? '',
    language: row.document.language,
  };
}

function columnLabel(key: string, by: FrequencyDimension, labels: ReportLabels): string {
  if (key === '') return labels.unknown;
  if (by === 'organisation') return organisationLabel(key);
  return by === 'country' ? vocabularyLabel(key) : key;
}

function buildTables(rows: EvidenceRow[], labels: ReportLabels): ReportTable[] {
  const tables: ReportTable[] = [];
  const titles = { organisation: labels.byOrganisation, country: labels.byCountry, year: labels.byYear };
  for (const by of ['organisation', 'country', 'year'] as const) {
    const table = frequencies(rows, by);
    const header = [labels.code, ...table.columns.map((k) => columnLabel(k, by, labels)), labels.total];
    const body = table.rows.map((r) => [codeHeading(r.codePath), ...r.counts.map(String), String(r.total)]);
    tables.push(...splitWide({ title: titles[by], note: '', header, rows: body }, labels));
  }
  const co = cooccurrence(rows);
  const keep = co.codes
    .map((_, i) => i)
    .sort((a, b) => co.counts[b][b] - co.counts[a][a])
    .slice(0, MAX_COOCCURRENCE_CODES)
    .sort((a, b) => a - b);
  const note = keep.length < co.codes.length ? labels.cooccurrenceNote(keep.length, co.codes.length) : '';
  // Columns are numbered to keep the matrix narrow; row i's heading carries the number.
  const header = [labels.code, ...keep.map((_, n) => String(n + 1))];
  const body = keep.map((i, n) => [
    `${n + 1}. ${codeHeading(co.codes[i].codePath)}`,
    ...keep.map((j) => String(co.counts[i][j])),
  ]);
  tables.push(...splitWide({ title: labels.cooccurrence, note, header, rows: body }, labels));
  return tables;
}

/** Splits a table wider than MAX_TABLE_COLUMNS value columns into consecutive parts. */
function splitWide(table: ReportTable, labels: ReportLabels): ReportTable[] {
  const values = table.header.length - 1;
  if (values <= MAX_TABLE_COLUMNS) return [table];
  const parts: ReportTable[] = [];
  for (let start = 1; start <= values; start += MAX_TABLE_COLUMNS) {
    const end = Math.min(values + 1, start + MAX_TABLE_COLUMNS);
    const pick = (cells: string[]) => [cells[0], ...cells.slice(start, end)];
    parts.push({
      title: start === 1 ? table.title : `${table.title} ${labels.continued}`,
      note: start === 1 ? table.note : '',
      header: pick(table.header),
      rows: table.rows.map(pick),
    });
  }
  return parts;
}
