// The last reading position per document (page, zoom, scroll within the page), so a
// 600-page report reopens where the reader left it. Stored in the project file, so it
// travels with the project like the documents themselves.
import type { ReadingPosition } from '../../../shared/domain/document';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../connection';
import { prepared } from './statement-cache';

interface PositionRow {
  page_index: number;
  zoom: string;
  page_offset: number;
}

/** Zoom is stored as text: a fit mode or a decimal scale. */
function zoomToText(zoom: ReadingPosition['zoom']): string {
  if (zoom === 'fit-width' || zoom === 'fit-page') return zoom;
  // 0.1..10: pdf.js' own zoom limits are 0.1 and 10 (MIN_SCALE / MAX_SCALE).
  if (typeof zoom !== 'number' || !Number.isFinite(zoom) || zoom < 0.1 || zoom > 10) {
    throw new GlossaError('api.badInput', 'zoom must be fit-width, fit-page or a scale between 0.1 and 10', { field: 'zoom' });
  }
  return String(zoom);
}

function zoomFromText(text: string): ReadingPosition['zoom'] {
  if (text === 'fit-width' || text === 'fit-page') return text;
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? n : 'fit-width';
}

export function getReadingPosition(db: Db, documentId: string): ReadingPosition | null {
  const row = prepared(db, 'SELECT page_index, zoom, page_offset FROM reading_positions WHERE document_id = ?').get(documentId) as
    | PositionRow
    | undefined;
  if (!row) return null;
  return { pageIndex: row.page_index, zoom: zoomFromText(row.zoom), pageOffset: row.page_offset };
}

/** Saves the position; the page index is clamped to the document's pages, the offset to 0..1. */
export function setReadingPosition(db: Db, documentId: string, position: ReadingPosition): void {
  const doc = prepared(db, 'SELECT page_count FROM documents WHERE id = ?').get(documentId) as { page_count: number } | undefined;
  if (!doc) throw new GlossaError('document.notFound', 'The document is no longer in this project.', { id: documentId });
  if (!Number.isInteger(position.pageIndex)) {
    throw new GlossaError('api.badInput', 'pageIndex must be a whole number', { field: 'pageIndex' });
  }
  const pageIndex = Math.min(Math.max(0, position.pageIndex), Math.max(0, doc.page_count - 1));
  const offset = Number.isFinite(position.pageOffset) ? Math.min(1, Math.max(0, position.pageOffset)) : 0;
  prepared(
    db,
    `INSERT INTO reading_positions (document_id, page_index, zoom, page_offset, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET page_index = excluded.page_index, zoom = excluded.zoom,
       page_offset = excluded.page_offset, updated_at = excluded.updated_at`,
  ).run(documentId, pageIndex, zoomToText(position.zoom), offset, new Date().toISOString());
}
