// Checks a project file received from someone else before anything reads its contents:
//   1. checkProjectFile (main/db/file-check.ts), the check every open runs: header, version
//      and application id after the WAL, the EXACT schema whitelist (main/db/schema-
//      whitelist.ts: no triggers, no views, nothing our migrations do not make), quick_check,
//      and every row held to the handlers' rules (main/db/row-check.ts, shared/rules/);
//   2. after migrating an older file's copy, the whitelist again at the latest version;
//   3. foreign-key consistency, so a merge never copies dangling rows.
// All checks read a private copy in a temp folder, through a separate READ-ONLY connection
// (never ATTACHed to the user's project) with trusted_schema off; a file from an older
// version is migrated in that copy. The received file itself is only ever copied.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { GlossaError } from '../../../shared/errors';
import { checkProjectFile, type Db, openProjectDb } from '../../db/connection';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index';
import { foreignKeyProblems } from '../../db/repositories/merge';
import { assertSchemaWhitelisted } from '../../db/schema-whitelist';
import { makePrivateCopyDir } from '../../db/private-copies';

export interface ValidatedProject {
  /** The file to read: the received file itself, or a migrated copy of it. */
  path: string;
  /** Read-only connection on `path`. */
  db: Db;
  /** The received file's format version (before any migration of the copy). */
  version: number;
  migrated: boolean;
  /** Closes the connection and removes the migrated copy, if any. */
  close(): void;
}

function openReadOnly(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  // A schema we have not checked yet must not be able to call functions with side effects.
  db.pragma('trusted_schema = OFF');
  return db;
}

function asDamaged(err: unknown): GlossaError {
  if (err instanceof GlossaError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  return new GlossaError('project.damaged', `The project file is damaged and was not used: ${msg}`, { detail: msg });
}

/**
 * Validates a received project file; returns a read-only connection to it (or to a migrated
 * copy). Throws GlossaError (project.* or share.*) with a user-facing message otherwise.
 */
export function validateProjectFile(file: string): ValidatedProject {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs)) throw new GlossaError('project.notFound', `Project file not found: ${abs}`, { path: abs });
  // Everything below reads a private copy: the received file is only ever read by this copy,
  // gets no -wal/-shm side files, and cannot change between the checks and the merge.
  const tmpDir = makePrivateCopyDir(); // also removes copies left by killed checks
  const copy = path.join(tmpDir, 'received.glossa');
  let db: Db | undefined;
  const cleanup = () => {
    if (db?.open) db.close();
    fs.rmSync(tmpDir, { recursive: true, force: true });
  };
  try {
    fs.copyFileSync(abs, copy);
    // A project still open elsewhere keeps its latest commits in the -wal file; SQLite reads
    // them from the copy's -wal the same way (and the checks below see them).
    if (fs.existsSync(`${abs}-wal`)) fs.copyFileSync(`${abs}-wal`, `${copy}-wal`);
    // Header, application id and version after the WAL, exact schema whitelist, quick_check.
    const { version } = checkProjectFile(copy);
    db = openReadOnly(copy);
    let migrated = false;
    if (version < LATEST_SCHEMA_VERSION) {
      db.close();
      const rw = openProjectDb(copy); // migrates the copy, never the received file
      rw.pragma('wal_checkpoint(TRUNCATE)');
      rw.close();
      migrated = true;
      db = openReadOnly(copy);
      assertSchemaWhitelisted(db, LATEST_SCHEMA_VERSION);
    }
    const fk = foreignKeyProblems(db);
    if (fk > 0) {
      throw new GlossaError('share.badContent', `This project file has ${fk} rows that refer to missing items; it was not used.`, { count: fk });
    }
    return { path: copy, db, version, migrated, close: cleanup };
  } catch (err) {
    cleanup();
    const e = asDamaged(err);
    // Messages name the file the user chose, not our private copy.
    throw e.message.includes(copy) ? new GlossaError(e.code, e.message.split(copy).join(abs), e.params) : e;
  }
}
