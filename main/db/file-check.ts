// Checks that an existing file is a Glossa project this version can open, before anything
// opens it for writing; run on EVERY open (Project ▸ Open, recent projects, the web host's
// --project, each CLI command, received files and merges):
//   1. the 100-byte header (no SQLite): SQLite at all, Glossa's application_id, not newer;
//   2. a read-only connection with trusted_schema off: application_id and user_version as
//      SQLite sees them (after the WAL), the exact schema whitelist (schema-whitelist.ts),
//      quick_check, and every row held to the handlers' rules (row-check.ts).
// When a non-empty -wal side file exists, its commits are part of the database but not of
// the header: a newer version (or a trigger) can hide there. Step 2 then runs on a private
// copy of file + -wal in a temp folder (always removed), so the user's files are only read.
// Without a -wal the check reads the file in place and removes the side files it created.
import fs from 'node:fs';
import { makePrivateCopyDir } from './private-copies';
import path from 'node:path';
import Database from 'better-sqlite3';
import { GlossaError } from '../../shared/errors';
import type { Db } from './connection';
import { GLOSSA_APPLICATION_ID, readSqliteHeader } from './file-header';
import { LATEST_SCHEMA_VERSION } from './migrations/index';
import { assertRowsValid } from './row-check';
import { assertSchemaWhitelisted } from './schema-whitelist';
import { dbOptions, type OpenOptions } from './sqlite-options';

export interface CheckedFile {
  /** The file's format version as SQLite reads it, WAL applied. */
  version: number;
}

export function notGlossa(file: string, why = ''): GlossaError {
  return new GlossaError('project.notGlossa', `Not a Glossa project file${why}: ${file}`, { path: file });
}

export function newerVersion(version: number): GlossaError {
  return new GlossaError(
    'project.newerVersion',
    `This project was saved by a newer version of Glossa (file format ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Glossa to open it; the file was not changed.`,
    { version, supported: LATEST_SCHEMA_VERSION },
  );
}

function damaged(detail: string): GlossaError {
  return new GlossaError('project.damaged', `The project file is damaged and was not opened: ${detail}`, { detail });
}

/**
 * Even a read-only connection to a WAL database creates -wal and -shm files and leaves them
 * behind (measured with better-sqlite3 12 / SQLite 3.53). The check must not leave traces
 * next to a file it refuses, so it removes the side files it created: with no -shm before
 * the check, no other connection was using the file; a read-only connection writes no WAL
 * frames, so a -wal it created is empty. (`immutable=1` URIs would avoid the files, but
 * better-sqlite3 only honours URIs when SQLITE_USE_URI=1 is set in the environment.)
 */
export function removeSideFilesCreatedByCheck(file: string, hadWal: boolean, hadShm: boolean): void {
  try {
    if (!hadWal && fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size === 0) fs.rmSync(`${file}-wal`);
    if (!hadShm) fs.rmSync(`${file}-shm`, { force: true });
  } catch {
    // Best effort: a leftover empty side file is harmless to SQLite.
  }
}

/** Step 2 on `file` (the project itself, or a private copy of it with its WAL). */
function inspect(file: string, shownAs: string, opts: OpenOptions): CheckedFile {
  let ro: Db | undefined;
  try {
    ro = new Database(file, dbOptions(opts, true));
    // A schema we have not checked yet must not be able to call functions with side effects.
    ro.pragma('trusted_schema = OFF');
    if (ro.pragma('application_id', { simple: true }) !== GLOSSA_APPLICATION_ID) throw notGlossa(shownAs);
    const version = ro.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) throw newerVersion(version);
    assertSchemaWhitelisted(ro, version);
    const rows = ro.pragma('quick_check') as Array<{ quick_check: string }>;
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length > 0) throw damaged(problems.slice(0, 3).join('; '));
    assertRowsValid(ro, version);
    return { version };
  } catch (err) {
    if (err instanceof GlossaError) throw err;
    throw damaged(err instanceof Error ? err.message : String(err));
  } finally {
    ro?.close();
  }
}

/** Step 2 on a private copy of file + -wal: SQLite applies the WAL there, never here. */
function inspectCopyWithWal(file: string, opts: OpenOptions): CheckedFile {
  const tmpDir = makePrivateCopyDir(); // named after this process: a killed check's copy is swept by the next
  const copy = path.join(tmpDir, 'check.glossa');
  try {
    fs.copyFileSync(file, copy);
    fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    return inspect(copy, file, opts);
  } catch (err) {
    const e = err instanceof GlossaError ? err : damaged(err instanceof Error ? err.message : String(err));
    // Messages name the user's file, not our private copy.
    throw e.message.includes(copy) ? new GlossaError(e.code, e.message.split(copy).join(file), e.params) : e;
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
}

/**
 * Checks that an existing file is a Glossa project this version can open, without
 * modifying it. Throws GlossaError with a user-facing message otherwise.
 */
export function checkProjectFile(file: string, opts: OpenOptions = {}): CheckedFile {
  if (!fs.existsSync(file)) {
    throw new GlossaError('project.notFound', `Project file not found: ${file}`, { path: file });
  }
  const header = readSqliteHeader(file);
  if (!header.isSqlite) throw notGlossa(file, ' (not an SQLite database)');
  if (header.applicationId !== GLOSSA_APPLICATION_ID) throw notGlossa(file);
  if (header.userVersion > LATEST_SCHEMA_VERSION) throw newerVersion(header.userVersion);
  const wal = `${file}-wal`;
  const hadWal = fs.existsSync(wal);
  if (hadWal && fs.statSync(wal).size > 0) return inspectCopyWithWal(file, opts);
  const hadShm = fs.existsSync(`${file}-shm`);
  try {
    return inspect(file, file, opts);
  } finally {
    removeSideFilesCreatedByCheck(file, hadWal, hadShm);
  }
}
