// Automatic backups with real project files in temp dirs: where they go and how they are named,
// written under a temporary name and renamed only after integrity_check, rotation, the daily
// backup on open, and restoring (which backs up the current file first, and refuses a damaged
// backup leaving the project as it was).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupClosedFile, backupDirFor, dailyBackup, KEEP_BEFORE_ACTIONS, KEEP_DAILY, listBackups, writeBackup,
} from '../../../../../main/core/project/backups';
import { prepareRestore, replaceWithBackup } from '../../../../../main/core/project/backup-restore';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { listDocuments } from '../../../../../main/db/repositories/documents';
import { GlossaError } from '../../../../../shared/errors';
import { addDocument, tempProject, type TempProject } from '../../../../helpers/temp-project';

let p: TempProject;
beforeEach(() => {
  p = tempProject('glossa-backups-', 'study.glossa');
  addDocument(p.db, ['First report page about trafficking.'], { title: 'First report' });
});
afterEach(() => p.close());

const at = (iso: string) => new Date(iso);
const titlesIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT title FROM documents ORDER BY title').all() as Array<{ title: string }>).map((r) => r.title);
  } finally {
    db.close();
  }
};
const filesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
const codeOf = async (fn: () => Promise<unknown>) => {
  try {
    await fn();
  } catch (err) {
    return err instanceof GlossaError ? err.code : String(err);
  }
  return 'no error';
};

describe('writeBackup', () => {
  it('writes <project>.backups/<name>.<UTC time>.<reason>.bak that passes integrity_check and holds the project', async () => {
    const b = await writeBackup(p.db, p.handle.path, 'removal', { now: at('2026-12-01T10:15:02.345Z') });
    expect(b).toMatchObject({ name: 'study.20261201T101502Z.removal.bak', reason: 'removal', createdAt: '2026-12-01T10:15:02Z' });
    expect(path.dirname(b.path)).toBe(path.join(p.dir, 'study.glossa.backups'));
    expect(b.byteSize).toBe(fs.statSync(b.path).size);
    expect(b.byteSize).toBeGreaterThan(0);
    const db = new Database(b.path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(titlesIn(b.path)).toEqual(['First report']);
    // Only the backup itself (and no temporary or side files) is left in the folder.
    expect(filesIn(backupDirFor(p.handle.path))).toEqual([b.name]);
    // Two in the same second get distinct names.
    const again = await writeBackup(p.db, p.handle.path, 'removal', { now: at('2026-12-01T10:15:02.900Z') });
    expect(again.name).toBe('study.20261201T101502Z-2.removal.bak');
    expect(listBackups(p.handle.path).map((x) => x.name)).toEqual([again.name, b.name]);
  });

  it('writes to a temporary name first: a copy that fails half-way leaves no .bak and no temporary file', async () => {
    let tmpSeen = '';
    const code = await codeOf(() =>
      writeBackup(p.db, p.handle.path, 'merge', {
        copy: async (tmp) => {
          tmpSeen = tmp;
          await p.db.backup(tmp);
          fs.truncateSync(tmp, 4096); // half the file written, then the copy breaks
          throw new Error('disk full');
        },
      }),
    );
    expect(code).toBe('backup.failed');
    expect(path.basename(tmpSeen)).toMatch(/^\.study\.\d{8}T\d{6}Z\.merge\.bak\..+\.tmp$/);
    expect(filesIn(backupDirFor(p.handle.path))).toEqual([]);
    expect(listBackups(p.handle.path)).toEqual([]);
  });

  it('keeps no backup that fails integrity_check', async () => {
    const code = await codeOf(() =>
      writeBackup(p.db, p.handle.path, 'import', {
        copy: async (tmp) => {
          await p.db.backup(tmp);
          // Damage the copy's second page: the header still says SQLite, the b-tree is broken.
          const fd = fs.openSync(tmp, 'r+');
          fs.writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096);
          fs.closeSync(fd);
        },
      }),
    );
    expect(code).toBe('backup.failed');
    expect(listBackups(p.handle.path)).toEqual([]);
    expect(filesIn(backupDirFor(p.handle.path))).toEqual([]);
  });

  it(`rotates: keeps the newest ${KEEP_DAILY} daily and ${KEEP_BEFORE_ACTIONS} before-action backups`, async () => {
    for (let day = 1; day <= KEEP_DAILY + 3; day++) {
      await writeBackup(p.db, p.handle.path, 'open', { now: at(`2026-11-${String(day).padStart(2, '0')}T08:00:00Z`) });
    }
    const reasons = ['merge', 'removal', 'import'] as const;
    for (let i = 0; i < KEEP_BEFORE_ACTIONS + 4; i++) {
      await writeBackup(p.db, p.handle.path, reasons[i % 3], { now: at(`2026-11-20T09:${String(i).padStart(2, '0')}:00Z`) });
    }
    const list = listBackups(p.handle.path);
    const daily = list.filter((b) => b.reason === 'open');
    const actions = list.filter((b) => b.reason !== 'open');
    expect(daily.map((b) => b.createdAt.slice(0, 10))).toEqual(
      Array.from({ length: KEEP_DAILY }, (_, i) => `2026-11-${String(KEEP_DAILY + 3 - i).padStart(2, '0')}`),
    );
    expect(actions).toHaveLength(KEEP_BEFORE_ACTIONS);
    expect(actions[0].createdAt).toBe(`2026-11-20T09:${String(KEEP_BEFORE_ACTIONS + 3).padStart(2, '0')}:00Z`);
    expect(actions[actions.length - 1].createdAt).toBe('2026-11-20T09:04:00Z');
    expect(filesIn(backupDirFor(p.handle.path))).toHaveLength(KEEP_DAILY + KEEP_BEFORE_ACTIONS);
  });

  it('lists only its own project\'s backups: other files in the folder are ignored', async () => {
    const dir = backupDirFor(p.handle.path);
    await writeBackup(p.db, p.handle.path, 'merge');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    fs.writeFileSync(path.join(dir, 'other.20261201T101502Z.merge.bak'), 'another project of the same folder name');
    fs.writeFileSync(path.join(dir, '.study.20261201T101502Z.merge.bak.abc.tmp'), '');
    expect(listBackups(p.handle.path).map((b) => b.reason)).toEqual(['merge']);
  });
});

