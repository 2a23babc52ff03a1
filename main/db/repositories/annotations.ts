// Annotation rows (highlights) and their code links (codings). Targets are stored as JSON
// (W3C selectors plus PDF-space rects); reading order is the `sort_index` string. Writes go
// through a RowJournal for undo. Also the read access coding needs to documents and stored
// page texts (existence, page count, text for auto-coding and re-anchoring).
import type { AnchorStatus, Annotation, AnnotationFilter, AnnotationKind, AnnotationTarget } from '../../../shared/domain/annotation';
import type { Db } from '../connection';
import { prepared } from './statement-cache';
import type { Row, RowJournal } from './row-journal';

export interface AnnotationRow {
  id: string;
  document_id: string;
  kind: AnnotationKind;
  targets: string;
  color: string | null;
  comment: string;
  sort_index: string;
  anchor_status: AnchorStatus;
  coder_id: string;
  /** Coder of the latest edit (migration 0004); null = not edited since created. */
  updated_by: string | null;
  created_at: string;
  updated_at: string;
  /** Key of the annotation an imported highlight was read from (migration 0007); null otherwise. */
  source_key?: string | null;
}

export interface CodingRow {
  annotation_id: string;
  code_id: string;
  coder_id: string;
  created_at: string;
}

export function parseTargets(json: string): AnnotationTarget[] {
  try {
    return JSON.parse(json) as AnnotationTarget[];
  } catch {
    return [];
  }
}

