// A document's stored page rows (id, index, text) and journaled writes of a page's text and the
// document's extractor record, for re-extraction (main/core/documents/recheck-anchors.ts).
import type { DocumentExtractor } from '../../../shared/domain/document';
import { extractorJson } from '../../../shared/rules/extractor-rules';
import type { Db } from '../connection';
import type { RowJournal } from './row-journal';
import { prepared } from './statement-cache';

export interface PageRow {
  id: number;
  pageIndex: number;
  text: string;
}

export function documentPages(db: Db, documentId: string): PageRow[] {
  return prepared(db, 'SELECT id, page_index AS pageIndex, text FROM pages WHERE document_id = ? ORDER BY page_index').all(documentId) as PageRow[];
}

/** The search indexes follow (row-journal.ts keeps them in step with every pages image). */
export function updatePageText(j: RowJournal, pageId: number, text: string): void {
  j.update('pages', { id: pageId }, { text });
}

export function updateDocumentExtractor(j: RowJournal, documentId: string, extractor: DocumentExtractor, now: string): void {
  j.update('documents', { id: documentId }, { extractor: extractorJson(extractor), updated_at: now });
}

/** Outside an undoable action (OCR on demand records its engine this way). */
export function setDocumentExtractor(db: Db, documentId: string, extractor: DocumentExtractor, now: string): void {
  prepared(db, 'UPDATE documents SET extractor = ?, updated_at = ? WHERE id = ?').run(extractorJson(extractor), now, documentId);
}

export function documentIdsWithPages(db: Db): string[] {
  return (prepared(db, 'SELECT id FROM documents ORDER BY title, id').all() as Array<{ id: string }>).map((r) => r.id);
}
