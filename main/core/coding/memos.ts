// Memos on the project, a document, a code or a passage (Markdown; the renderer renders them
// safely). A passage memo is its annotation's comment. Setting a memo is an undoable action;
// an empty body removes the memo. Since migration 0016 a target's memo is a titled memo like
// the research journal's (main/core/memos/): made titled after its target and linked to it.
import { randomUUID } from 'node:crypto';
import type { Coder, Memo, MemoTargetType } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import { checkMemoBody, MEMO_TARGET_TYPES } from '../../../shared/rules/memo-rules';
import type { Db } from '../../db/connection';
import { documentPageCount, getAnnotation } from '../../db/repositories/annotations';
import { getCode } from '../../db/repositories/codes';
import { getDocument } from '../../db/repositories/documents';
import { getMeta } from '../../db/repositories/meta';
import { codeNameFor } from '../../../shared/codebook/code-text';
import { MAX_MEMO_TITLE } from '../../../shared/rules/memo-rules';
import { addLink } from '../memos/memo-actions';
import { deleteMemoRow, getMemoRow, insertMemoRow, rowToMemo, updateMemoRow } from '../../db/repositories/memos';
import { patchAnnotation } from './annotations';
import { type ActionOutcome, runCodingAction } from './undo-stack';

const TARGET_TYPES = MEMO_TARGET_TYPES;

function checkTarget(db: Db, targetType: MemoTargetType, targetId: string): string {
  if (!TARGET_TYPES.includes(targetType)) throw new GlossaError('api.badInput', 'Unknown memo target.');
  if (targetType === 'project') return '';
  if (targetType === 'document' && documentPageCount(db, targetId) === null) {
    throw new GlossaError('document.notFound', 'This document is no longer in the project.', { id: targetId });
  }
  if (targetType === 'code' && !getCode(db, targetId)) throw new GlossaError('code.notFound', 'This code no longer exists.', { id: targetId });
  if (targetType === 'annotation' && !getAnnotation(db, targetId)) {
    throw new GlossaError('annotation.notFound', 'This highlight no longer exists.', { id: targetId });
  }
  return targetId;
}

/** The title a target's memo is made with: the project's, document's or code's name. */
export function ownerTitle(db: Db, targetType: Exclude<MemoTargetType, 'annotation'>, targetId: string): string {
  let name = '';
  if (targetType === 'project') name = getMeta(db, 'name') ?? '';
  else if (targetType === 'document') {
    try {
      const d = getDocument(db, targetId);
      name = d.title || d.fileName;
    } catch {
      // Not written yet (an import's documents come in the same transaction): the fallback title.
    }
  } else {
    const c = getCode(db, targetId);
    name = c ? codeNameFor(c, 'en') || codeNameFor(c, 'ru') : '';
  }
  const flat = name.replace(/\s+/g, ' ').trim().slice(0, MAX_MEMO_TITLE);
  return flat || 'Memo';
}

export function getMemo(db: Db, targetType: MemoTargetType, targetId: string): Memo | null {
  if (targetType === 'annotation') {
    const a = getAnnotation(db, targetId);
    if (!a || a.comment === '') return null;
    return { id: a.id, targetType, targetId, body: a.comment, coderId: a.coderId, createdAt: a.createdAt, updatedAt: a.updatedAt };
  }
  const row = getMemoRow(db, targetType, targetType === 'project' ? '' : targetId);
  return row ? rowToMemo(row) : null;
}

export function setMemo(db: Db, coder: Coder, targetType: MemoTargetType, targetId: string, body: string): ActionOutcome<Memo | null> {
  checkMemoBody(body);
  const coalesceKey = `memo:${String(targetType)}:${String(targetId)}`;
  return runCodingAction(db, coder, { action: 'memo.set', label: 'Edit memo', coalesceKey }, (j, now) => {
    const id = checkTarget(db, targetType, targetId);
    const summary = `Edited the ${targetType} memo`;
    if (targetType === 'annotation') {
      patchAnnotation(j, coder, id, { comment: body }, now);
      return { result: getMemo(db, targetType, id), summary, details: { targetType, targetId: id } };
    }
    const existing = getMemoRow(db, targetType, id);
    if (body.trim() === '') {
      if (existing) deleteMemoRow(j, existing.id);
    } else if (existing) {
      if (existing.body !== body) updateMemoRow(j, existing.id, { body, coder_id: coder.id, updated_at: now });
    } else {
      const memoId = randomUUID();
      insertMemoRow(j, { id: memoId, title: ownerTitle(db, targetType, id), target_type: targetType, target_id: id, body, coder_id: coder.id, created_at: now, updated_at: now });
      if (targetType !== 'project') addLink(j, memoId, targetType, id, now);
    }
    return { result: getMemo(db, targetType, id), summary, details: { targetType, targetId: id } };
  });
}
