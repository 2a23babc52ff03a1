// SQL for replies on highlights (a short thread per highlight): reads for the panel and the
// merge, and raw inserts that keep ids and times for the merge. Writes made by the user go
// through the row journal (main/core/coding/replies.ts), so they undo like other edits.
import type { Db } from '../connection';
import { prepared } from './statement-cache';

export interface ReplyRow {
  id: string;
  annotation_id: string;
  coder_id: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export function listReplyRows(db: Db, annotationId: string): Array<ReplyRow & { coder_name: string }> {
  return prepared(
    db,
    `SELECT r.*, COALESCE(c.name, '') AS coder_name FROM annotation_replies r LEFT JOIN coders c ON c.id = r.coder_id
      WHERE r.annotation_id = ? ORDER BY r.created_at, r.rowid`,
  ).all(annotationId) as Array<ReplyRow & { coder_name: string }>;
}

export function getReplyRow(db: Db, id: string): ReplyRow | null {
  return (prepared(db, 'SELECT * FROM annotation_replies WHERE id = ?').get(id) as ReplyRow | undefined) ?? null;
}

export function readAllReplyRows(db: Db): ReplyRow[] {
  return prepared(db, 'SELECT * FROM annotation_replies ORDER BY created_at, rowid').all() as ReplyRow[];
}

/** Reply counts per highlight of one document (the panel shows them). */
export function replyCounts(db: Db, documentId: string): Map<string, number> {
  const rows = prepared(
    db,
    `SELECT r.annotation_id AS id, COUNT(*) AS n FROM annotation_replies r JOIN annotations a ON a.id = r.annotation_id
      WHERE a.document_id = ? GROUP BY r.annotation_id`,
  ).all(documentId) as Array<{ id: string; n: number }>;
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** Merge: inserts a colleague's reply, or takes their later edit of one we both have. */
export function putReplyRaw(db: Db, row: ReplyRow): void {
  prepared(
    db,
    `INSERT INTO annotation_replies (id, annotation_id, coder_id, body, created_at, updated_at)
     SELECT @id, @annotation_id, @coder_id, @body, @created_at, @updated_at WHERE EXISTS (SELECT 1 FROM annotations WHERE id = @annotation_id)
     ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at WHERE excluded.updated_at > annotation_replies.updated_at`,
  ).run(row);
}

export interface ReplyTombstoneRow {
  reply_id: string;
  deleted_at: string;
}

export function readReplyTombstones(db: Db): ReplyTombstoneRow[] {
  return prepared(db, 'SELECT reply_id, deleted_at FROM reply_tombstones ORDER BY reply_id').all() as ReplyTombstoneRow[];
}

export function getReplyTombstone(db: Db, replyId: string): ReplyTombstoneRow | null {
  return (prepared(db, 'SELECT reply_id, deleted_at FROM reply_tombstones WHERE reply_id = ?').get(replyId) as ReplyTombstoneRow | undefined) ?? null;
}

/** Merge: records a colleague's tombstone (the later time when both have one). */
export function putReplyTombstoneRaw(db: Db, row: ReplyTombstoneRow): void {
  prepared(
    db,
    `INSERT INTO reply_tombstones (reply_id, deleted_at) VALUES (@reply_id, @deleted_at)
     ON CONFLICT (reply_id) DO UPDATE SET deleted_at = excluded.deleted_at WHERE excluded.deleted_at > reply_tombstones.deleted_at`,
  ).run(row);
}

/** Merge: a reply edited after its delete is alive again; its tombstone goes. */
export function deleteReplyTombstoneRaw(db: Db, replyId: string): void {
  prepared(db, 'DELETE FROM reply_tombstones WHERE reply_id = ?').run(replyId);
}

/** Merge: removes a reply the colleague deleted (main/core/share/merge-replies.ts decides). */
export function deleteReplyRaw(db: Db, id: string): void {
  prepared(db, 'DELETE FROM annotation_replies WHERE id = ?').run(id);
}
