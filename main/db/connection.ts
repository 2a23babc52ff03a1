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

/** Electron's main sets this once so every open uses the Electron build of better-sqlite3. */
export function setNativeBinding(path: string | undefined): void {
  defaultNativeBinding = path;
}

function dbOptions(opts: OpenOptions, readonly: boolean): Database.Options {
  const nativeBinding = opts.nativeBinding ?? defaultNativeBinding;
  return { readonly, fileMustExist: !opts.create || readonly, ...(nativeBinding ? { nativeBinding } : {}) };
}

/** Applies the per-connection pragmas. synchronous=FULL: every acknowledged commit is durable. */
export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
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
  }
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
