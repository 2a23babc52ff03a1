// Opens project files with the pragmas every connection needs, after refusing files we
// must not touch. Order matters: checkProjectFile (file-check.ts: header without SQLite,
// then a read-only connection, on a private copy when a -wal exists: version and
// application id after the WAL, exact schema whitelist, quick_check) -> read-write open
// with WAL, synchronous=FULL, foreign keys, trusted_schema off -> migrations.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { GlossaError } from '../../shared/errors';
import { checkProjectFile, newerVersion } from './file-check';
import { GLOSSA_APPLICATION_ID } from './file-header';
import { LATEST_SCHEMA_VERSION, currentVersion, migrate } from './migrations/index';
import { dbOptions, type OpenOptions } from './sqlite-options';

export type Db = Database.Database;
export type { OpenOptions };
export { checkProjectFile };
export { setNativeBinding } from './sqlite-options';

/**
 * Applies the per-connection pragmas. synchronous=FULL: every acknowledged commit is durable.
 * cache_size 32 MiB (SQLite's default is 2 MiB): search over 11,000 pages touched ~10 MB of
 * index and page rows, and with the default cache its p50 went from ~12 ms to ~65 ms.
 * trusted_schema off: nothing in a file's schema may call functions with side effects (the
 * whitelist already refuses such schemas; this is the second lock).
 */
export function applyPragmas(db: Db): void {
  db.pragma('trusted_schema = OFF');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -32768');
  db.pragma('temp_store = MEMORY');
}

/** Opens (or creates) a project database ready for use, migrated to the latest schema. */
export function openProjectDb(path: string, opts: OpenOptions = {}): Db {
  if (opts.create) {
    if (fs.existsSync(path)) {
      throw new GlossaError('project.alreadyExists', `A file already exists at ${path}`, { path });
    }
  } else {
    checkProjectFile(path, opts);
  }
  const db = new Database(path, dbOptions(opts, false));
  try {
    db.pragma('trusted_schema = OFF');
    // The file may have changed since the check: read the version this connection sees
    // before the first write (journal_mode, migrations).
    if (!opts.create && currentVersion(db) > LATEST_SCHEMA_VERSION) throw newerVersion(currentVersion(db));
    applyPragmas(db);
    if (opts.create) db.pragma(`application_id = ${GLOSSA_APPLICATION_ID}`);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
