// A document's highlights one page at a time, for the annotations panel's first screen: a
// keyset page in reading order (sort_index, created_at, id — the order listAnnotations gives
// within a document) and the counts of all of them from one aggregate. With 2,000 highlights
// the whole list is ~1.4 MB of JSON (rects and selectors); the first screen is 40 rows, ~30 KB.
// Keyset rather than OFFSET: a page stays the same rows when highlights are added before it,
// and page n costs what page 1 costs (the (document_id, sort_index) index walks from the key).
import type { AnnotationCursor, AnnotationFilter, AnnotationPage } from '../../../shared/domain/annotation';
import type { Db } from '../connection';
import { filterWhere, rowToAnnotation, type AnnotationRow } from './annotations';

/** One reply carries at most this many highlights (the panel asks for a screen: ~40). */
export const MAX_ANNOTATION_PAGE = 500;

export interface AnnotationPageFilter extends AnnotationFilter {
  documentId: string;
}

/** Highlights matching `filter` after `after` in reading order, at most `limit`, with the counts. */
export function annotationPage(db: Db, filter: AnnotationPageFilter, after: AnnotationCursor | null, limit: number): AnnotationPage {
  const n = Math.max(1, Math.min(MAX_ANNOTATION_PAGE, Math.floor(limit)));
  const where = filterWhere(filter);
  const keyset = after ? `${where.sql ? ' AND' : 'WHERE'} (a.sort_index, a.created_at, a.id) > (?, ?, ?)` : '';
  const params = after ? [...where.params, after.sortIndex, after.createdAt, after.id] : where.params;
  // One more than asked: whether a next page exists without a second query.
  const rows = db
    .prepare(`SELECT a.* FROM annotations a ${where.sql}${keyset} ORDER BY a.sort_index, a.created_at, a.id LIMIT ?`)
    .all(...params, n + 1) as AnnotationRow[];
  const page = rows.slice(0, n);
  const links = page.length === 0 ? [] : (db
    .prepare(
      `SELECT annotation_id, code_id FROM annotation_codes
       WHERE annotation_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, code_id`,
    )
    .all(JSON.stringify(page.map((r) => r.id))) as Array<{ annotation_id: string; code_id: string }>);
  const codes = new Map<string, string[]>();
  for (const l of links) codes.set(l.annotation_id, [...(codes.get(l.annotation_id) ?? []), l.code_id]);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => rowToAnnotation(r, codes.get(r.id) ?? [])),
    ...countAnnotations(db, filter),
    next: rows.length > n && last ? { sortIndex: last.sort_index, createdAt: last.created_at, id: last.id } : null,
  };
}

/** How many highlights match the filter and how many of them are orphans, without reading them. */
export function countAnnotations(db: Db, filter: AnnotationFilter): { total: number; orphans: number } {
  const where = filterWhere(filter);
  const r = db
    .prepare(`SELECT COUNT(*) AS total, COALESCE(SUM(a.anchor_status = 'orphan'), 0) AS orphans FROM annotations a ${where.sql}`)
    .get(...where.params) as { total: number; orphans: number };
  return { total: r.total, orphans: r.orphans };
}
