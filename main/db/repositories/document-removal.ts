// Removing a document with everything attached to it, through the row journal so the removal
// is one undoable action: its codings, highlights (their comments included), its memo, its
// reading position, its pages (their search index rows and OCR words), its page preview, its bibliographic record, its PDF bytes and the document
// row — children first, so no ON DELETE CASCADE removes a row the journal did not record.
// Also the counts the confirmation shows before anything is removed.
import type { DocumentRemovalInfo } from '../../../shared/domain/document';
import type { Db } from '../connection';
import type { RowJournal } from './row-journal';
import { prepared } from './statement-cache';

/** What removing the document takes with it (throws nothing: unknown ids count zero). */
export function documentRemovalInfo(db: Db, documentId: string): DocumentRemovalInfo {
  const counts = prepared(
    db,
    `SELECT count(*) AS annotations,
            coalesce(sum(comment <> ''), 0) AS comments,
            coalesce(sum((SELECT count(*) FROM annotation_codes ac WHERE ac.annotation_id = a.id)), 0) AS codings
       FROM annotations a WHERE a.document_id = ?`,
  ).get(documentId) as { annotations: number; comments: number; codings: number };
  const memo = prepared(db, "SELECT 1 FROM memos WHERE target_type = 'document' AND target_id = ?").get(documentId);
  return { ...counts, memo: memo !== undefined };
}

/** Deletes the document and every row attached to it through the journal. */
export function removeDocumentRows(j: RowJournal, documentId: string): void {
  const db = j.db;
  const annotationIds = (prepared(db, 'SELECT id FROM annotations WHERE document_id = ? ORDER BY sort_index, id').all(documentId) as Array<{ id: string }>).map((r) => r.id);
  const codingKeys = prepared(db, 'SELECT ac.annotation_id, ac.code_id FROM annotation_codes ac JOIN annotations a ON a.id = ac.annotation_id WHERE a.document_id = ?');
  for (const k of codingKeys.all(documentId) as Array<{ annotation_id: string; code_id: string }>) j.delete('annotation_codes', k);
  for (const id of annotationIds) j.delete('annotations', { id });
  const memo = prepared(db, "SELECT id FROM memos WHERE target_type = 'document' AND target_id = ?").get(documentId) as { id: string } | undefined;
  if (memo) j.delete('memos', { id: memo.id });
  j.delete('reading_positions', { document_id: documentId });
  for (const o of prepared(db, 'SELECT page_index FROM page_ocr WHERE document_id = ? ORDER BY page_index').all(documentId) as Array<{ page_index: number }>) {
    j.delete('page_ocr', { document_id: documentId, page_index: o.page_index });
  }
  for (const p of prepared(db, 'SELECT id FROM pages WHERE document_id = ? ORDER BY page_index').all(documentId) as Array<{ id: number }>) {
    j.delete('pages', { id: p.id });
  }
  for (const v of prepared(db, 'SELECT page_index FROM page_previews WHERE document_id = ?').all(documentId) as Array<{ page_index: number }>) {
    j.delete('page_previews', { document_id: documentId, page_index: v.page_index });
  }
  // Its bibliographic record (ON DELETE CASCADE would take it unseen, and undo would not bring it back).
  if (prepared(db, 'SELECT 1 FROM document_bibliography WHERE document_id = ?').get(documentId)) j.delete('document_bibliography', { document_id: documentId });
  j.delete('document_files', { document_id: documentId });
  j.delete('documents', { id: documentId });
}
