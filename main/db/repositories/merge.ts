// SQL for merging projects: raw reads of every mergeable row (from this project or a received
// file opened read-only), raw writes that keep ids and timestamps as they are (a merge copies
// rows; it is not a coding action and is not undoable), the per-peer merge base (merge_state)
// and the conflicts list. Column lists are fixed here, never taken from the data.
import type { Db } from '../connection';
import { prepared } from './statement-cache';
import type { DocumentRow } from './document-rows';
import { extractorJson } from '../../../shared/rules/extractor-rules';
import { DOCUMENT_COLUMNS, pageLabelsJson, parseExtractor, parsePageLabelFix, parsePageLabels } from './document-rows';
import { indexPage, unindexDocument } from './page-index';
import type { AnnotationRow, CodingRow } from './annotations';
import type { CodeRow } from './codes';
import type { MemoRow } from './memos';

export interface CoderRowRaw {
  id: string;
  name: string;
  color: string;
  first_seen_at: string;
}

export interface ConflictRow {
  id: string;
  created_at: string;
  peer_id: string;
  peer_name: string;
  item_type: string;
  item_key: string;
  kind: string;
  label: string;
  mine: string | null;
  theirs: string | null;
  copy_id: string | null;
  status: string;
  resolution: string | null;
  resolved_at: string | null;
}

const CODE_COLS = ['id', 'parent_id', 'name_en', 'name_ru', 'color', 'definition_en', 'definition_ru', 'inclusion_en', 'inclusion_ru', 'exclusion_en', 'exclusion_ru', 'position', 'created_at', 'updated_at'];
const ANNOTATION_COLS = ['id', 'document_id', 'kind', 'targets', 'color', 'comment', 'sort_index', 'anchor_status', 'coder_id', 'updated_by', 'created_at', 'updated_at'];
const MEMO_COLS = ['id', 'title', 'target_type', 'target_id', 'body', 'coder_id', 'created_at', 'updated_at'];

function upsertSql(table: string, cols: string[]): string {
  const sets = cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ');
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')}) ON CONFLICT (id) DO UPDATE SET ${sets}`;
}

function pick<T extends object>(row: T, cols: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of cols) out[c] = (row as Record<string, unknown>)[c] ?? null;
  return out;
}

// --- reads (any connection, including a read-only one on a received file) -----------------

export function readProjectMeta(db: Db): { id: string; name: string } {
  const rows = db.prepare("SELECT key, value FROM meta WHERE key IN ('id', 'name')").all() as Array<{ key: string; value: string }>;
  const m = new Map(rows.map((r) => [r.key, r.value]));
  return { id: m.get('id') ?? '', name: m.get('name') ?? '' };
}

