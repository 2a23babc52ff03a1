// SQL for independent-coding rounds: the round rows (sent with the copy and merged back), the
// codings recorded as independent when a round's copy is merged back, and the removal of the
// highlights a copy for independent coding must not carry.
import type { Db } from '../connection';
import { prepared } from './statement-cache';

export interface RoundRow {
  id: string;
  sender_id: string;
  sender_name: string;
  sent_at: string;
  documents: string;
  kept_coders: string;
}

export interface RoundCodingRow {
  round_id: string;
  annotation_id: string;
  code_id: string;
  coder_id: string;
}

export function insertRoundIfMissing(db: Db, row: RoundRow): void {
  prepared(
    db,
    `INSERT OR IGNORE INTO coding_rounds (id, sender_id, sender_name, sent_at, documents, kept_coders)
     VALUES (@id, @sender_id, @sender_name, @sent_at, @documents, @kept_coders)`,
  ).run(row);
}

export function readRoundRows(db: Db): RoundRow[] {
  return prepared(db, 'SELECT * FROM coding_rounds ORDER BY sent_at, id').all() as RoundRow[];
}

export function getRoundRow(db: Db, id: string): RoundRow | null {
  return (prepared(db, 'SELECT * FROM coding_rounds WHERE id = ?').get(id) as RoundRow | undefined) ?? null;
}

export function readRoundCodingRows(db: Db, roundId?: string): RoundCodingRow[] {
  return (
    roundId
      ? prepared(db, 'SELECT * FROM round_codings WHERE round_id = ? ORDER BY annotation_id, code_id').all(roundId)
      : prepared(db, 'SELECT * FROM round_codings ORDER BY round_id, annotation_id, code_id').all()
  ) as RoundCodingRow[];
}

/** Records a coding as independent in a round; the highlight and code must exist here. */
export function insertRoundCodingIfMissing(db: Db, row: RoundCodingRow): void {
  prepared(
    db,
    `INSERT OR IGNORE INTO round_codings (round_id, annotation_id, code_id, coder_id)
     SELECT @round_id, @annotation_id, @code_id, @coder_id
      WHERE EXISTS (SELECT 1 FROM annotation_codes WHERE annotation_id = @annotation_id AND code_id = @code_id)`,
  ).run(row);
}

/** Coders with independent codings per round. */
export function independentCodersByRound(db: Db): Map<string, string[]> {
  const rows = prepared(db, 'SELECT DISTINCT round_id, coder_id FROM round_codings ORDER BY round_id, coder_id').all() as Array<{ round_id: string; coder_id: string }>;
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.round_id, [...(out.get(r.round_id) ?? []), r.coder_id]);
  return out;
}

/**
 * In a copy being sent for independent coding: removes every highlight not created by one of
 * `keepCoderIds` (with its codings, by cascade), and the codings others added to kept ones.
 */
export function removeHighlightsExcept(db: Db, keepCoderIds: readonly string[]): void {
  const keep = JSON.stringify(keepCoderIds);
  db.prepare('DELETE FROM annotations WHERE coder_id NOT IN (SELECT value FROM json_each(?))').run(keep);
  db.prepare('DELETE FROM annotation_codes WHERE coder_id NOT IN (SELECT value FROM json_each(?))').run(keep);
  db.prepare('DELETE FROM annotation_replies WHERE annotation_id NOT IN (SELECT id FROM annotations)').run();
  db.prepare('DELETE FROM consensus_resolutions').run();
  db.prepare('DELETE FROM round_codings').run();
}