describe('dailyBackup', () => {
  it('writes one on open at most every 24 hours', async () => {
    const first = await dailyBackup(p.db, p.handle.path, at('2026-12-01T08:00:00Z'));
    expect(first?.reason).toBe('open');
    expect(await dailyBackup(p.db, p.handle.path, at('2026-12-01T20:00:00Z'))).toBeNull();
    expect(await dailyBackup(p.db, p.handle.path, at('2026-12-02T07:59:59Z'))).toBeNull();
    // A backup before an action does not count as the daily one.
    await writeBackup(p.db, p.handle.path, 'removal', { now: at('2026-12-02T08:30:00Z') });
    const next = await dailyBackup(p.db, p.handle.path, at('2026-12-02T08:30:01Z'));
    expect(next?.createdAt).toBe('2026-12-02T08:30:01Z');
    expect(listBackups(p.handle.path).filter((b) => b.reason === 'open')).toHaveLength(2);
  });
});

describe('restore', () => {
  it('backs up the current file first, then puts the backup in place', async () => {
    const old = await writeBackup(p.db, p.handle.path, 'removal', { now: at('2026-12-01T09:00:00Z') });
    addDocument(p.db, ['Second report page.'], { title: 'Second report' });
    const result = await prepareRestore(p.handle.path, old.name, p.db);
    expect(result.restored.name).toBe(old.name);
    expect(result.safety?.reason).toBe('restore');
    expect(titlesIn(result.safety!.path)).toEqual(['First report', 'Second report']);
    closeProject(p.handle);
    replaceWithBackup(p.handle.path, result.restored);
    const reopened = openProject(p.handle.path);
    try {
      expect(listDocuments(reopened.db).map((d) => d.title)).toEqual(['First report']);
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      closeProject(reopened);
    }
    // The state before the restore can itself be restored.
    expect(listBackups(p.handle.path).map((b) => b.reason)).toEqual(['restore', 'removal']);
  });

  it('refuses a damaged backup before anything is written and leaves the project unchanged', async () => {
    const b = await writeBackup(p.db, p.handle.path, 'merge');
    const fd = fs.openSync(b.path, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096);
    fs.closeSync(fd);
    closeProject(p.handle);
    const before = fs.readFileSync(p.handle.path);
    expect(await codeOf(() => prepareRestore(p.handle.path, b.name))).toBe('backup.damaged');
    expect(fs.readFileSync(p.handle.path).equals(before)).toBe(true);
    expect(listBackups(p.handle.path).map((x) => x.name)).toEqual([b.name]);
    expect(await codeOf(() => prepareRestore(p.handle.path, 'nope.bak'))).toBe('backup.notFound');
  });

  it('keeps even a damaged current file, byte for byte, before restoring over it', async () => {
    const b = await writeBackup(p.db, p.handle.path, 'merge');
    closeProject(p.handle);
    fs.writeFileSync(p.handle.path, Buffer.from('not a database any more'));
    const safety = await backupClosedFile(p.handle.path, 'restore');
    expect(fs.readFileSync(safety.path, 'utf8')).toBe('not a database any more');
    const result = await prepareRestore(p.handle.path, b.name);
    replaceWithBackup(p.handle.path, result.restored);
    expect(titlesIn(p.handle.path)).toEqual(['First report']);
  });
});
