// Opens project files with the pragmas every connection needs, after refusing files we
// must not touch. Order matters: checkProjectFile (file-check.ts: header without SQLite,
// then a read-only connection, on a private copy when a -wal exists: version and
// application id after the WAL, exact schema whitelist, quick_check) -> read-write open
// with WAL, synchronous=FULL, foreign keys, trusted_schema off -> migrations.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { GlossaError } from '../../shared/errors';
import { checkProjectFile, newerVersion, removeSideFilesCreatedByCheck } from './file-check';
import { GLOSSA_APPLICATION_ID } from './file-header';
import { LATEST_SCHEMA_VERSION, currentVersion, migrate } from './migrations/index';
import { dbOptions, type OpenOptions } from './sqlite-options';

export type Db = Database.Database;
export type { OpenOptions };
export { checkProjectFile };
export { currentNativeBinding, setNativeBinding } from './sqlite-options';

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

/** integrity_check on a read-only connection (for backups); leaves no side files it created. */
export function integrityProblems(path: string, opts: OpenOptions = {}): string[] {
  const hadWal = fs.existsSync(`${path}-wal`);
  const hadShm = fs.existsSync(`${path}-shm`);
  let ro: Db | undefined;
  try {
    ro = new Database(path, dbOptions(opts, true));
    const rows = ro.pragma('integrity_check') as Array<{ integrity_check: string }>;
    return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  } catch (err) {
    return [err instanceof Error ? err.message : String(err)];
  } finally {
    ro?.close();
    removeSideFilesCreatedByCheck(path, hadWal, hadShm);
  }
}

/**
 * Switches a closed copy (a backup) from WAL to a rollback journal, so the copy is one file
 * that a read-only look (integrity_check, the sqlite3 tool) leaves without -wal / -shm beside
 * it. Opening it as a project switches it back to WAL.
 */
export function useRollbackJournal(path: string, opts: OpenOptions = {}): void {
  const db = new Database(path, dbOptions({ ...opts, create: false }, false));
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** A plain read-only connection (no pragmas, no migrations), e.g. to copy a closed file with the backup API. */
export function openReadOnlyDb(path: string, opts: OpenOptions = {}): Db {
  return new Database(path, dbOptions(opts, true));
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

/**
 * A second connection to a project the backend has already checked, migrated and holds open
 * (for the job threads: main/core/jobs). Skips the file checks, which read the whole file
 * (quick_check and the row checks cost seconds on a large project), but refuses a file not
 * at our version.
 */
export function openCheckedProjectDb(path: string, opts: OpenOptions = {}): Db {
  if (!fs.existsSync(path)) throw new GlossaError('project.notFound', `Project file not found: ${path}`, { path });
  const db = new Database(path, dbOptions({ ...opts, create: false }, false));
  try {
    db.pragma('trusted_schema = OFF');
    applyPragmas(db);
    const version = currentVersion(db);
    if (version !== LATEST_SCHEMA_VERSION) {
      throw new GlossaError('project.damaged', `The open project changed on disk (format ${version}); reopen it.`, { detail: String(version) });
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
