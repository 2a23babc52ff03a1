// Checks a project file received from someone else before anything reads its contents:
//   1. header (SQLite, Glossa's application_id, not from a newer version) and quick_check —
//      checkProjectFile, which never writes to the file;
//   2. an EXACT schema whitelist: the file's sqlite_master (type, name, tbl_name, sql with
//      whitespace collapsed) must equal that of a fresh database built by our own migrations
//      up to the file's user_version, so the whitelist follows every new migration by itself.
//      Triggers and views are refused by name first (they run code on reads and writes);
//   3. foreign-key consistency, so a merge never copies dangling rows.
// All checks read a private copy in a temp folder, through a separate READ-ONLY connection
// (never ATTACHed to the user's project) with trusted_schema off; a file from an older
// version is migrated in that copy. The received file itself is only ever copied.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { GlossaError } from '../../../shared/errors';
import { checkProjectFile, type Db, openProjectDb } from '../../db/connection';
import { readSqliteHeader } from '../../db/file-header';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations/index';
import { foreignKeyProblems } from '../../db/repositories/merge';
import { makePrivateCopyDir } from './private-copies';
import { readSchema, type SchemaObject } from '../../db/repositories/schema';

export type { SchemaObject };

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

const expectedCache = new Map<number, SchemaObject[]>();

/** The schema our migrations produce at `version` (an in-memory database: same sqlite_master as a file). */
export function expectedSchema(version: number): SchemaObject[] {
  const cached = expectedCache.get(version);
  if (cached) return cached;
  const db = new Database(':memory:');
  try {
    db.transaction(() => {
      for (const m of MIGRATIONS) if (m.version <= version) m.up(db);
    })();
    const schema = readSchema(db);
    expectedCache.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

function key(o: SchemaObject): string {
  return JSON.stringify([o.type, o.name, o.tblName, o.sql]);
}

function untrusted(message: string, detail: string): GlossaError {
  return new GlossaError('share.untrustedSchema', `${message} The file was not used and was not changed.`, { detail });
}

/** Compares a connection's schema with the whitelist for `version`; throws share.untrustedSchema. */
export function assertSchemaWhitelisted(db: Db, version: number): void {
  const actual = readSchema(db);
  const triggers = actual.filter((o) => o.type === 'trigger').map((o) => o.name);
  if (triggers.length > 0) throw untrusted(`This project file contains triggers (${triggers.slice(0, 3).join(', ')}), which Glossa never creates.`, triggers.join(', '));
  const views = actual.filter((o) => o.type === 'view').map((o) => o.name);
  if (views.length > 0) throw untrusted(`This project file contains views (${views.slice(0, 3).join(', ')}), which Glossa never creates.`, views.join(', '));
  const expected = expectedSchema(version);
  const want = new Set(expected.map(key));
  const have = new Set(actual.map(key));
  const extra = actual.filter((o) => !want.has(key(o))).map((o) => `${o.type} ${o.name}`);
  const missing = expected.filter((o) => !have.has(key(o))).map((o) => `${o.type} ${o.name}`);
  if (extra.length > 0 || missing.length > 0) {
    const parts = [extra.length ? `unexpected: ${extra.slice(0, 5).join(', ')}` : '', missing.length ? `missing or altered: ${missing.slice(0, 5).join(', ')}` : '']
      .filter(Boolean)
      .join('; ');
    throw untrusted(`This project file's structure differs from a Glossa project of format ${version} (${parts}).`, parts);
  }
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
    checkProjectFile(copy); // header, application id, newer version, quick_check
    const version = readSqliteHeader(copy).userVersion;
    db = openReadOnly(copy);
    assertSchemaWhitelisted(db, version);
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