export function rowToAnnotation(r: AnnotationRow, codeIds: string[]): Annotation {
  const targets = parseTargets(r.targets);
  return {
    id: r.id,
    documentId: r.document_id,
    kind: r.kind,
    targets,
    color: r.color,
    comment: r.comment,
    codeIds,
    sortIndex: r.sort_index,
    anchorStatus: r.anchor_status,
    coderId: r.coder_id,
    updatedBy: r.updated_by ?? null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function annotationToRow(a: Omit<Annotation, 'codeIds'>, sourceKey: string | null = null): AnnotationRow {
  return {
    ...(sourceKey !== null ? { source_key: sourceKey } : {}),
    id: a.id,
    document_id: a.documentId,
    kind: a.kind,
    targets: JSON.stringify(a.targets),
    color: a.color,
    comment: a.comment,
    sort_index: a.sortIndex,
    anchor_status: a.anchorStatus,
    coder_id: a.coderId,
    updated_by: a.updatedBy,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

export interface Where {
  sql: string;
  params: unknown[];
}

export function filterWhere(filter: AnnotationFilter): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter.documentId !== undefined) {
    parts.push('a.document_id = ?');
    params.push(filter.documentId);
  }
  if (filter.coderIds && filter.coderIds.length > 0) {
    parts.push(`a.coder_id IN (${filter.coderIds.map(() => '?').join(', ')})`);
    params.push(...filter.coderIds);
  }
  if (filter.codeIds && filter.codeIds.length > 0) {
    parts.push(
      `a.id IN (SELECT annotation_id FROM annotation_codes WHERE code_id IN (${filter.codeIds.map(() => '?').join(', ')}))`,
    );
    params.push(...filter.codeIds);
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Annotations matching the filter, by document then reading order, with their code ids. */
export function listAnnotations(db: Db, filter: AnnotationFilter = {}): Annotation[] {
  const where = filterWhere(filter);
  const rows = db
    .prepare(`SELECT a.* FROM annotations a ${where.sql} ORDER BY a.document_id, a.sort_index, a.created_at, a.id`)
    .all(...where.params) as AnnotationRow[];
  if (rows.length === 0) return [];
  const links = db
    .prepare(
      `SELECT ac.annotation_id, ac.code_id FROM annotation_codes ac JOIN annotations a ON a.id = ac.annotation_id
       ${where.sql} ORDER BY ac.created_at, ac.code_id`,
    )
    .all(...where.params) as Array<{ annotation_id: string; code_id: string }>;
  const byAnnotation = new Map<string, string[]>();
  for (const l of links) {
    const list = byAnnotation.get(l.annotation_id);
    if (list) list.push(l.code_id);
    else byAnnotation.set(l.annotation_id, [l.code_id]);
  }
  return rows.map((r) => rowToAnnotation(r, byAnnotation.get(r.id) ?? []));
}

/** Document and targets of the annotations carrying `codeId` applied by `coderId` (auto-coding's skip test). */
export function codedTargets(db: Db, codeId: string, coderId: string, documentIds?: readonly string[]): Array<{ documentId: string; targets: AnnotationTarget[] }> {
  const rows = db
    .prepare(
      `SELECT a.document_id, a.targets FROM annotation_codes ac JOIN annotations a ON a.id = ac.annotation_id
       WHERE ac.code_id = ? AND ac.coder_id = ?${documentIds ? ' AND a.document_id IN (SELECT value FROM json_each(?))' : ''}`,
    )
    .all(...[codeId, coderId, ...(documentIds ? [JSON.stringify(documentIds)] : [])]) as Array<{ document_id: string; targets: string }>;
  return rows.map((r) => ({ documentId: r.document_id, targets: parseTargets(r.targets) }));
}

export function getAnnotation(db: Db, id: string): Annotation | null {
  const row = prepared(db, 'SELECT * FROM annotations WHERE id = ?').get(id) as AnnotationRow | undefined;
  if (!row) return null;
  return rowToAnnotation(row, codingsOfAnnotation(db, id).map((c) => c.code_id));
}

export function codingsOfAnnotation(db: Db, annotationId: string): CodingRow[] {
  return db
    .prepare('SELECT * FROM annotation_codes WHERE annotation_id = ? ORDER BY created_at, code_id')
    .all(annotationId) as CodingRow[];
}

export function codingsOfCode(db: Db, codeId: string): CodingRow[] {
  return prepared(db, 'SELECT * FROM annotation_codes WHERE code_id = ? ORDER BY annotation_id').all(codeId) as CodingRow[];
}

export function hasCoding(db: Db, annotationId: string, codeId: string): boolean {
  return prepared(db, 'SELECT 1 FROM annotation_codes WHERE annotation_id = ? AND code_id = ?').get(annotationId, codeId) !== undefined;
}

/** The source keys of the document's imported highlights (re-imports skip them). */
export function sourceKeysOf(db: Db, documentId: string): Set<string> {
  const rows = db.prepare('SELECT source_key FROM annotations WHERE document_id = ? AND source_key IS NOT NULL').all(documentId) as Array<{ source_key: string }>;
  return new Set(rows.map((r) => r.source_key));
}

export function insertAnnotationRow(j: RowJournal, row: AnnotationRow): void {
  j.insert('annotations', row as unknown as Row);
}

export function updateAnnotationRow(j: RowJournal, id: string, patch: Partial<Omit<AnnotationRow, 'id'>>): boolean {
  return j.update('annotations', { id }, patch as Row);
}

/** Deletes the annotation and its codings, each captured for undo (codings first). */
export function deleteAnnotationRow(j: RowJournal, id: string): boolean {
  for (const c of codingsOfAnnotation(j.db, id)) deleteCoding(j, c.annotation_id, c.code_id);
  return j.delete('annotations', { id });
}

export function insertCoding(j: RowJournal, row: CodingRow): void {
  j.insert('annotation_codes', row as unknown as Row);
}

export function deleteCoding(j: RowJournal, annotationId: string, codeId: string): boolean {
  return j.delete('annotation_codes', { annotation_id: annotationId, code_id: codeId });
}

/** Which of these annotation ids belong to which document (for change events). */
export function documentIdOfAnnotation(db: Db, id: string): string | null {
  const row = prepared(db, 'SELECT document_id FROM annotations WHERE id = ?').get(id) as { document_id: string } | undefined;
  return row?.document_id ?? null;
}

// --- read access to documents and stored page texts ---------------------------------------

export function documentPageCount(db: Db, documentId: string): number | null {
  const row = prepared(db, 'SELECT page_count FROM documents WHERE id = ?').get(documentId) as { page_count: number } | undefined;
  return row ? row.page_count : null;
}

export function documentTitles(db: Db): Map<string, string> {
  const rows = prepared(db, 'SELECT id, title FROM documents').all() as Array<{ id: string; title: string }>;
  return new Map(rows.map((r) => [r.id, r.title]));
}

export function storedPageText(db: Db, documentId: string, pageIndex: number): string | null {
  const row = prepared(db, 'SELECT text FROM pages WHERE document_id = ? AND page_index = ?').get(documentId, pageIndex) as
    | { text: string }
    | undefined;
  return row ? row.text : null;
}

export interface StoredPage {
  documentId: string;
  pageIndex: number;
  text: string;
}

/** (document, page) of every stored page (all documents or the given ones), in document, page order. */
export function listPageKeys(db: Db, documentIds?: readonly string[]): Array<{ documentId: string; pageIndex: number }> {
  const rows = (
    documentIds === undefined
      ? db.prepare('SELECT document_id, page_index FROM pages ORDER BY document_id, page_index').all()
      : db
          .prepare('SELECT document_id, page_index FROM pages WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id, page_index')
          .all(JSON.stringify(documentIds))
  ) as Array<{ document_id: string; page_index: number }>;
  return rows.map((r) => ({ documentId: r.document_id, pageIndex: r.page_index }));
}

/** Streams stored page texts (all documents or the given ones) in document, page order. */
export function* iteratePageTexts(db: Db, documentIds?: readonly string[]): Generator<StoredPage> {
  const stmt =
    documentIds === undefined
      ? db.prepare('SELECT document_id, page_index, text FROM pages ORDER BY document_id, page_index')
      : db.prepare(
          `SELECT document_id, page_index, text FROM pages WHERE document_id IN (SELECT value FROM json_each(?))
           ORDER BY document_id, page_index`,
        );
  const rows = (documentIds === undefined ? stmt.iterate() : stmt.iterate(JSON.stringify(documentIds))) as IterableIterator<{
    document_id: string;
    page_index: number;
    text: string;
  }>;
  for (const r of rows) yield { documentId: r.document_id, pageIndex: r.page_index, text: r.text };
}

/** Whether the project holds an area highlight: an export of it will draw images (export.prepare warms the PDF workers). */
export function hasAreaAnnotations(db: Db): boolean {
  return db.prepare("SELECT 1 FROM annotations WHERE kind = 'area' LIMIT 1").get() !== undefined;
}
