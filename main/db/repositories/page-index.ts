// The two full-text indexes of page texts, kept in step with pages by every write that adds
// or removes pages, in the caller's transaction (the tables are contentless and have no
// triggers: shared files are checked against an exact schema). pages_fts holds the
// search-normalised text (exact word forms), pages_stem_fts one stem per token. Every write
// moves search_state.generation on, so the kept first screens of common searches (0021,
// search-screens.ts) stop being used in the same transaction as the pages change.
import { normalizeSearch } from '../../../shared/text/normalize-search';
import { stemmedBody } from '../../../shared/text/stem';
import type { Db } from '../connection';
import { prepared } from './statement-cache';

/** The index changed: the kept search screens no longer hold (files from before 0021 have none). */
function indexChanged(db: Db): void {
  prepared(db, 'UPDATE search_state SET generation = generation + 1 WHERE id = 1').run();
}

/** Indexes one page in both indexes; call inside the transaction that inserted it. */
export function indexPage(db: Db, pageId: number | bigint, text: string): void {
  prepared(db, 'INSERT INTO pages_fts (rowid, body) VALUES (?, ?)').run(pageId, normalizeSearch(text));
  prepared(db, 'INSERT INTO pages_stem_fts (rowid, body) VALUES (?, ?)').run(pageId, stemmedBody(text));
  indexChanged(db);
}

/** Removes a document's pages from both indexes; call before deleting the pages. */
export function unindexDocument(db: Db, documentId: string): void {
  prepared(db, 'DELETE FROM pages_fts WHERE rowid IN (SELECT id FROM pages WHERE document_id = ?)').run(documentId);
  prepared(db, 'DELETE FROM pages_stem_fts WHERE rowid IN (SELECT id FROM pages WHERE document_id = ?)').run(documentId);
  indexChanged(db);
}

/** Removes one page from both indexes (the row journal: a page removed or put back). */
export function unindexPage(db: Db, pageId: number | bigint): void {
  prepared(db, 'DELETE FROM pages_fts WHERE rowid = ?').run(pageId);
  prepared(db, 'DELETE FROM pages_stem_fts WHERE rowid = ?').run(pageId);
  indexChanged(db);
}
