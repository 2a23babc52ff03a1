// Prepared statements cached per connection. Preparing costs ~20-100 µs; search runs a
// handful of statements per keystroke, and a closed connection's cache goes with it (WeakMap).
import type Database from 'better-sqlite3';
import type { Db } from '../connection';

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

export function prepared(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}
