// Stored page previews (table page_previews, migration 0012): the small image of a page the
// reader shows while pdf.js renders the real one. Written with the document at import (in the
// import's transaction), copied with it by merge, read once per open. Every row written is
// held to shared/rules/preview-rules.ts, the same rule a received file's rows pass.
import type { PagePreview, PreviewMime } from '../../../shared/domain/preview';
import { checkPreviewRow } from '../../../shared/rules/preview-rules';
import type { Db } from '../connection';
import { prepared } from './statement-cache';

export interface PagePreviewRow {
  document_id: string;
  page_index: number;
  width_pt: number;
  height_pt: number;
  width: number;
  height: number;
  mime: string;
  bytes: Buffer;
}

/** Stores (or replaces) a page's preview; throws api.badInput when it breaks the rules. */
export function storePagePreview(db: Db, documentId: string, p: PagePreview, pageCount: number | null): void {
  const bytes = Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength);
  const row = { page_index: p.pageIndex, width_pt: p.widthPt, height_pt: p.heightPt, width: p.width, height: p.height, mime: p.mime, bytes };
  checkPreviewRow(row, pageCount);
  prepared(
    db,
    `INSERT OR REPLACE INTO page_previews (document_id, page_index, width_pt, height_pt, width, height, mime, bytes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(documentId, row.page_index, row.width_pt, row.height_pt, row.width, row.height, row.mime, row.bytes);
}

/** The preview of one page, or null when the document has none for it. */
export function getPagePreview(db: Db, documentId: string, pageIndex: number): PagePreview | null {
  const r = prepared(db, 'SELECT * FROM page_previews WHERE document_id = ? AND page_index = ?').get(documentId, pageIndex) as PagePreviewRow | undefined;
  if (!r) return null;
  return {
    pageIndex: r.page_index, widthPt: r.width_pt, heightPt: r.height_pt, width: r.width, height: r.height, mime: r.mime as PreviewMime,
    bytes: new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength),
  };
}

/** Every preview row of a document, raw (merge copies them); none in a file from before 0012. */
export function readPagePreviewRows(db: Db, documentId: string): PagePreviewRow[] {
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'page_previews'").get()) return [];
  return prepared(db, 'SELECT * FROM page_previews WHERE document_id = ? ORDER BY page_index').all(documentId) as PagePreviewRow[];
}

/** Copies a raw row (from a colleague's file, its rows checked on open) under `documentId`. */
export function insertPagePreviewRow(db: Db, documentId: string, r: PagePreviewRow, pageCount: number): void {
  const p = r.bytes;
  storePagePreview(db, documentId, {
    pageIndex: r.page_index, widthPt: r.width_pt, heightPt: r.height_pt, width: r.width, height: r.height, mime: r.mime as PreviewMime,
    bytes: new Uint8Array(p.buffer, p.byteOffset, p.byteLength),
  }, pageCount);
}
