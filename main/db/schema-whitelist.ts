// The exact schema whitelist every project file is held to on every open (Project ▸ Open,
// recent projects, the web host's --project, each CLI command, received files, merges).
// A file's sqlite_master (type, name, tbl_name, sql) must equal, byte for byte, that of a
// fresh database built by our own migrations up to the file's user_version, so the whitelist
// follows every new migration by itself. Glossa creates no triggers and no views: they run
// code on reads and writes (an AFTER INSERT trigger can delete codings behind the user's
// back), so they are named first. The comparison is exact on purpose: folding whitespace let
// a non-breaking space in the FTS tokenizer option through, and search then broke.
import Database from 'better-sqlite3';
import { GlossaError } from '../../shared/errors';
import type { Db } from './connection';
import { MIGRATIONS } from './migrations/index';
import { readSchema, type SchemaObject } from './repositories/schema';

export type { SchemaObject };

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
  return new GlossaError('share.untrustedSchema', `${message} The file was not opened and was not changed.`, { detail });
}

/** Names for a message: control and invisible characters shown as \u escapes. */
export function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u2000-\u200f\u2028-\u202f\u205f-\u206f\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Compares a connection's schema with the whitelist for `version`; throws share.untrustedSchema. */
export function assertSchemaWhitelisted(db: Db, version: number): void {
  const actual = readSchema(db);
  const named = (type: string) => actual.filter((o) => o.type === type).map((o) => printable(o.name));
  const triggers = named('trigger');
  if (triggers.length > 0) throw untrusted(`This project file contains triggers (${triggers.slice(0, 3).join(', ')}), which Glossa never creates.`, `triggers: ${triggers.slice(0, 3).join(', ')}`);
  const views = named('view');
  if (views.length > 0) throw untrusted(`This project file contains views (${views.slice(0, 3).join(', ')}), which Glossa never creates.`, `views: ${views.slice(0, 3).join(', ')}`);
  const expected = expectedSchema(version);
  const want = new Set(expected.map(key));
  const have = new Set(actual.map(key));
  const extra = actual.filter((o) => !want.has(key(o))).map((o) => `${o.type} ${printable(o.name)}`);
  const missing = expected.filter((o) => !have.has(key(o))).map((o) => `${o.type} ${o.name}`);
  if (extra.length > 0 || missing.length > 0) {
    const parts = [extra.length ? `unexpected: ${extra.slice(0, 5).join(', ')}` : '', missing.length ? `missing or altered: ${missing.slice(0, 5).join(', ')}` : '']
      .filter(Boolean)
      .join('; ');
    throw untrusted(`This project file's structure differs from a Glossa project of format ${version} (${parts}).`, parts);
  }
}
