// SQL for the coding queries and the positional co-occurrence matrix: every coded highlight
// with its targets and codes (optionally of some documents / coders), and the text length of
// each page of the documents involved (to place passages in one document-wide coordinate).
import type { Db } from '../connection';
import { prepared } from './statement-cache';

export interface CodedPassageRow {
  id: string;
  document_id: string;
  kind: 'text' | 'area';
  targets: string;
  coder_id: string;
  /** The highlight's code ids, comma-separated (ids never contain commas: they are UUIDs). */
  code_ids: string;
}

export interface PassageScope {
  documentIds?: readonly string[];
  coderIds?: readonly string[];
}

const some = (list?: readonly string[]): list is readonly string[] => Array.isArray(list) && list.length > 0;

export function codedPassageRows(db: Db, scope: PassageScope = {}): CodedPassageRow[] {
  const parts: string[] = [];
  const params: string[] = [];
  if (some(scope.documentIds)) {
    parts.push('a.document_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(scope.documentIds));
  }
  if (some(scope.coderIds)) {
    parts.push('ac.coder_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(scope.coderIds));
  }
  const where = parts.length ? `WHERE ${parts.join(' AND ')}` : '';
  return db
    .prepare(
      `SELECT a.id, a.document_id, a.kind, a.targets, a.coder_id, group_concat(ac.code_id) AS code_ids
         FROM annotations a JOIN annotation_codes ac ON ac.annotation_id = a.id
         ${where}
        GROUP BY a.id ORDER BY a.document_id, a.sort_index, a.created_at, a.id`,
    )
    .all(...params) as CodedPassageRow[];
}

/** Text length in code points of every page of the given documents, in page order. */
export function pageLengths(db: Db, documentIds: readonly string[]): Map<string, number[]> {
  const rows = prepared(
    db,
    `SELECT document_id, page_index, length(text) AS n FROM pages
      WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id, page_index`,
  ).all(JSON.stringify(documentIds)) as Array<{ document_id: string; page_index: number; n: number }>;
  const out = new Map<string, number[]>();
  for (const r of rows) {
    const list = out.get(r.document_id) ?? [];
    list[r.page_index] = r.n;
    out.set(r.document_id, list);
  }
  return out;
}
