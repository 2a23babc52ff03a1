// Row <-> domain mapping for documents. The attribute rules (vocabulary ids or '' for
// "unknown", year range, text lengths) live in shared/rules/document-rules.ts, shared with the
// check every project file's rows get before it is opened.
import type { DocumentMeta, DocumentPatch } from '../../../shared/domain/document';

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
}

export const DOCUMENT_COLUMNS =
  'id, sha256, file_name, title, author, organisation, countries, year, doc_type, language, page_count, byte_size, pdf_date, imported_at, updated_at';

function parseCountries(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
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
};

/** SQL parameter value of a validated patch field. */
export function patchValue(key: keyof DocumentPatch, value: DocumentPatch[keyof DocumentPatch]): string | number | null {
  if (key === 'countries') return JSON.stringify(value);
  return value as string | number | null;
}
