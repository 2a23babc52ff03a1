// Opens project files with the pragmas every connection needs, after refusing files we
// must not touch. Order matters: header check (no SQLite) -> read-only quick_check ->
// read-write open with WAL, synchronous=FULL, foreign keys -> migrations.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { GlossaError } from '../../shared/errors';
import { GLOSSA_APPLICATION_ID, readSqliteHeader } from './file-header';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations/index';

export type Db = Database.Database;

export interface OpenOptions {
  /** Create the file if it does not exist (and refuse if it does). */
  create?: boolean;
  /** Path to a better-sqlite3 native binding (Electron's ABI differs from Node's). */
  nativeBinding?: string;
}

let defaultNativeBinding: string | undefined;

/** The binding every open uses (worker threads are told it: they do not share this module). */
export function currentNativeBinding(): string | undefined {
  return defaultNativeBinding;
}

/** Electron's main sets this once so every open uses the Electron build of better-sqlite3. */
export function setNativeBinding(path: string | undefined): void {
  defaultNativeBinding = path;
}

function dbOptions(opts: OpenOptions, readonly: boolean): Database.Options {
  const nativeBinding = opts.nativeBinding ?? defaultNativeBinding;
  return { readonly, fileMustExist: !opts.create || readonly, ...(nativeBinding ? { nativeBinding } : {}) };
}

/**
 * Applies the per-connection pragmas. synchronous=FULL: every acknowledged commit is durable.
 * cache_size 32 MiB (SQLite's default is 2 MiB): search over 11,000 pages touched ~10 MB of
 * index and page rows, and with the default cache its p50 went from ~12 ms to ~65 ms.
 */
export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -32768');
  db.pragma('temp_store = MEMORY');
}

/**
 * Even a read-only connection to a WAL database creates -wal and -shm files and leaves them
 * behind (measured with better-sqlite3 12 / SQLite 3.53). The check must not leave traces
 * next to a file it refuses, so it removes the side files it created: with no -shm before
 * the check, no other connection was using the file; a read-only connection writes no WAL
 * frames, so a -wal it created is empty. (`immutable=1` URIs would avoid the files, but
 * better-sqlite3 only honours URIs when SQLITE_USE_URI=1 is set in the environment.)
 */
function removeSideFilesCreatedByCheck(path: string, hadWal: boolean, hadShm: boolean): void {
  try {
    if (!hadWal && fs.existsSync(`${path}-wal`) && fs.statSync(`${path}-wal`).size === 0) fs.rmSync(`${path}-wal`);
    if (!hadShm) fs.rmSync(`${path}-shm`, { force: true });
  } catch {
    // Best effort: a leftover empty side file is harmless to SQLite.
  }
}

/**
 * Checks that an existing file is a Glossa project this version can open, without
 * modifying it. Throws GlossaError with a user-facing message otherwise.
 */
export function checkProjectFile(path: string, opts: OpenOptions = {}): void {
  if (!fs.existsSync(path)) {
    throw new GlossaError('project.notFound', `Project file not found: ${path}`, { path });
  }
  const header = readSqliteHeader(path);
  if (!header.isSqlite) {
    throw new GlossaError('project.notGlossa', `Not a Glossa project file (not an SQLite database): ${path}`, { path });
  }
  if (header.applicationId !== GLOSSA_APPLICATION_ID) {
    throw new GlossaError('project.notGlossa', `Not a Glossa project file: ${path}`, { path });
  }
  if (header.userVersion > LATEST_SCHEMA_VERSION) {
    throw new GlossaError(
      'project.newerVersion',
      `This project was saved by a newer version of Glossa (file format ${header.userVersion}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Glossa to open it; the file was not changed.`,
      { version: header.userVersion, supported: LATEST_SCHEMA_VERSION },
    );
  }
  const hadWal = fs.existsSync(`${path}-wal`);
  const hadShm = fs.existsSync(`${path}-shm`);
  let ro: Db | undefined;
  try {
    ro = new Database(path, dbOptions(opts, true));
    const rows = ro.pragma('quick_check') as Array<{ quick_check: string }>;
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length > 0) {
      throw new GlossaError('project.damaged', `The project file is damaged and was not opened: ${problems.slice(0, 3).join('; ')}`, {
        detail: problems.slice(0, 3).join('; '),
      });
    }
  } catch (err) {
    if (err instanceof GlossaError) throw err;
    const msg = err instanceof Error ? err.message : String(err);
    throw new GlossaError('project.damaged', `The project file is damaged and was not opened: ${msg}`, { detail: msg });
  } finally {
    ro?.close();
    removeSideFilesCreatedByCheck(path, hadWal, hadShm);
  }
}

/**
 * Runs SQLite's full integrity_check on a closed file through a read-only connection and
 * returns the problems found ([] when the file is sound). Used on every backup before it
 * is kept and before one is restored; it reads the whole file, ~1 s per GB.
 */
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
 * (quick_check costs seconds on a large project), but refuses a file not at our version.
 */
export function openCheckedProjectDb(path: string, opts: OpenOptions = {}): Db {
  if (!fs.existsSync(path)) throw new GlossaError('project.notFound', `Project file not found: ${path}`, { path });
  const db = new Database(path, dbOptions({ ...opts, create: false }, false));
  try {
    applyPragmas(db);
    db.pragma('trusted_schema = OFF');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== LATEST_SCHEMA_VERSION) {
      throw new GlossaError('project.damaged', `The open project changed on disk (format ${version}); reopen it.`, { detail: String(version) });
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
