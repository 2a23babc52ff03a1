// Reads the rows the row check (main/db/row-check.ts) holds to the handlers' rules, one
// table at a time and one row at a time (iterate, never all()), so a large project's check
// keeps one row in memory. Only the columns a rule looks at are read.
import type { Db } from '../connection';
import type { CodeRow } from './codes';
import type { DocumentRow } from './document-rows';

export type DocumentScanRow = Pick<DocumentRow, 'id' | 'sha256' | 'title' | 'author' | 'organisation' | 'countries' | 'year' | 'doc_type' | 'language'>;

export type CodeScanRow = Omit<CodeRow, 'parent_id' | 'position' | 'created_at' | 'updated_at'>;

/** A code row of a file from before the bilingual codebook (one name, its translations, one set of notes). */
export interface LegacyCodeScanRow {
  id: string;
  name: string;
  localized_names: string;
  color: string;
  definition: string;
  inclusion: string;
  exclusion: string;
}

export interface AnnotationScanRow {
  id: string;
  kind: string;
  targets: string;
  color: string | null;
  comment: string;
  anchor_status: string;
  /** The document's page count; null when the document is missing (foreign keys catch that). */
  page_count: number | null;
}

export interface MemoScanRow {
  id: string;
  body: string;
}

export interface CoderScanRow {
  id: string;
  name: string;
  color: string;
}

export function scanDocumentExtractors(db: Db): IterableIterator<{ id: string; extractor: string | null }> {
  return db.prepare('SELECT id, extractor FROM documents').iterate() as IterableIterator<{ id: string; extractor: string | null }>;
}

export function scanDocuments(db: Db): IterableIterator<DocumentScanRow> {
  return db.prepare('SELECT id, sha256, title, author, organisation, countries, year, doc_type, language FROM documents').iterate() as IterableIterator<DocumentScanRow>;
}

export function scanCodes(db: Db): IterableIterator<CodeScanRow> {
  return db
    .prepare('SELECT id, name_en, name_ru, color, definition_en, definition_ru, inclusion_en, inclusion_ru, exclusion_en, exclusion_ru FROM codes')
    .iterate() as IterableIterator<CodeScanRow>;
}

export function scanLegacyCodes(db: Db): IterableIterator<LegacyCodeScanRow> {
  return db.prepare('SELECT id, name, localized_names, color, definition, inclusion, exclusion FROM codes').iterate() as IterableIterator<LegacyCodeScanRow>;
}

export function scanAnnotations(db: Db): IterableIterator<AnnotationScanRow> {
  return db
    .prepare(
      `SELECT a.id, a.kind, a.targets, a.color, a.comment, a.anchor_status, d.page_count
         FROM annotations a LEFT JOIN documents d ON d.id = a.document_id`,
    )
    .iterate() as IterableIterator<AnnotationScanRow>;
}

export function scanMemos(db: Db): IterableIterator<MemoScanRow> {
  return db.prepare('SELECT id, body FROM memos').iterate() as IterableIterator<MemoScanRow>;
}

export function scanCoders(db: Db): IterableIterator<CoderScanRow> {
  return db.prepare('SELECT id, name, color FROM coders').iterate() as IterableIterator<CoderScanRow>;
}
