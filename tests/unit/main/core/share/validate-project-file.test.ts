// Received project files: each hostile file is refused with a clear message, the user's
// project stays byte-identical (sha256 before and after) and no backup is written; a genuine
// file validates; an older one is migrated as a copy, never in place.
import fs from 'node:fs';
import { searchPages } from '../../../../../main/db/repositories/search';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { mergeProject } from '../../../../../main/core/share/merge';
import { validateProjectFile } from '../../../../../main/core/share/validate-project-file';
import { GlossaError } from '../../../../../shared/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../../main/db/migrations/index';
import * as hostile from '../../../../fixtures/hostile/hostile-projects';
import { ALICE, sha256File, type Workspace, workspace } from './share-fixture';

let ws: Workspace;
afterEach(() => ws?.cleanup());

async function expectRefusedMerge(make: (file: string) => void, message: RegExp): Promise<void> {
  const mine = ws.file('mine.glossa');
  if (!fs.existsSync(mine)) hostile.genuineProject(mine);
  const received = ws.file(`received-${Math.random().toString(36).slice(2)}.glossa`);
  make(received);
  const receivedBefore = sha256File(received);
  const before = sha256File(mine);
  const h = openProject(mine);
  try {
    await expect(mergeProject(h, received, { coder: ALICE })).rejects.toThrow(message);
  } finally {
    closeProject(h);
  }
  expect(sha256File(mine)).toBe(before);
  expect(sha256File(received)).toBe(receivedBefore);
  expect(fs.readdirSync(ws.dir).filter((f) => f.includes('.bak-'))).toEqual([]);
}

describe('validateProjectFile', () => {
  it('accepts a genuine project and reads it through a read-only connection', () => {
    ws = workspace();
    hostile.genuineProject(ws.file('ok.glossa'));
    const v = validateProjectFile(ws.file('ok.glossa'));
    try {
      expect(v.version).toBe(LATEST_SCHEMA_VERSION);
      expect(v.db.readonly).toBe(true);
      expect(() => v.db.exec('DELETE FROM documents')).toThrow();
    } finally {
      v.close();
    }
  });

  it('refuses a trigger, a view, an extra or altered table, broken references and a newer version', async () => {
    ws = workspace();
    await expectRefusedMerge(hostile.withTrigger, /triggers \(evil\)/);
    await expectRefusedMerge(hostile.withView, /views \(evil\)/);
    await expectRefusedMerge(hostile.withExtraTable, /unexpected: table extra/);
    await expectRefusedMerge(hostile.withAlteredTable, /missing or altered: table codes/);
    await expectRefusedMerge(hostile.fromNewerVersion, /newer version of Glossa/);
    await expectRefusedMerge(hostile.withDanglingRows, /refer to missing items/);
    await expectRefusedMerge((f) => fs.writeFileSync(f, 'not a database at all, just text'), /Not a Glossa project/);
  });

  it('random byte flips: each file is either refused with a GlossaError or validates (12 seeds)', async () => {
    ws = workspace();
    const genuine = ws.file('genuine.glossa');
    hostile.genuineProject(genuine);
    const outcomes: string[] = [];
    for (let seed = 1; seed <= 12; seed++) {
      const f = ws.file(`flip-${seed}.glossa`);
      hostile.flipBytes(genuine, f, seed, 4 + (seed % 5) * 4);
      try {
        validateProjectFile(f).close();
        outcomes.push('ok');
      } catch (err) {
        expect(err).toBeInstanceOf(GlossaError);
        expect((err as GlossaError).message.length).toBeGreaterThan(10);
        outcomes.push((err as GlossaError).code);
      }
    }
    expect(outcomes).toHaveLength(12);
    expect(outcomes.some((o) => o !== 'ok')).toBe(true);
  });

  it('migrates an older file as a copy and leaves the received file untouched', () => {
    ws = workspace();
    const f = ws.file('old.glossa');
    const db = new Database(f);
    db.pragma('journal_mode = WAL');
    db.pragma('application_id = 0x476c6f73');
    // A format-1 project: only the first migration.
    MIGRATIONS[0].up(db);
    db.pragma('user_version = 1');
    db.exec("INSERT INTO meta (key, value) VALUES ('id', 'old-project'), ('name', 'Old')");
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = sha256File(f);
    const v = validateProjectFile(f);
    try {
      expect(v.version).toBe(1);
      expect(v.migrated).toBe(true);
      expect(v.path).not.toBe(f);
      expect(v.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    } finally {
      v.close();
    }
    expect(sha256File(f)).toBe(before);
  });

  it('gives a received pre-7 file, in its migrated copy, a filled stemmed index that passes the whitelist', () => {
    ws = workspace();
    const f = ws.file('old-pages.glossa');
    const db = new Database(f);
    db.pragma('application_id = 0x476c6f73');
    for (const m of MIGRATIONS.filter((x) => x.version <= 3)) m.up(db);
    db.pragma('user_version = 3');
    db.exec("INSERT INTO meta (key, value) VALUES ('id', 'old-pages'), ('name', 'Old')");
    db.prepare(`INSERT INTO documents (id, sha256, file_name, title, page_count, byte_size, imported_at, updated_at)
      VALUES ('d1', ?, 'a.pdf', 'Old', 1, 1, 'x', 'x')`).run('a'.repeat(64));
    db.prepare('INSERT INTO document_files (document_id, bytes) VALUES (?, ?)').run('d1', Buffer.from('x'));
    const id = db.prepare("INSERT INTO pages (document_id, page_index, text) VALUES ('d1', 0, 'Борьба с торговлей людьми.')").run().lastInsertRowid;
    db.prepare('INSERT INTO pages_fts (rowid, body) VALUES (?, ?)').run(id, 'борьба с торговлей людьми.');
    db.close();
    const before = sha256File(f);
    const v = validateProjectFile(f);
    try {
      expect(v.migrated).toBe(true);
      expect(searchPages(v.db, { text: 'торговля' }).hits.map((h) => h.pageIndex)).toEqual([0]);
    } finally {
      v.close();
    }
    expect(sha256File(f)).toBe(before);
  });
});
