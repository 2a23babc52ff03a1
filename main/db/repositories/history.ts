// The audit history: one entry per coding action (and per undo / redo), append-only. It is
// not part of the undo journal: undoing an action adds an entry rather than erasing one.
// A merge copies the other project's entries as raw rows (readHistoryRows / insertHistoryRaw).
import type { HistoryEntry } from '../../../shared/domain/code';
import type { Db } from '../connection';
import { prepared } from './statement-cache';

/** A history row as stored, without its local id (ids differ between projects; a merge copies rows). */
export interface HistoryRowRaw {
  at: string;
  coder_id: string;
  coder_name: string;
  action: string;
  summary: string;
  details: string;
}

interface HistoryRow extends HistoryRowRaw {
  id: number;
}

export interface NewHistoryEntry {
  at: string;
  coderId: string;
  coderName: string;
  action: string;
  summary: string;
  details?: Record<string, unknown>;
}

/** Inserts a row as given (times, coder and details kept); returns its new id. */
export function insertHistoryRaw(db: Db, row: HistoryRowRaw): number {
  // Cached: a merge inserts one history row per imported entry.
  const info = prepared(
    db,
    `INSERT INTO history (at, coder_id, coder_name, action, summary, details)
       VALUES (@at, @coder_id, @coder_name, @action, @summary, @details)`,
  ).run(row);
  return Number(info.lastInsertRowid);
}

export function appendHistory(db: Db, entry: NewHistoryEntry): number {
  return insertHistoryRaw(db, {
    at: entry.at,
    coder_id: entry.coderId,
    coder_name: entry.coderName,
    action: entry.action,
    summary: entry.summary,
    details: JSON.stringify(entry.details ?? {}),
  });
}

/** Every row in the order written, without local ids (for copying another project's history). */
export function readHistoryRows(db: Db): HistoryRowRaw[] {
  return db.prepare('SELECT at, coder_id, coder_name, action, summary, details FROM history ORDER BY id').all() as HistoryRowRaw[];
}

function toEntry(r: HistoryRow): HistoryEntry {
  let details: Record<string, unknown> = {};
  try {
    details = JSON.parse(r.details) as Record<string, unknown>;
  } catch {
    // A hand-edited or foreign file: keep the entry, drop the unreadable details.
  }
  return { id: r.id, at: r.at, coderId: r.coder_id, coderName: r.coder_name, action: r.action, summary: r.summary, details };
}

/**
 * Newest first by time, then by id for entries of the same instant; `beforeId` pages backwards
 * from that entry. Not by id alone: a merge appends the colleague's entries with new ids after
 * ours, although most of them happened earlier (ISO times in UTC sort as text).
 */
export function listHistory(db: Db, opts: { limit?: number; beforeId?: number } = {}): HistoryEntry[] {
  const limit = Math.max(1, Math.min(opts.limit ?? 200, 5000));
  const rows = (
    opts.beforeId === undefined
      ? db.prepare('SELECT * FROM history ORDER BY at DESC, id DESC LIMIT ?').all(limit)
      : db
          .prepare(
            `SELECT * FROM history WHERE (at, id) < (SELECT at, id FROM history WHERE id = ?)
             ORDER BY at DESC, id DESC LIMIT ?`,
          )
          .all(opts.beforeId, limit)
  ) as HistoryRow[];
  return rows.map(toEntry);
}
