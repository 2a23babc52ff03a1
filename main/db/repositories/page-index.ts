// The two full-text indexes of page texts, kept in step with pages by every write that adds
// or removes pages, in the caller's transaction (the tables are contentless and have no
// triggers: shared files are checked against an exact schema). pages_fts holds the
// search-normalised text (exact word forms), pages_stem_fts one stem per token.
import { normalizeSearch } from '../../../shared/text/normalize-search';
import { stemmedBody } from '../../../shared/text/stem';
import type { Db } from '../connection';
import { prepared } from './statement-cache';

/** Indexes one page in both indexes; call inside the transaction that inserted it. */
export function indexPage(db: Db, pageId: number | bigint, text: string): void {
  prepared(db, 'INSERT INTO pages_fts (rowid, body) VALUES (?, ?)').run(pageId, normalizeSearch(text));
  prepared(db, 'INSERT INTO pages_stem_fts (rowid, body) VALUES (?, ?)').run(pageId, stemmedBody(text));
}

/** Removes a document's pages from both indexes; call before deleting the pages. */
export function unindexDocument(db: Db, documentId: string): void {
  prepared(db, 'DELETE FROM pages_fts WHERE rowid IN (SELECT id FROM pages WHERE document_id = ?)').run(documentId);
  prepared(db, 'DELETE FROM pages_stem_fts WHERE rowid IN (SELECT id FROM pages WHERE document_id = ?)').run(documentId);
}

/** Removes one page from both indexes (the row journal: a page removed or put back). */
export function unindexPage(db: Db, pageId: number | bigint): void {
  prepared(db, 'DELETE FROM pages_fts WHERE rowid = ?').run(pageId);
  prepared(db, 'DELETE FROM pages_stem_fts WHERE rowid = ?').run(pageId);
}
