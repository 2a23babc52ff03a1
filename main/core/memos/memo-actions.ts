// The user's memo actions, each one undoable step in the History (runCodingAction journals
// every row): create a titled memo (optionally linked), rename it, write its body (typing
// coalesces into one step per memo, as for the per-target memos), link and unlink items,
// delete it (its links go with it, undo brings both back; a tombstone stops a merge from
// reviving it). A memo's own target (owner) is set only by the per-target memos
// (main/core/coding/memos.ts); these actions never change it.
import { randomUUID } from 'node:crypto';
import type { Coder } from '../../../shared/domain/code';
import type { MemoLinkKind, NewMemo, TitledMemo } from '../../../shared/domain/memo';
import { GlossaError } from '../../../shared/errors';
import { checkMemoBody, checkMemoLinkKind, checkMemoTitle, MAX_MEMO_LINKS } from '../../../shared/rules/memo-rules';
import type { Db } from '../../db/connection';
import {
  type AnyMemoRow, deleteLinkRow, deleteMemoRow, findLinkRow, getAnyMemoRow, getLinkRow, insertLinkRow, insertMemoRow, linkRowsOf, linkTargetExists,
  LINK_COLUMN, type MemoLinkRow, updateMemoRow,
} from '../../db/repositories/memos';
import type { RowJournal } from '../../db/repositories/row-journal';
import { type ActionOutcome, runCodingAction } from '../coding/undo-stack';
import { type Lang, readMemo } from './memo-read';

const NOT_FOUND: Record<MemoLinkKind, string> = {
  document: 'This document is no longer in the project.',
  code: 'This code no longer exists.',
  case: 'This case no longer exists.',
  annotation: 'This passage no longer exists.',
};

function existing(db: Db, id: unknown): AnyMemoRow {
  const row = typeof id === 'string' ? getAnyMemoRow(db, id) : null;
  if (!row) throw new GlossaError('memo.notFound', 'This memo no longer exists.', { id: String(id) });
  return row;
}

/** Links `memoId` to the item (nothing when it is linked already); refuses an item the project lacks. */
export function addLink(j: RowJournal, memoId: string, kind: MemoLinkKind, targetId: string, now: string): boolean {
  if (typeof targetId !== 'string' || !linkTargetExists(j.db, kind, targetId)) {
    throw new GlossaError('memo.badInput', NOT_FOUND[kind], { field: 'targetId' });
  }
  if (findLinkRow(j.db, memoId, kind, targetId)) return false;
  if (linkRowsOf(j.db, memoId).length >= MAX_MEMO_LINKS) throw new GlossaError('memo.badInput', `A memo links to at most ${MAX_MEMO_LINKS} items.`, { field: 'links' });
  const row: MemoLinkRow = { id: randomUUID(), memo_id: memoId, document_id: null, code_id: null, case_id: null, annotation_id: null, created_at: now };
  row[LINK_COLUMN[kind]] = targetId;
  insertLinkRow(j, row);
  return true;
}

export function createMemo(db: Db, coder: Coder, input: NewMemo, lang: Lang = 'en'): ActionOutcome<TitledMemo> {
  const title = checkMemoTitle(input.title);
  const body = checkMemoBody(input.body ?? '');
  const links = (input.links ?? []).map((l) => ({ kind: checkMemoLinkKind(l.kind), targetId: l.targetId }));
  return runCodingAction(db, coder, { action: 'memo.create', label: 'New memo' }, (j, now) => {
    const id = randomUUID();
    insertMemoRow(j, { id, title, body, target_type: null, target_id: null, coder_id: coder.id, created_at: now, updated_at: now });
    for (const l of links) addLink(j, id, l.kind, l.targetId, now);
    return { result: readMemo(db, id, lang), summary: `New memo "${title}"`, details: { memoId: id } };
  });
}

export function renameMemo(db: Db, coder: Coder, id: string, title: string, lang: Lang = 'en'): ActionOutcome<TitledMemo> {
  const row = existing(db, id);
  const next = checkMemoTitle(title);
  return runCodingAction(db, coder, { action: 'memo.rename', label: 'Rename memo', coalesceKey: `memo-title:${row.id}` }, (j, now) => {
    if (next !== row.title) updateMemoRow(j, row.id, { title: next, coder_id: coder.id, updated_at: now });
    return { result: readMemo(db, row.id, lang), summary: `Renamed memo "${row.title}" to "${next}"`, details: { memoId: row.id } };
  });
}

/** Saves the body as typed (the editor's autosave); an empty body is kept: a titled memo may be empty. */
export function writeMemo(db: Db, coder: Coder, id: string, body: string, lang: Lang = 'en'): ActionOutcome<TitledMemo> {
  const row = existing(db, id);
  checkMemoBody(body);
  return runCodingAction(db, coder, { action: 'memo.write', label: 'Edit memo', coalesceKey: `memo-body:${row.id}` }, (j, now) => {
    if (body !== row.body) updateMemoRow(j, row.id, { body, coder_id: coder.id, updated_at: now });
    return { result: readMemo(db, row.id, lang), summary: `Edited memo "${row.title}"`, details: { memoId: row.id } };
  });
}

export function linkMemo(db: Db, coder: Coder, id: string, kind: MemoLinkKind, targetId: string, lang: Lang = 'en'): ActionOutcome<TitledMemo> {
  const row = existing(db, id);
  const k = checkMemoLinkKind(kind);
  return runCodingAction(db, coder, { action: 'memo.link', label: 'Link memo' }, (j, now) => {
    // A link is an edit of the memo: the later copy's links win in a merge (merge-memos.ts).
    if (addLink(j, row.id, k, targetId, now)) updateMemoRow(j, row.id, { updated_at: now });
    return { result: readMemo(db, row.id, lang), summary: `Linked memo "${row.title}"`, details: { memoId: row.id, kind: k, targetId } };
  });
}

export function unlinkMemo(db: Db, coder: Coder, id: string, linkId: string, lang: Lang = 'en'): ActionOutcome<TitledMemo> {
  const row = existing(db, id);
  const link = typeof linkId === 'string' ? getLinkRow(db, linkId) : null;
  if (!link || link.memo_id !== row.id) throw new GlossaError('memo.badInput', 'This link is no longer on the memo.', { field: 'linkId' });
  return runCodingAction(db, coder, { action: 'memo.unlink', label: 'Unlink memo' }, (j, now) => {
    deleteLinkRow(j, link.id);
    updateMemoRow(j, row.id, { updated_at: now });
    return { result: readMemo(db, row.id, lang), summary: `Unlinked memo "${row.title}"`, details: { memoId: row.id } };
  });
}

export function deleteMemo(db: Db, coder: Coder, id: string): ActionOutcome<{ id: string }> {
  const row = existing(db, id);
  return runCodingAction(db, coder, { action: 'memo.delete', label: 'Delete memo' }, (j, now) => {
    // Links are journaled children of their memo (row-journal.ts): undo brings them back.
    deleteMemoRow(j, row.id);
    if (!j.update('memo_tombstones', { memo_id: row.id }, { deleted_at: now })) j.insert('memo_tombstones', { memo_id: row.id, deleted_at: now });
    return { result: { id: row.id }, summary: `Deleted memo "${row.title}"`, details: { memoId: row.id } };
  });
}
