// The private snapshot of zotero.sqlite: a database held by another process the way Zotero
// holds it (locking_mode=EXCLUSIVE, WAL, a write not yet checkpointed) cannot be read in
// place, yet imports from the copy, newest change included, and the original is left as it
// was; the copy is removed afterwards. A missing directory, a file that is not SQLite,
// another SQLite database and a newer Zotero schema that changed the tables are refused with
// their own codes; a newer schema with the same tables is read and flagged.
import Database from 'better-sqlite3';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanLibrary } from '../../../../../main/core/zotero/zotero-library';
import { importFromZotero } from '../../../../../main/core/zotero/zotero-import';
import { openZoteroSnapshot, withZoteroSnapshot } from '../../../../../main/db/zotero/zotero-snapshot';
import { TESTED_USERDATA_VERSION } from '../../../../../main/db/zotero/zotero-sql';
import { listDocuments } from '../../../../../main/db/repositories/documents';
import { ExtractPool } from '../../../../../main/pdf/extract-pool';
import { toErrorData } from '../../../../../shared/errors';
import { createZoteroDatabase } from '../../../../fixtures/zotero-fixtures';
import { buildSampleLibrary, REPORT_KEY } from '../../../../fixtures/zotero-sample-library';
import { tempProject } from '../../../../helpers/temp-project';
import { ALICE } from '../../core/coding/coding-fixture';

const pool = new ExtractPool({ size: 1 });
const dirs: string[] = [];
const tmp = (prefix: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
};

afterAll(async () => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  await pool.close();
});

/** A process holding the database as Zotero does, with one write still in the WAL; resolves once it holds the lock. */
function holdLikeZotero(file: string, newTitle: string): Promise<ChildProcess> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.prepare("INSERT INTO itemDataValues (value) VALUES (?)").run(process.argv[2]);
    db.prepare("UPDATE itemData SET valueID = (SELECT valueID FROM itemDataValues WHERE value = ?) WHERE itemID = (SELECT itemID FROM items WHERE key = ?) AND fieldID = (SELECT fieldID FROM fields WHERE fieldName = 'title')").run(process.argv[2], '${REPORT_KEY}');
    process.stdout.write('locked\\n');
    process.stdin.on('data', () => {});
    process.stdin.on('end', () => { db.close(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['-e', script, file, newTitle], { cwd: path.resolve(__dirname, '../../../../..'), stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (b: Buffer) => b.toString().includes('locked') && resolve(child));
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

describe('a database Zotero holds open', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = tmp('glossa-zotero-locked-');
    (await buildSampleLibrary(dataDir)).fixture.close();
  });

  it('imports from the private copy, with the change still in the WAL, and leaves the original alone', async () => {
    const file = path.join(dataDir, 'zotero.sqlite');
    const child = await holdLikeZotero(file, 'Title written while Zotero runs');
    const p = tempProject();
    try {
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
      const before = { main: fs.readFileSync(file), wal: fs.readFileSync(`${file}-wal`) };
      // Reading in place fails: the other process holds the lock.
      const direct = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
      expect(() => direct.prepare('SELECT count(*) FROM items').get()).toThrow(/locked|busy/i);
      direct.close();

      const r = await importFromZotero(p.handle, { dataDir, items: [`1:${REPORT_KEY}`] }, { coder: ALICE, pool, ocr: false });
      expect(r.items.map((i) => i.outcome)).toEqual(['imported']);
      expect(listDocuments(p.db).map((d) => d.title)).toEqual(['Title written while Zotero runs']);
      expect(fs.readFileSync(file).equals(before.main)).toBe(true);
      expect(fs.readFileSync(`${file}-wal`).equals(before.wal)).toBe(true);
    } finally {
      p.close();
      child.stdin!.end();
      await new Promise((resolve) => child.on('exit', resolve));
    }
  });

  it('removes its private copy when done', async () => {
    let copy = '';
    await withZoteroSnapshot(dataDir, (s) => {
      copy = s.db.name;
      expect(path.dirname(copy)).not.toBe(path.resolve(dataDir));
      expect(fs.existsSync(copy)).toBe(true);
      expect(s.db.readonly).toBe(true);
    });
    expect(fs.existsSync(path.dirname(copy))).toBe(false);
  });
});

describe('what is not a Zotero database Glossa can read', () => {
  const code = (dir: string) => {
    try {
      openZoteroSnapshot(dir).close();
      return 'opened';
    } catch (err) {
      return toErrorData(err).code;
    }
  };

  it('a folder without zotero.sqlite', () => {
    expect(code(tmp('glossa-zotero-empty-'))).toBe('zotero.notFound');
    expect(code(path.join(os.tmpdir(), 'no-such-zotero-dir-4711'))).toBe('zotero.notFound');
  });

  it('a file that is not SQLite, and an SQLite file that is not Zotero', () => {
    const a = tmp('glossa-zotero-text-');
    fs.writeFileSync(path.join(a, 'zotero.sqlite'), 'this is not a database at all, just text');
    expect(code(a)).toBe('zotero.notZotero');
    const b = tmp('glossa-zotero-other-');
    const db = new Database(path.join(b, 'zotero.sqlite'));
    db.exec('CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)');
    db.close();
    expect(code(b)).toBe('zotero.notZotero');
  });

  it('a newer Zotero that changed the tables is refused; one with the same tables is read and flagged', () => {
    const dir = tmp('glossa-zotero-newer-');
    const db = createZoteroDatabase(path.join(dir, 'zotero.sqlite'));
    db.prepare("UPDATE version SET version = ? WHERE schema = 'userdata'").run(TESTED_USERDATA_VERSION + 1);
    db.close();
    const scan = (() => {
      const s = openZoteroSnapshot(dir);
      try {
        return scanLibrary(s);
      } finally {
        s.close();
      }
    })();
    expect([scan.schemaVersion, scan.newerSchema]).toEqual([TESTED_USERDATA_VERSION + 1, true]);

    const changed = new Database(path.join(dir, 'zotero.sqlite'));
    changed.exec('ALTER TABLE itemAttachments RENAME COLUMN path TO location');
    changed.prepare("UPDATE version SET version = 400 WHERE schema = 'userdata'").run();
    changed.close();
    expect(code(dir)).toBe('zotero.newerSchema');
  });
});
