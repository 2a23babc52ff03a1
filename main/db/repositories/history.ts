// The audit history: one entry per coding action (and per undo / redo), append-only. It is
// not part of the undo journal: undoing an action adds an entry rather than erasing one.
import type { HistoryEntry } from '../../../shared/domain/code';
import type { Db } from '../connection';

interface HistoryRow {
  id: number;
  at: string;
  coder_id: string;
  coder_name: string;
  action: string;
  summary: string;
  details: string;
}

export interface NewHistoryEntry {
  at: string;
  coderId: string;
  coderName: string;
  action: string;
  summary: string;
  details?: Record<string, unknown>;
}

export function appendHistory(db: Db, entry: NewHistoryEntry): number {
  const info = db
    .prepare(
      `INSERT INTO history (at, coder_id, coder_name, action, summary, details)
       VALUES (@at, @coderId, @coderName, @action, @summary, @details)`,
    )
    .run({ ...entry, details: JSON.stringify(entry.details ?? {}) });
  return Number(info.lastInsertRowid);
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

/** Newest first; `beforeId` pages backwards. */
export function listHistory(db: Db, opts: { limit?: number; beforeId?: number } = {}): HistoryEntry[] {
  const limit = Math.max(1, Math.min(opts.limit ?? 200, 5000));
  const rows = db
    .prepare('SELECT * FROM history WHERE id < ? ORDER BY id DESC LIMIT ?')
    .all(opts.beforeId ?? Number.MAX_SAFE_INTEGER, limit) as HistoryRow[];
  return rows.map(toEntry);
}
