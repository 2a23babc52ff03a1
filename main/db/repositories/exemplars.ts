// SQL for exemplar quotes (migration 0016): one row per highlight ever flagged, flagged 1 or 0
// (cleared, kept as the merge's tombstone). Writes the user makes go through the row journal
// (main/core/coding/exemplars.ts), so they undo; the merge writes raw rows with their times.
import type { Db } from '../connection';
import type { RowJournal } from './row-journal';
import { prepared } from './statement-cache';

export interface ExemplarRow {
  annotation_id: string;
  flagged: number;
  coder_id: string;
  updated_at: string;
}

export function getExemplarRow(db: Db, annotationId: string): ExemplarRow | null {
  return (prepared(db, 'SELECT * FROM exemplars WHERE annotation_id = ?').get(annotationId) as ExemplarRow | undefined) ?? null;
}

/** Sets the flag through the journal (an insert the first time, then updates). */
export function writeExemplar(j: RowJournal, row: ExemplarRow): void {
  const { annotation_id, ...rest } = row;
  if (!j.update('exemplars', { annotation_id }, rest)) j.insert('exemplars', { ...row });
}

/** The flagged highlights of a document. */
export function exemplarIdsOfDocument(db: Db, documentId: string): string[] {
  const rows = prepared(db, 'SELECT x.annotation_id AS id FROM exemplars x JOIN annotations a ON a.id = x.annotation_id WHERE a.document_id = ? AND x.flagged = 1 ORDER BY a.sort_index').all(documentId) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

export function readExemplarRows(db: Db): ExemplarRow[] {
  return prepared(db, 'SELECT annotation_id, flagged, coder_id, updated_at FROM exemplars').all() as ExemplarRow[];
}

/** Merge: writes a colleague's row as it is (its time included). */
export function putExemplarRaw(db: Db, row: ExemplarRow): void {
  prepared(db, `INSERT INTO exemplars (annotation_id, flagged, coder_id, updated_at) VALUES (@annotation_id, @flagged, @coder_id, @updated_at)
    ON CONFLICT (annotation_id) DO UPDATE SET flagged = excluded.flagged, coder_id = excluded.coder_id, updated_at = excluded.updated_at`).run(row);
}

export function annotationExists(db: Db, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM annotations WHERE id = ?').get(id) !== undefined;
}
