// Memos on the project, a document or a code (one per target; Markdown bodies). A passage's
// memo is its annotation's comment and lives in the annotations table. Writes are journaled.
import type { Memo, MemoTargetType } from '../../../shared/domain/code';
import type { Db } from '../connection';
import { prepared } from './statement-cache';
import type { Row, RowJournal } from './row-journal';

export interface MemoRow {
  id: string;
  target_type: Exclude<MemoTargetType, 'annotation'>;
  target_id: string;
  body: string;
  coder_id: string;
  created_at: string;
  updated_at: string;
}

export function rowToMemo(r: MemoRow): Memo {
  return {
    id: r.id,
    targetType: r.target_type,
    targetId: r.target_id,
    body: r.body,
    coderId: r.coder_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getMemoRow(db: Db, targetType: MemoRow['target_type'], targetId: string): MemoRow | null {
  const row = prepared(db, 'SELECT * FROM memos WHERE target_type = ? AND target_id = ?').get(targetType, targetId) as MemoRow | undefined;
  return row ?? null;
}

export function insertMemoRow(j: RowJournal, row: MemoRow): void {
  j.insert('memos', row as unknown as Row);
}

export function updateMemoRow(j: RowJournal, id: string, patch: Partial<Pick<MemoRow, 'body' | 'coder_id' | 'updated_at'>>): void {
  j.update('memos', { id }, patch as Row);
}

export function deleteMemoRow(j: RowJournal, id: string): void {
  j.delete('memos', { id });
}
