// Project metadata (the `meta` key/value table) and whole-file figures for ProjectInfo.
import type { Db } from '../connection';
import { prepared } from './statement-cache';

/** Keys written at creation; later issues may add more. */
export type MetaKey = 'id' | 'name' | 'created_at' | 'app_version' | (string & {});

export function getMeta(db: Db, key: MetaKey): string | null {
  const row = prepared(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? row.value : null;
}

export function setMeta(db: Db, key: MetaKey, value: string): void {
  prepared(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Writes several keys in one transaction. */
export function setMetaMany(db: Db, values: Record<string, string>): void {
  db.transaction(() => {
    for (const [k, v] of Object.entries(values)) setMeta(db, k, v);
  })();
}

export function readAllMeta(db: Db): Record<string, string> {
  const rows = prepared(db, 'SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>;
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export interface ProjectStats {
  schemaVersion: number;
  documentCount: number;
  pageCount: number;
  /** Logical database size (page_count * page_size): includes content still in the WAL. */
  byteSize: number;
}

export function projectStats(db: Db): ProjectStats {
  const counts = prepared(db, 'SELECT (SELECT count(*) FROM documents) AS docs, (SELECT count(*) FROM pages) AS pages').get() as {
    docs: number;
    pages: number;
  };
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    documentCount: counts.docs,
    pageCount: counts.pages,
    byteSize: pageCount * pageSize,
  };
}

/** A project's id and the id it was forked from ('' when absent), in one read: the passage
 *  links peek at closed recent files with it (main/core/links/link-target.ts). */
export function projectIdsOf(db: Db): { id: string; forkedFrom: string } {
  const rows = db.prepare("SELECT key, value FROM meta WHERE key IN ('id', 'forked_from')").all() as Array<{ key: string; value: string }>;
  const get = (k: string) => rows.find((r) => r.key === k)?.value ?? '';
  return { id: get('id'), forkedFrom: get('forked_from') };
}
