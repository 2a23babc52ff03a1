// Reads the rows the row check (main/db/row-check.ts) holds to the handlers' rules, one
// table at a time and one row at a time (iterate, never all()), so a large project's check
// keeps one row in memory. Only the columns a rule looks at are read.
import type { PreviewFields } from '../../../shared/rules/preview-rules';
import type { BibliographyFields } from '../../../shared/rules/bibliography-rules';
import type { Db } from '../connection';
import type { AttributeDefinitionRow, AttributeValueRow } from './attributes';
import type { CaseRow, CaseSegmentRow } from './cases';
import type { PassageLinkRow } from './passage-links';

export type { AttributeDefinitionRow, CaseRow, PassageLinkRow };
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
  /** Where an imported highlight came from (migration 0007); null in older files. */
  source_key: string | null;
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

/** `hasSourceKey`: the file's version has annotations.source_key (migration 0007). */
export function scanAnnotations(db: Db, hasSourceKey = true): IterableIterator<AnnotationScanRow> {
  return db
    .prepare(
      `SELECT a.id, a.kind, a.targets, a.color, a.comment, a.anchor_status, ${hasSourceKey ? 'a.source_key' : 'NULL AS source_key'}, d.page_count
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

export interface HistoryScanRow {
  id: number;
  at: string;
  coder_name: string;
  action: string;
  summary: string;
  details: string;
}

export interface ConflictScanRow {
  id: string;
  created_at: string;
  peer_name: string;
  item_type: string;
  label: string;
  mine: string | null;
  theirs: string | null;
  status: string;
  resolution: string | null;
}

export function scanHistory(db: Db): IterableIterator<HistoryScanRow> {
  return db.prepare('SELECT id, at, coder_name, action, summary, details FROM history').iterate() as IterableIterator<HistoryScanRow>;
}

export function scanConflicts(db: Db): IterableIterator<ConflictScanRow> {
  return db
    .prepare('SELECT id, created_at, peer_name, item_type, label, mine, theirs, status, resolution FROM merge_conflicts')
    .iterate() as IterableIterator<ConflictScanRow>;
}

export interface PageOcrScanRow {
  id: string;
  engine: string;
  data_version: string;
  languages: string;
  confidence: number;
  words: string;
  /** The page's stored text; null when the document has no such page. */
  page_text: string | null;
}

export function scanPageOcr(db: Db): IterableIterator<PageOcrScanRow> {
  return db
    .prepare(
      `SELECT o.document_id || '#' || o.page_index AS id, o.engine, o.data_version, o.languages, o.confidence, o.words, p.text AS page_text
         FROM page_ocr o LEFT JOIN pages p ON p.document_id = o.document_id AND p.page_index = o.page_index`,
    )
    .iterate() as IterableIterator<PageOcrScanRow>;
}

export interface RoundScanRow {
  id: string;
  sender_name: string;
  documents: string;
  kept_coders: string;
}

export interface ResolutionScanRow {
  id: string;
  choice: string;
  start: number;
  end: number;
  page_index: number;
  /** The document's page count; null when the document is missing (foreign keys catch that). */
  page_count: number | null;
}

export interface ReplyScanRow {
  id: string;
  body: string;
}

export function scanRounds(db: Db): IterableIterator<RoundScanRow> {
  return db.prepare('SELECT id, sender_name, documents, kept_coders FROM coding_rounds').iterate() as IterableIterator<RoundScanRow>;
}

export function scanResolutions(db: Db): IterableIterator<ResolutionScanRow> {
  return db
    .prepare('SELECT r.id, r.choice, r.start, r.end, r.page_index, d.page_count FROM consensus_resolutions r LEFT JOIN documents d ON d.id = r.document_id')
    .iterate() as IterableIterator<ResolutionScanRow>;
}

export interface ReplyTombstoneScanRow {
  id: string;
  reply_id: string;
  deleted_at: string;
}

export function scanReplyTombstones(db: Db): IterableIterator<ReplyTombstoneScanRow> {
  return db.prepare('SELECT reply_id AS id, reply_id, deleted_at FROM reply_tombstones').iterate() as IterableIterator<ReplyTombstoneScanRow>;
}

export function scanReplies(db: Db): IterableIterator<ReplyScanRow> {
  return db.prepare('SELECT id, body FROM annotation_replies').iterate() as IterableIterator<ReplyScanRow>;
}

export interface PagePreviewScanRow extends PreviewFields {
  id: string;
  page_count: number | null;
}

/** Preview rows with their document's page count (null for a broken reference). */
export function scanPagePreviews(db: Db): IterableIterator<PagePreviewScanRow> {
  return db
    .prepare(
      `SELECT v.document_id || '#' || v.page_index AS id, v.page_index, v.width_pt, v.height_pt, v.width, v.height, v.mime, v.bytes,
              d.page_count
         FROM page_previews v LEFT JOIN documents d ON d.id = v.document_id`,
    )
    .iterate() as IterableIterator<PagePreviewScanRow>;
}

export interface BibliographyScanRow extends BibliographyFields {
  id: string;
  /** 1 when the record's document is in the file. */
  document_exists: number;
}

/** Bibliographic records with whether their document exists. */
export function scanBibliography(db: Db): IterableIterator<BibliographyScanRow> {
  return db
    .prepare(
      `SELECT b.document_id AS id, b.csl_json, b.source, b.zotero_library, b.zotero_key, b.citekey, b.updated_at,
              (d.id IS NOT NULL) AS document_exists
         FROM document_bibliography b LEFT JOIN documents d ON d.id = b.document_id`,
    )
    .iterate() as IterableIterator<BibliographyScanRow>;
}

export interface BibliographyTombstoneScanRow {
  id: string;
  document_sha256: string;
  deleted_at: string;
}

export function scanBibliographyTombstones(db: Db): IterableIterator<BibliographyTombstoneScanRow> {
  return db
    .prepare('SELECT document_sha256 AS id, document_sha256, deleted_at FROM bibliography_tombstones')
    .iterate() as IterableIterator<BibliographyTombstoneScanRow>;
}

/** Case rows (migration 0015) as stored. */
export function scanCaseRows(db: Db): IterableIterator<CaseRow> {
  return db.prepare('SELECT id, name, country, attributes, position, created_at, updated_at FROM cases').iterate() as IterableIterator<CaseRow>;
}

export interface SegmentScanRow extends CaseSegmentRow {
  /** The document's page count; null when the document is missing (foreign keys catch that). */
  page_count: number | null;
}

export function scanSegmentRows(db: Db): IterableIterator<SegmentScanRow> {
  return db
    .prepare('SELECT s.*, d.page_count FROM case_segments s LEFT JOIN documents d ON d.id = s.document_id')
    .iterate() as IterableIterator<SegmentScanRow>;
}

export interface CaseTombstoneScanRow {
  id: string;
  case_id: string;
  deleted_at: string;
}

export function scanCaseTombstones(db: Db): IterableIterator<CaseTombstoneScanRow> {
  return db.prepare('SELECT case_id AS id, case_id, deleted_at FROM case_tombstones').iterate() as IterableIterator<CaseTombstoneScanRow>;
}

export interface ExemplarScanRow {
  id: string;
  annotation_id: string;
  flagged: unknown;
  coder_id: string;
  updated_at: string;
}

/** Exemplar flags (migration 0016) as stored. */
export function scanExemplars(db: Db): IterableIterator<ExemplarScanRow> {
  return db.prepare('SELECT annotation_id AS id, annotation_id, flagged, coder_id, updated_at FROM exemplars').iterate() as IterableIterator<ExemplarScanRow>;
}

/** Links between passages (migration 0016) as stored. */
export function scanPassageLinks(db: Db): IterableIterator<PassageLinkRow> {
  return db.prepare('SELECT * FROM passage_links').iterate() as IterableIterator<PassageLinkRow>;
}

export interface PassageLinkTombstoneScanRow {
  id: string;
  link_id: string;
  deleted_at: string;
}

export function scanPassageLinkTombstones(db: Db): IterableIterator<PassageLinkTombstoneScanRow> {
  return db.prepare('SELECT link_id AS id, link_id, deleted_at FROM passage_link_tombstones').iterate() as IterableIterator<PassageLinkTombstoneScanRow>;
}

export interface TitledMemoScanRow {
  id: string;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
}

/** Memos with titles (migration 0016). */
export function scanTitledMemos(db: Db): IterableIterator<TitledMemoScanRow> {
  return db.prepare('SELECT id, title, body, created_at, updated_at FROM memos').iterate() as IterableIterator<TitledMemoScanRow>;
}

export interface MemoLinkScanRow {
  id: string;
  memo_id: string;
  created_at: string;
}

export function scanMemoLinks(db: Db): IterableIterator<MemoLinkScanRow> {
  return db.prepare('SELECT id, memo_id, created_at FROM memo_links').iterate() as IterableIterator<MemoLinkScanRow>;
}

export interface MemoTombstoneScanRow {
  id: string;
  memo_id: string;
  deleted_at: string;
}

export function scanMemoTombstones(db: Db): IterableIterator<MemoTombstoneScanRow> {
  return db.prepare('SELECT memo_id AS id, memo_id, deleted_at FROM memo_tombstones').iterate() as IterableIterator<MemoTombstoneScanRow>;
}

/** Attribute definitions (migration 0016) as stored. */
export function scanAttributeDefinitions(db: Db): IterableIterator<AttributeDefinitionRow> {
  return db.prepare('SELECT * FROM attribute_definitions').iterate() as IterableIterator<AttributeDefinitionRow>;
}

export interface AttributeValueScanRow extends AttributeValueRow {
  /** "document/definition", the row's name in a report. */
  id: string;
  /** The definition's kind and choices; null when the definition is missing (foreign keys catch that). */
  kind: string | null;
  choices: string | null;
}

export function scanAttributeValues(db: Db): IterableIterator<AttributeValueScanRow> {
  return db
    .prepare(
      `SELECT v.document_id || '/' || v.definition_id AS id, v.document_id, v.definition_id, v.value, v.updated_at, d.kind, d.choices
       FROM attribute_values v LEFT JOIN attribute_definitions d ON d.id = v.definition_id`,
    )
    .iterate() as IterableIterator<AttributeValueScanRow>;
}

export interface AttributeTombstoneScanRow {
  id: string;
  definition_id: string;
  deleted_at: string;
}

export function scanAttributeTombstones(db: Db): IterableIterator<AttributeTombstoneScanRow> {
  return db.prepare('SELECT definition_id AS id, definition_id, deleted_at FROM attribute_tombstones').iterate() as IterableIterator<AttributeTombstoneScanRow>;
}
