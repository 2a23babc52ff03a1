// Automatic backups of a project file, kept the way Zotero keeps zotero.sqlite.bak: beside
// the data, in a folder the user can find — <project>.glossa.backups/ next to the project
// (a project on a USB stick carries its backups with it). One is written on open (at most
// once a day) and one before every risky action (merge, document removal, an import into a
// project that already has documents, a restore).
//
// A backup is written with SQLite's online backup API (it sees every committed write, WAL
// included) to a hidden temporary name, switched to a rollback journal (one file), fsynced, checked with integrity_check and only then
// renamed to its final name, so a process killed mid-copy leaves at most a stale .tmp (swept
// by the next backup), never a short or empty .bak. Old backups are rotated: the newest 7
// daily ones (a week) and the newest 10 taken before actions are kept.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupReason } from '../../../shared/domain/project';
import { GlossaError } from '../../../shared/errors';
import { type Db, integrityProblems, openReadOnlyDb, useRollbackJournal } from '../../db/connection';
import { fsyncPath, removeWithSideFiles, tempSiblingOf } from './project-file-ops';

export const BACKUP_REASONS: readonly BackupReason[] = ['open', 'merge', 'removal', 'import', 'restore'];
/** Daily backups kept: one week of days on which the project was opened. */
export const KEEP_DAILY = 7;
/** Backups before actions kept: ten merges / removals / imports / restores back. */
export const KEEP_BEFORE_ACTIONS = 10;
/** "At most daily": a project opened again within 24 hours gets no new open backup. */
const DAILY_MS = 24 * 60 * 60 * 1000;
/** A .tmp older than this is a killed backup's leftover (a live one is being written now). */
const STALE_TMP_MS = 60 * 60 * 1000;

const NAME_RE = /^(?<base>.+)\.(?<stamp>\d{8}T\d{6}Z)(?:-(?<n>\d+))?\.(?<reason>[a-z]+)\.bak$/;

export function backupDirFor(projectPath: string): string {
  return `${path.resolve(projectPath)}.backups`;
}

function baseOf(projectPath: string): string {
  return path.basename(projectPath, path.extname(projectPath));
}

