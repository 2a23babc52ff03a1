// Replies on a highlight: a short thread in which coders argue a passage (issue 11). Each reply
// has its author, time and a Markdown body; adding, editing and deleting are undoable actions
// in the History like comments, and edits typed without a pause coalesce into one undo step
// (the renderer autosaves them as it does comments). Only a reply's author changes it.
import { randomUUID } from 'node:crypto';
import type { Coder } from '../../../shared/domain/code';
import type { Reply } from '../../../shared/domain/rounds';
import { GlossaError } from '../../../shared/errors';
import { checkReplyBody } from '../../../shared/rules/round-rules';
import type { Db } from '../../db/connection';
import { getAnnotation } from '../../db/repositories/annotations';
import { getReplyRow, getReplyTombstone, listReplyRows, type ReplyRow } from '../../db/repositories/replies';
import { type ActionOutcome, runCodingAction } from './undo-stack';

function toReply(r: ReplyRow & { coder_name?: string }): Reply {
  return { id: r.id, annotationId: r.annotation_id, coderId: r.coder_id, coderName: r.coder_name ?? '', body: r.body, createdAt: r.created_at, updatedAt: r.updated_at };
}

export function listReplies(db: Db, annotationId: string): Reply[] {
  return listReplyRows(db, annotationId).map(toReply);
}

function ownReply(db: Db, coder: Coder, id: unknown): ReplyRow {
  const row = typeof id === 'string' ? getReplyRow(db, id) : null;
  if (!row) throw new GlossaError('reply.notFound', 'This reply no longer exists.', { id: String(id) });
  if (row.coder_id !== coder.id) throw new GlossaError('api.badInput', 'Only the author of a reply can change it.', { field: 'id' });
  return row;
}

const excerpt = (body: string) => body.replace(/\s+/g, ' ').trim().slice(0, 60);

export function addReply(db: Db, coder: Coder, annotationId: string, body: unknown): ActionOutcome<Reply> {
  const text = checkReplyBody(body);
  const annotation = typeof annotationId === 'string' ? getAnnotation(db, annotationId) : null;
  if (!annotation) throw new GlossaError('annotation.notFound', 'This highlight no longer exists.', { id: String(annotationId) });
  return runCodingAction(db, coder, { action: 'reply.add', label: 'Reply' }, (j, now) => {
    // A thread reads in the order replies were written, in every copy of the project: each reply
    // is stamped after the last one of its thread even when both fall in the same millisecond.
    const last = listReplyRows(db, annotation.id).at(-1)?.created_at;
    const at = last && last >= now ? new Date(Date.parse(last) + 1).toISOString() : now;
    const row: ReplyRow = { id: randomUUID(), annotation_id: annotation.id, coder_id: coder.id, body: text, created_at: at, updated_at: at };
    j.insert('annotation_replies', { ...row });
    return { result: toReply({ ...row, coder_name: coder.name }), summary: `Replied on page ${annotation.targets[0].pageIndex + 1}: "${excerpt(text)}"`, details: { annotationId: annotation.id, documentId: annotation.documentId, replyId: row.id } };
  });
}

export function updateReply(db: Db, coder: Coder, id: string, body: unknown): ActionOutcome<Reply> {
  const text = checkReplyBody(body);
  const row = ownReply(db, coder, id);
  return runCodingAction(db, coder, { action: 'reply.update', label: 'Edit reply', coalesceKey: `reply:${row.id}` }, (j, now) => {
    if (text !== row.body) j.update('annotation_replies', { id: row.id }, { body: text, updated_at: now });
    return { result: toReply({ ...row, body: text, updated_at: text !== row.body ? now : row.updated_at, coder_name: coder.name }), summary: `Edited a reply: "${excerpt(text)}"`, details: { annotationId: row.annotation_id, replyId: row.id } };
  });
}

export function deleteReply(db: Db, coder: Coder, id: string): ActionOutcome<{ id: string }> {
  const row = ownReply(db, coder, id);
  return runCodingAction(db, coder, { action: 'reply.delete', label: 'Delete reply' }, (j, now) => {
    j.delete('annotation_replies', { id: row.id });
    // The tombstone tells a merge this reply was deleted here, not added there (merge-replies.ts).
    if (getReplyTombstone(db, row.id)) j.update('reply_tombstones', { reply_id: row.id }, { deleted_at: now });
    else j.insert('reply_tombstones', { reply_id: row.id, deleted_at: now });
    return { result: { id: row.id }, summary: `Deleted a reply: "${excerpt(row.body)}"`, details: { annotationId: row.annotation_id, replyId: row.id } };
  });
}
