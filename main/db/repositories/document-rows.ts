// Row <-> domain mapping for documents. The attribute rules (vocabulary ids or '' for
// "unknown", year range, text lengths, the printed-page correction) live in
// shared/rules/document-rules.ts, shared with the check every project file's rows get before
// it is opened.
import type { DocumentExtractor, DocumentMeta, DocumentPatch, StoredPageLabels } from '../../../shared/domain/document';
import { checkExtractorJson } from '../../../shared/rules/extractor-rules';
import { cleanLabels, type PageLabelFix, validPageLabelFix } from '../../../shared/pdf/page-labels';

export { validatePatch } from '../../../shared/rules/document-rules';

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
  extractor: string | null;
}

export const DOCUMENT_COLUMNS =
  'id, sha256, file_name, title, author, organisation, countries, year, doc_type, language, page_count, byte_size, pdf_date, imported_at, updated_at, page_labels, page_label_fix, extractor';

/** A stored extractor record; an unusable one (a colleague's row) reads as not recorded. */
export function parseExtractor(json: string | null): DocumentExtractor | null {
  try {
    return checkExtractorJson(json);
  } catch {
    return null;
  }
}

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
    extractor: parseExtractor(row.extractor),
  };
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