/** 20261201T101502Z: sortable, and without the colons Windows refuses in file names. */
function stampOf(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

function stampToIso(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

interface Parsed extends BackupInfo {
  order: [string, number];
}

function parseName(dir: string, base: string, name: string): Parsed | null {
  const m = NAME_RE.exec(name);
  if (!m?.groups || m.groups.base !== base || !BACKUP_REASONS.includes(m.groups.reason as BackupReason)) return null;
  let byteSize: number;
  try {
    byteSize = fs.statSync(path.join(dir, name)).size;
  } catch {
    return null;
  }
  return {
    name,
    path: path.join(dir, name),
    reason: m.groups.reason as BackupReason,
    createdAt: stampToIso(m.groups.stamp),
    byteSize,
    order: [m.groups.stamp, Number(m.groups.n ?? 1)],
  };
}

function newestFirst(a: Parsed, b: Parsed): number {
  if (a.order[0] !== b.order[0]) return a.order[0] < b.order[0] ? 1 : -1;
  return b.order[1] - a.order[1];
}

function listParsed(projectPath: string): Parsed[] {
  const dir = backupDirFor(projectPath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const base = baseOf(projectPath);
  return names.map((n) => parseName(dir, base, n)).filter((p): p is Parsed => p !== null).sort(newestFirst);
}

/** The project's backups, newest first (temporary files of a backup in progress are not listed). */
export function listBackups(projectPath: string): BackupInfo[] {
  return listParsed(projectPath).map(({ order: _order, ...info }) => info);
}

export function findBackup(projectPath: string, name: string): BackupInfo {
  const found = listBackups(projectPath).find((b) => b.name === name);
  if (!found) throw new GlossaError('backup.notFound', `There is no backup named ${name} for this project.`, { name });
  return found;
}

/** A name newer than every backup already there: a second one in the same second gets -2, -3… */
function finalPath(dir: string, base: string, reason: BackupReason, now: Date): string {
  const stamp = stampOf(now);
  let last = 0;
  for (const name of fs.readdirSync(dir)) {
    const g = NAME_RE.exec(name)?.groups;
    if (g && g.base === base && g.stamp === stamp) last = Math.max(last, Number(g.n ?? 1));
  }
  return path.join(dir, last === 0 ? `${base}.${stamp}.${reason}.bak` : `${base}.${stamp}-${last + 1}.${reason}.bak`);
}

function sweepStaleTemps(dir: string, now: Date): void {
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith('.') || !name.includes('.tmp')) continue;
    const file = path.join(dir, name);
    try {
      if (now.getTime() - fs.statSync(file).mtimeMs > STALE_TMP_MS) fs.rmSync(file, { force: true });
    } catch {
      // Gone already (another process swept it).
    }
  }
}

function failed(err: unknown, dir: string): GlossaError {
  if (err instanceof GlossaError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return new GlossaError('backup.failed', `The backup could not be written to ${dir}: ${detail}`, { path: dir, detail });
}

export interface BackupOptions {
  now?: Date;
  /** Copies into `tmp`; defaults to the open connection's backup API. */
  copy?: (tmp: string) => Promise<void>;
}

/**
 * Writes one backup of the project open on `db` and rotates the old ones. Throws
 * backup.failed (nothing is left under a .bak name) when the copy or its check fails.
 */
export async function writeBackup(db: Db, projectPath: string, reason: BackupReason, opts: BackupOptions = {}): Promise<BackupInfo> {
  return writeBackupWith(projectPath, reason, opts.copy ?? ((tmp) => db.backup(tmp).then(() => undefined)), opts.now);
}

async function writeBackupWith(projectPath: string, reason: BackupReason, copy: (tmp: string) => Promise<void>, now = new Date()): Promise<BackupInfo> {
  const dir = backupDirFor(projectPath);
  let tmp = '';
  try {
    fs.mkdirSync(dir, { recursive: true });
    sweepStaleTemps(dir, now);
    const dest = finalPath(dir, baseOf(projectPath), reason, now);
    tmp = tempSiblingOf(dest);
    await copy(tmp);
    useRollbackJournal(tmp);
    fsyncPath(tmp, false);
    const problems = integrityProblems(tmp);
    if (problems.length > 0) {
      throw new GlossaError('backup.failed', `The backup failed its integrity check and was not kept: ${problems.slice(0, 3).join('; ')}`, {
        path: dir,
        detail: problems.slice(0, 3).join('; '),
      });
    }
    fs.renameSync(tmp, dest);
    tmp = '';
    fsyncPath(dir, true);
    rotateBackups(projectPath);
    return listBackups(projectPath).find((b) => b.path === dest)!;
  } catch (err) {
    if (tmp) removeWithSideFiles(tmp);
    throw failed(err, dir);
  }
}

/**
 * Backs up a project file that is not open (the CLI's restore): through a read-only
 * connection when SQLite can read it; a file too damaged for that is copied byte for byte,
 * because the point of this copy is that nothing the user had is lost.
 */
export async function backupClosedFile(projectPath: string, reason: BackupReason, now = new Date()): Promise<BackupInfo> {
  try {
    const ro = openReadOnlyDb(projectPath);
    try {
      return await writeBackupWith(projectPath, reason, (tmp) => ro.backup(tmp).then(() => undefined), now);
    } finally {
      ro.close();
    }
  } catch (err) {
    if (err instanceof GlossaError && err.code !== 'backup.failed') throw err;
    const dir = backupDirFor(projectPath);
    fs.mkdirSync(dir, { recursive: true });
    const dest = finalPath(dir, baseOf(projectPath), reason, now);
    const tmp = tempSiblingOf(dest);
    try {
      fs.copyFileSync(projectPath, tmp);
      fsyncPath(tmp, false);
      fs.renameSync(tmp, dest);
    } catch (copyErr) {
      fs.rmSync(tmp, { force: true });
      throw failed(copyErr, dir);
    }
    return listBackups(projectPath).find((b) => b.path === dest)!;
  }
}

/** The daily backup on open: written unless one was taken in the last 24 hours. */
export async function dailyBackup(db: Db, projectPath: string, now = new Date()): Promise<BackupInfo | null> {
  const last = listBackups(projectPath).find((b) => b.reason === 'open');
  if (last && now.getTime() - Date.parse(last.createdAt) < DAILY_MS) return null;
  return writeBackup(db, projectPath, 'open', { now });
}

/** Deletes all but the newest KEEP_DAILY open backups and KEEP_BEFORE_ACTIONS others. */
export function rotateBackups(projectPath: string): string[] {
  const all = listParsed(projectPath);
  const daily = all.filter((b) => b.reason === 'open').slice(KEEP_DAILY);
  const actions = all.filter((b) => b.reason !== 'open').slice(KEEP_BEFORE_ACTIONS);
  const removed: string[] = [];
  for (const b of [...daily, ...actions]) {
    fs.rmSync(b.path, { force: true });
    removed.push(b.name);
  }
  return removed;
}