export function readDocumentRows(db: Db): DocumentRow[] {
  return db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents ORDER BY id`).all() as DocumentRow[];
}

export function readDocumentBytes(db: Db, documentId: string): Buffer | null {
  const row = db.prepare('SELECT bytes FROM document_files WHERE document_id = ?').get(documentId) as { bytes: Buffer } | undefined;
  return row ? row.bytes : null;
}

export function readPageTexts(db: Db, documentId: string): string[] {
  const rows = db.prepare('SELECT page_index, text FROM pages WHERE document_id = ? ORDER BY page_index').all(documentId) as Array<{
    page_index: number;
    text: string;
  }>;
  return rows.map((r) => r.text);
}

export function readCodeRows(db: Db): CodeRow[] {
  return db.prepare('SELECT * FROM codes ORDER BY id').all() as CodeRow[];
}

export function readAnnotationRows(db: Db): AnnotationRow[] {
  return db.prepare('SELECT * FROM annotations ORDER BY id').all() as AnnotationRow[];
}

export function readCodingRows(db: Db): CodingRow[] {
  return db.prepare('SELECT * FROM annotation_codes ORDER BY annotation_id, code_id').all() as CodingRow[];
}

/** The memos of a target (project, document, code): the ones the merge plan keys by target.
 *  Journal memos merge by id (main/core/share/merge-memos.ts). */
export function readMemoRows(db: Db): MemoRow[] {
  return db.prepare('SELECT * FROM memos WHERE target_type IS NOT NULL ORDER BY id').all() as MemoRow[];
}

export function readCoderRows(db: Db): CoderRowRaw[] {
  return db.prepare('SELECT * FROM coders ORDER BY id').all() as CoderRowRaw[];
}

/** Rows that break a foreign key; a received file must have none. */
export function foreignKeyProblems(db: Db): number {
  return (db.pragma('foreign_key_check') as unknown[]).length;
}

// --- raw writes (inside the merge transaction) ---------------------------------------------

/** Copies a document with its bytes and pages and indexes the pages (FTS has no triggers). */
export function insertDocumentRaw(db: Db, row: DocumentRow, bytes: Buffer, pageTexts: readonly string[]): void {
  const cols = DOCUMENT_COLUMNS.split(', ');
  // Page labels and the label fix come from a colleague's file: only what parses is kept.
  const clean = {
    ...row,
    page_labels: pageLabelsJson(parsePageLabels(row.page_labels ?? null, row.page_count)),
    page_label_fix: fixJson(row.page_label_fix, row.page_count),
    extractor: extractorJson(parseExtractor(row.extractor ?? null)),
  };
  prepared(db, `INSERT INTO documents (${DOCUMENT_COLUMNS}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(pick(clean, cols));
  prepared(db, 'INSERT INTO document_files (document_id, bytes) VALUES (?, ?)').run(row.id, bytes);
  const page = prepared(db, 'INSERT INTO pages (document_id, page_index, text) VALUES (?, ?, ?)');
  pageTexts.forEach((text, i) => {
    const id = page.run(row.id, i, text).lastInsertRowid;
    indexPage(db, id, text);
  });
}

export type DocumentAttrs = Pick<DocumentRow, 'title' | 'author' | 'organisation' | 'countries' | 'year' | 'doc_type' | 'language'> &
  Partial<Pick<DocumentRow, 'page_label_fix' | 'page_count'>>;

function fixJson(json: string | null | undefined, pageCount: number): string | null {
  const fix = parsePageLabelFix(json ?? null, pageCount);
  return fix ? JSON.stringify(fix) : null;
}

export function updateDocumentAttrsRaw(db: Db, id: string, a: DocumentAttrs, updatedAt: string): void {
  const pageCount = (db.prepare('SELECT page_count FROM documents WHERE id = ?').get(id) as { page_count: number } | undefined)?.page_count ?? 0;
  db.prepare(
    `UPDATE documents SET title = @title, author = @author, organisation = @organisation, countries = @countries, year = @year,
       doc_type = @doc_type, language = @language, page_label_fix = @page_label_fix, updated_at = @updated_at WHERE id = @id`,
  ).run({
    ...pick(a, ['title', 'author', 'organisation', 'countries', 'year', 'doc_type', 'language']),
    page_label_fix: fixJson(a.page_label_fix, pageCount),
    updated_at: updatedAt,
    id,
  });
}

export function deleteDocumentRaw(db: Db, id: string): void {
  unindexDocument(db, id);
  prepared(db, 'DELETE FROM documents WHERE id = ?').run(id);
}

export function upsertCodeRaw(db: Db, row: CodeRow): void {
  prepared(db, upsertSql('codes', CODE_COLS)).run(pick(row, CODE_COLS));
}

/** Empties the codebook (a new project's seeded codes, before an import replaces them). */
export function deleteAllCodes(db: Db): void {
  prepared(db, 'DELETE FROM annotation_codes').run();
  prepared(db, 'UPDATE codes SET parent_id = NULL').run();
  prepared(db, 'DELETE FROM codes').run();
}

export function deleteCodeRaw(db: Db, id: string): void {
  prepared(db, 'DELETE FROM codes WHERE id = ?').run(id);
}

export function upsertAnnotationRaw(db: Db, row: AnnotationRow): void {
  prepared(db, upsertSql('annotations', ANNOTATION_COLS)).run(pick(row, ANNOTATION_COLS));
}

export function deleteAnnotationRaw(db: Db, id: string): void {
  prepared(db, 'DELETE FROM annotations WHERE id = ?').run(id);
}

export function insertCodingRaw(db: Db, row: CodingRow): void {
  prepared(
    db,
    'INSERT OR IGNORE INTO annotation_codes (annotation_id, code_id, coder_id, created_at) VALUES (@annotation_id, @code_id, @coder_id, @created_at)',
  ).run(row);
}

export function deleteCodingRaw(db: Db, annotationId: string, codeId: string): void {
  prepared(db, 'DELETE FROM annotation_codes WHERE annotation_id = ? AND code_id = ?').run(annotationId, codeId);
}

export function deleteCodingsOfCode(db: Db, codeId: string): void {
  prepared(db, 'DELETE FROM annotation_codes WHERE code_id = ?').run(codeId);
}

/** One memo per target: replaces whatever memo the target has. */
export function putMemoRaw(db: Db, row: MemoRow): void {
  prepared(db, 'DELETE FROM memos WHERE target_type = ? AND target_id = ? AND id <> ?').run(row.target_type, row.target_id, row.id);
  // An upsert, not delete + insert: the memo's links (memo_links, ON DELETE CASCADE) stay. A
  // version stored in a conflict before titles (migration 0016) has none: the row's own stays.
  const existing = prepared(db, 'SELECT title FROM memos WHERE id = ?').get(row.id) as { title: string } | undefined;
  const title = typeof row.title === 'string' && row.title !== '' ? row.title : (existing?.title ?? 'Memo');
  prepared(
    db,
    `INSERT INTO memos (${MEMO_COLS.join(', ')}) VALUES (${MEMO_COLS.map((c) => '@' + c).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${MEMO_COLS.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}`,
  ).run(pick({ ...row, title }, MEMO_COLS));
}

export function deleteMemoRaw(db: Db, targetType: string, targetId: string): void {
  prepared(db, 'DELETE FROM memos WHERE target_type = ? AND target_id = ?').run(targetType, targetId);
}

export function insertCoderIfMissing(db: Db, row: CoderRowRaw): void {
  prepared(db, 'INSERT OR IGNORE INTO coders (id, name, color, first_seen_at) VALUES (@id, @name, @color, @first_seen_at)').run(row);
}

// --- merge base ---------------------------------------------------------------------------

export function readMergeState(db: Db, peerId: string): Map<string, string> {
  const rows = db.prepare('SELECT item_key, hash FROM merge_state WHERE peer_id = ?').all(peerId) as Array<{ item_key: string; hash: string }>;
  return new Map(rows.map((r) => [r.item_key, r.hash]));
}

/** Replaces the base recorded for `peerId` with `hashes`. */
export function writeMergeState(db: Db, peerId: string, hashes: ReadonlyMap<string, string>): void {
  db.prepare('DELETE FROM merge_state WHERE peer_id = ?').run(peerId);
  const ins = db.prepare('INSERT INTO merge_state (peer_id, item_key, hash) VALUES (?, ?, ?)');
  for (const [k, h] of hashes) ins.run(peerId, k, h);
}

export function setProjectId(db: Db, id: string): void {
  db.prepare("INSERT INTO meta (key, value) VALUES ('id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(id);
}

export function deleteMetaKeys(db: Db, keys: readonly string[]): void {
  const del = db.prepare('DELETE FROM meta WHERE key = ?');
  for (const k of keys) del.run(k);
}

// --- conflicts ----------------------------------------------------------------------------

export function insertConflict(db: Db, row: Omit<ConflictRow, 'status' | 'resolution' | 'resolved_at'>): void {
  db.prepare(
    `INSERT INTO merge_conflicts (id, created_at, peer_id, peer_name, item_type, item_key, kind, label, mine, theirs, copy_id)
     VALUES (@id, @created_at, @peer_id, @peer_name, @item_type, @item_key, @kind, @label, @mine, @theirs, @copy_id)`,
  ).run(row);
}

export function listConflictRows(db: Db, status?: 'open' | 'resolved'): ConflictRow[] {
  return (
    status
      ? db.prepare('SELECT * FROM merge_conflicts WHERE status = ? ORDER BY created_at, id').all(status)
      : db.prepare('SELECT * FROM merge_conflicts ORDER BY created_at, id').all()
  ) as ConflictRow[];
}

export function getConflictRow(db: Db, id: string): ConflictRow | null {
  return (db.prepare('SELECT * FROM merge_conflicts WHERE id = ?').get(id) as ConflictRow | undefined) ?? null;
}

export function markConflictResolved(db: Db, id: string, resolution: string, at: string): void {
  db.prepare("UPDATE merge_conflicts SET status = 'resolved', resolution = ?, resolved_at = ? WHERE id = ?").run(resolution, at, id);
}
