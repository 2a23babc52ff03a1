// SQL for finding what a Zotero import made before: the documents recorded with a Zotero
// item's library id and key (document_bibliography, migration 0014), oldest first, so a
// re-import updates them instead of importing the item again.
import type { Db } from '../connection';
import { prepared } from './statement-cache';

export function documentsForZoteroItem(db: Db, libraryId: number, key: string): Array<{ id: string; sha256: string }> {
  return prepared(
    db,
    `SELECT d.id AS id, d.sha256 AS sha256 FROM document_bibliography b JOIN documents d ON d.id = b.document_id
      WHERE b.zotero_library = ? AND b.zotero_key = ? ORDER BY d.imported_at, d.id`,
  ).all(libraryId, key) as Array<{ id: string; sha256: string }>;
}
