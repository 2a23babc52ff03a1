// The one-row-per-coding table shared by the CSV and XLSX exports, and the formula-injection
// guard: a cell that starts with = + - @ (or a tab / carriage return, which some spreadsheet
// programs skip before reading a formula) gets a leading apostrophe, so opening the file in
// Excel or LibreOffice never runs a formula planted in a PDF's text or a comment. The
// `citation` column (codingColumns) is the passage's citation in the export's CSL style.
import type { EvidenceRow } from '../../../shared/domain/evidence';
import { linksCell } from './links-cell';
import { passageLinkOf } from './passage-link-of';

export type CellValue = string | number | null;

export interface CodingColumn {
  header: string;
  /** XLSX column width in characters. */
  width: number;
  /** projectId: the export's (bundle.projectId), for the link back to the passage. */
  value(row: EvidenceRow, projectId?: string): CellValue;
}

function printed(label: string | undefined, pdfPage: number): CellValue {
  if (label === undefined || label === '') return pdfPage;
  return /^\d{1,9}$/.test(label) ? Number(label) : label;
}

export const CODING_COLUMNS: CodingColumn[] = [
  { header: 'document title', width: 40, value: (r) => r.document.title },
  { header: 'file', width: 24, value: (r) => r.document.fileName },
  { header: 'organisation', width: 16, value: (r) => r.document.organisation },
  { header: 'countries', width: 16, value: (r) => r.document.countries.join(';') },
  { header: 'year', width: 7, value: (r) => r.document.year },
  { header: 'type', width: 14, value: (r) => r.document.docType },
  { header: 'language', width: 9, value: (r) => r.document.language },
  // The printed page a citation gives (a number when it is one, "iv" stays text), then the
  // PDF's own page positions, to find the passage in the file.
  { header: 'page', width: 6, value: (r) => printed(r.pageLabel, r.page) },
  { header: 'page end', width: 8, value: (r) => printed(r.pageEndLabel, r.pageEnd) },
  { header: 'pdf page', width: 8, value: (r) => r.page },
  { header: 'pdf page end', width: 10, value: (r) => r.pageEnd },
  { header: 'paragraph', width: 9, value: (r) => r.paragraph ?? null },
  { header: 'quote', width: 80, value: (r) => r.quote },
  { header: 'code path', width: 36, value: (r) => r.codePath.join(' > ') },
  { header: 'coder', width: 14, value: (r) => r.coderName },
  { header: 'edited by', width: 14, value: (r) => r.editedByName ?? '' },
  { header: 'created', width: 22, value: (r) => r.createdAt },
  { header: 'updated', width: 22, value: (r) => r.updatedAt },
  { header: 'comment', width: 40, value: (r) => r.comment },
  // Links to other passages (supports, cites, recommends → implemented …), both ways.
  { header: 'links', width: 60, value: (r) => linksCell(r.links) },
  // Ids last: they let R / pandas join codings of one passage (co-occurrence) and one document.
  { header: 'annotation id', width: 20, value: (r) => r.annotationId },
  { header: 'document id', width: 20, value: (r) => r.document.id },
  // Reopens the passage in Glossa (the desktop app's glossa: protocol); '' without a project id.
  { header: 'link', width: 50, value: (r, projectId) => passageLinkOf(projectId, r.annotationId) },
];

export const LINK_COLUMN = 'link';

/** The table with the passage's formatted citation (in the export's style) after its quote. */
export function codingColumns(cite: (row: EvidenceRow) => string): CodingColumn[] {
  const at = CODING_COLUMNS.findIndex((c) => c.header === 'quote') + 1;
  return [...CODING_COLUMNS.slice(0, at), { header: 'citation', width: 40, value: cite }, ...CODING_COLUMNS.slice(at)];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell that a spreadsheet would read as a formula. Numbers pass as they are. */
export function neutraliseCell<T extends CellValue>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Removes the guard added by neutraliseCell (for readers that want the original text). */
export function restoreCell(value: string): string {
  return value.length > 1 && value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
