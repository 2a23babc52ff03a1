// Row <-> domain mapping and attribute validation for documents. Attribute values are
// vocabulary ids (shared/domain/vocabulary.ts) or '' for "unknown"; anything else is
// refused with api.badInput, because a stray value would silently drop the document out
// of every filter and export table.
import type { DocumentMeta, DocumentPatch, StoredPageLabels } from '../../../shared/domain/document';
import type { PageLabelFix } from '../../../shared/pdf/page-labels';
import { cleanLabels, validPageLabelFix } from '../../../shared/pdf/page-labels';
import { COUNTRIES, DOCUMENT_TYPES, LANGUAGES, ORGANISATIONS } from '../../../shared/domain/vocabulary';
import { GlossaError } from '../../../shared/errors';

export interface DocumentRow {
  id: string;
  sha256: string;
  file_name: string;
  title: string;
  author: string;
  organisation: string;
  countries: string;
  year: number | null;
  doc_type: string;
  language: string;
  page_count: number;
  byte_size: number;
  pdf_date: string | null;
  imported_at: string;
  updated_at: string;
  page_labels: string | null;
  page_label_fix: string | null;
}

export const DOCUMENT_COLUMNS =
  'id, sha256, file_name, title, author, organisation, countries, year, doc_type, language, page_count, byte_size, pdf_date, imported_at, updated_at, page_labels, page_label_fix';

function parseCountries(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function parseJson(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

/** Stored labels from a row that may come from a colleague's file: checked, else none. */
export function parsePageLabels(json: string | null, pageCount: number): StoredPageLabels | null {
  const v = parseJson(json) as { source?: unknown; labels?: unknown } | null;
  if (!v || (v.source !== 'pdf' && v.source !== 'detected')) return null;
  const labels = cleanLabels(v.labels, pageCount);
  return labels ? { source: v.source, labels } : null;
}

export function pageLabelsJson(labels: StoredPageLabels | null | undefined): string | null {
  return labels ? JSON.stringify({ source: labels.source, labels: labels.labels }) : null;
}

export function parsePageLabelFix(json: string | null, pageCount: number): PageLabelFix | null {
  return validPageLabelFix(parseJson(json), pageCount);
}

export function rowToDocument(row: DocumentRow): DocumentMeta {
  return {
    id: row.id,
    sha256: row.sha256,
    fileName: row.file_name,
    title: row.title,
    author: row.author,
    organisation: row.organisation,
    countries: parseCountries(row.countries),
    year: row.year,
    docType: row.doc_type,
    language: row.language,
    pageCount: row.page_count,
    byteSize: row.byte_size,
    pdfDate: row.pdf_date,
    importedAt: row.imported_at,
    updatedAt: row.updated_at,
    pageLabels: parsePageLabels(row.page_labels, row.page_count),
    pageLabelFix: parsePageLabelFix(row.page_label_fix, row.page_count),
  };
}

/** Oldest plausible report year; the newest is next year (reports dated ahead of release). */
const MIN_YEAR = 1800;
/** Titles beyond this are pasted text, not titles. */
const MAX_TEXT = 2000;

function bad(field: string, message: string): GlossaError {
  return new GlossaError('api.badInput', message, { field });
}

function checkText(field: string, value: unknown, allowEmpty: boolean): string {
  if (typeof value !== 'string') throw bad(field, `${field} must be text`);
  const v = value.trim();
  if (!allowEmpty && v === '') throw bad(field, `${field} must not be empty`);
  if (v.length > MAX_TEXT) throw bad(field, `${field} is longer than ${MAX_TEXT} characters`);
  return v;
}

function checkVocab(field: string, value: unknown, list: readonly string[]): string {
  if (value === '') return '';
  if (typeof value !== 'string' || !list.includes(value)) throw bad(field, `Unknown ${field}: ${String(value)}`);
  return value;
}

function checkCountries(value: unknown): string[] {
  if (!Array.isArray(value)) throw bad('countries', 'countries must be a list');
  return [...new Set(value.map((c) => checkVocab('countries', c, COUNTRIES)).filter((c) => c !== ''))];
}

function checkYear(value: unknown): number | null {
  if (value === null) return null;
  const max = new Date().getUTCFullYear() + 1;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_YEAR || value > max) {
    throw bad('year', `year must be a whole number between ${MIN_YEAR} and ${max}`);
  }
  return value;
}

/** Shape only: that pdfPage exists in the document is checked by updateDocument. */
function checkPageLabelFix(value: unknown): PageLabelFix | null {
  if (value === null) return null;
  const fix = validPageLabelFix(value, Number.MAX_SAFE_INTEGER);
  if (!fix) throw bad('pageLabelFix', 'The PDF page and the printed page must be whole numbers from 1.');
  return fix;
}

/** Validates and normalises the editable attributes present in `patch`. */
export function validatePatch(patch: DocumentPatch): DocumentPatch {
  if (typeof patch !== 'object' || patch === null) throw bad('patch', 'patch must be an object');
  const out: DocumentPatch = {};
  if (patch.title !== undefined) out.title = checkText('title', patch.title, false);
  if (patch.author !== undefined) out.author = checkText('author', patch.author, true);
  if (patch.organisation !== undefined) out.organisation = checkVocab('organisation', patch.organisation, ORGANISATIONS);
  if (patch.countries !== undefined) out.countries = checkCountries(patch.countries);
  if (patch.year !== undefined) out.year = checkYear(patch.year);
  if (patch.docType !== undefined) out.docType = checkVocab('docType', patch.docType, DOCUMENT_TYPES);
  if (patch.language !== undefined) out.language = checkVocab('language', patch.language, LANGUAGES);
  if (patch.pageLabelFix !== undefined) out.pageLabelFix = checkPageLabelFix(patch.pageLabelFix);
  return out;
}

/** Patch keys -> column names, for building UPDATE statements from validated patches. */
export const PATCH_COLUMNS: Record<keyof DocumentPatch, string> = {
  title: 'title',
  author: 'author',
  organisation: 'organisation',
  countries: 'countries',
  year: 'year',
  docType: 'doc_type',
  language: 'language',
  pageLabelFix: 'page_label_fix',
};

/** SQL parameter value of a validated patch field. */
export function patchValue(key: keyof DocumentPatch, value: DocumentPatch[keyof DocumentPatch]): string | number | null {
  if (key === 'countries') return JSON.stringify(value);
  if (key === 'pageLabelFix') return value === null ? null : JSON.stringify(value);
  return value as string | number | null;
}
