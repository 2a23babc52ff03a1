// SQL for consensus resolutions (which disputed passages were resolved, how, by whom). Writes by
// the user go through the row journal (main/core/share/consensus.ts); the raw insert is the merge's.
import type { Db } from '../connection';
import { prepared } from './statement-cache';

export interface ResolutionRow {
  id: string;
  document_id: string;
  page_index: number;
  start: number;
  end: number;
  code_id: string;
  choice: string;
  coder_a: string;
  coder_b: string;
  resolved_by: string;
  created_at: string;
}

export function listResolutionRows(db: Db, documentIds?: readonly string[]): ResolutionRow[] {
  return (
    documentIds
      ? prepared(db, 'SELECT * FROM consensus_resolutions WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id, page_index, start, id').all(JSON.stringify(documentIds))
      : prepared(db, 'SELECT * FROM consensus_resolutions ORDER BY document_id, page_index, start, id').all()
  ) as ResolutionRow[];
}

/** Merge: a colleague's resolution joins ours unless one of the same passage and code exists (documents by local id). */
export function insertResolutionIfMissing(db: Db, row: ResolutionRow): void {
  prepared(
    db,
    `INSERT OR IGNORE INTO consensus_resolutions (id, document_id, page_index, start, end, code_id, choice, coder_a, coder_b, resolved_by, created_at)
     SELECT @id, @document_id, @page_index, @start, @end, @code_id, @choice, @coder_a, @coder_b, @resolved_by, @created_at
      WHERE EXISTS (SELECT 1 FROM codes WHERE id = @code_id) AND EXISTS (SELECT 1 FROM coders WHERE id = @resolved_by)
        AND NOT EXISTS (SELECT 1 FROM consensus_resolutions WHERE document_id = @document_id AND page_index = @page_index
                          AND start = @start AND end = @end AND code_id = @code_id)`,
  ).run(row);
}
