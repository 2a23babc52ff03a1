// A private, read-only snapshot of a Zotero database. Zotero keeps zotero.sqlite open with
// locking_mode=EXCLUSIVE and journal_mode=WAL while it runs, so another connection could not
// read it, and its newest changes may still sit in zotero.sqlite-wal. The file and its -wal
// (and Better BibTeX's better-bibtex.sqlite with its -wal) are copied byte for byte into a
// private folder named after this process (db/private-copies.ts sweeps those of dead
// processes), the copy is opened read-only, and the original is never opened at all.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { GlossaError } from '../../../shared/errors';
import { makePrivateCopyDir } from '../private-copies';
import { dbOptions } from '../sqlite-options';
import { checkZoteroSchema, type SchemaCheck } from './zotero-sql';

export interface ZoteroSnapshot {
  dataDir: string;
  db: Database.Database;
  /** Better BibTeX's database, when the plugin is installed. */
  bbt: Database.Database | null;
  schema: SchemaCheck;
  close(): void;
}

export const ZOTERO_DB = 'zotero.sqlite';

export function hasDatabase(dir: string): boolean {
  try {
    return fs.statSync(path.join(dir, ZOTERO_DB)).isFile();
  } catch {
    return false;
  }
}

/** The data directory's database path; a clear error when there is none. */
export function requireDatabase(dataDir: string): string {
  const file = path.join(path.resolve(dataDir), ZOTERO_DB);
  if (!hasDatabase(dataDir)) {
    throw new GlossaError('zotero.notFound', `No Zotero database (zotero.sqlite) was found in "${dataDir}". Choose the Zotero data directory (Zotero: Settings → Advanced → Files and Folders).`, { path: dataDir });
  }
  return file;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function copyWithWal(from: string, toDir: string): string {
  const to = path.join(toDir, path.basename(from));
  fs.copyFileSync(from, to);
  for (const suffix of ['-wal', '-journal']) {
    if (fs.existsSync(from + suffix)) fs.copyFileSync(from + suffix, to + suffix);
  }
  return to;
}

function isSqlite(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    return fs.readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === SQLITE_MAGIC;
  } finally {
    fs.closeSync(fd);
  }
}

function notZotero(dataDir: string, detail: string): GlossaError {
  return new GlossaError('zotero.notZotero', `"${path.join(dataDir, 'zotero.sqlite')}" is not a Zotero database (${detail}).`, { path: dataDir, detail });
}

function openCopy(file: string): Database.Database {
  const db = new Database(file, dbOptions({}, true));
  db.pragma('query_only = ON');
  return db;
}

export function openZoteroSnapshot(dataDir: string): ZoteroSnapshot {
  const original = requireDatabase(dataDir);
  const dir = makePrivateCopyDir();
  const handles: Database.Database[] = [];
  const close = () => {
    for (const h of handles) {
      try {
        h.close();
      } catch {
        // Already closed.
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const copy = copyWithWal(original, dir);
    if (!isSqlite(copy)) throw notZotero(dataDir, 'not an SQLite file');
    let db: Database.Database;
    try {
      db = openCopy(copy);
      handles.push(db);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (err) {
      throw notZotero(dataDir, (err as Error).message);
    }
    const schema = checkZoteroSchema(db, dataDir);
    let bbt: Database.Database | null = null;
    const bbtFile = path.join(path.dirname(original), 'better-bibtex.sqlite');
    if (fs.existsSync(bbtFile)) {
      try {
        bbt = openCopy(copyWithWal(bbtFile, dir));
        handles.push(bbt);
        bbt.prepare('SELECT count(*) FROM sqlite_master').get();
      } catch {
        bbt = null; // A broken plugin database costs the citekeys, never the import.
      }
    }
    return { dataDir: path.resolve(dataDir), db, bbt, schema, close };
  } catch (err) {
    close();
    throw err;
  }
}

/** Runs `fn` on a fresh snapshot and removes the copy afterwards, whatever happens. */
export async function withZoteroSnapshot<T>(dataDir: string, fn: (s: ZoteroSnapshot) => T | Promise<T>): Promise<T> {
  const snap = openZoteroSnapshot(dataDir);
  try {
    return await fn(snap);
  } finally {
    snap.close();
  }
}
