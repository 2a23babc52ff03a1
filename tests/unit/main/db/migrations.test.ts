// Migrations: an empty file migrates to the latest version with the expected tables;
// re-opening is a no-op; the application id is set.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProjectDb } from '../../../../main/db/connection';
import { GLOSSA_APPLICATION_ID } from '../../../../main/db/file-header';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate } from '../../../../main/db/migrations/index';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-mig-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('are numbered upwards from 1, each version once (4-6 are held by parallel branches)', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    versions.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(versions[i]));
  });

  it('migrate an empty project to the latest version', () => {
    const file = path.join(dir, 'a.glossa');
    const db = openProjectDb(file, { create: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(GLOSSA_APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['meta', 'documents', 'document_files', 'pages', 'pages_fts']));
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('migrates a file from every earlier version', () => {
    for (let from = 0; from < LATEST_SCHEMA_VERSION; from++) {
      const file = path.join(dir, `v${from}.glossa`);
      const db = openProjectDb(file, { create: true });
      db.close();
      // Rebuild a file at version `from` by applying only the first `from` migrations.
      fs.rmSync(file);
      const Database = require('better-sqlite3');
      const raw = new Database(file);
      raw.pragma(`application_id = ${GLOSSA_APPLICATION_ID}`);
      for (const m of MIGRATIONS.filter((x) => x.version <= from)) m.up(raw);
      raw.pragma(`user_version = ${from}`);
      raw.close();
      const reopened = openProjectDb(file);
      expect(reopened.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      reopened.close();
    }
  });
});
