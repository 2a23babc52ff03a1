// `glossa backups list|restore` in-process (the same dispatcher a user runs) on a real project
// with real backups: the table and --json output, a restore that backs up the current file
// first, and usage / refusal exit codes.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGlossa } from '../../../../helpers/run-glossa';
import { listBackups, writeBackup } from '../../../../../main/core/project/backups';
import { closeProject } from '../../../../../main/core/project/project-file';
import type { BackupInfo, RestoreResult } from '../../../../../shared/domain/project';
import { addDocument, tempProject, type TempProject } from '../../../../helpers/temp-project';

let p: TempProject;
let file: string;
let first: BackupInfo;

beforeEach(async () => {
  p = tempProject('glossa-cli-backups-', 'study.glossa');
  file = p.handle.path;
  addDocument(p.db, ['First report page.'], { title: 'First report' });
  first = await writeBackup(p.db, file, 'merge', { now: new Date('2026-11-30T09:00:00Z') });
  addDocument(p.db, ['Second report page.'], { title: 'Second report' });
  await writeBackup(p.db, file, 'removal', { now: new Date('2026-12-01T10:15:02Z') });
  closeProject(p.handle);
});
afterEach(() => p.close());

const glossa = (...args: string[]) => runGlossa(args);

const titles = () => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT title FROM documents ORDER BY title').all() as Array<{ title: string }>).map((r) => r.title);
  } finally {
    db.close();
  }
};

describe('glossa backups', () => {
  it('lists backups newest first as a table and as JSON', async () => {
    const r = await glossa('backups', 'list', file);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('NAME\tREASON\tCREATED\tSIZE');
    expect(lines[1]).toMatch(/^study\.20261201T101502Z\.removal\.bak\tremoval\t2026-12-01T10:15:02Z\t\d+\.\d KB$/);
    expect(lines[2]).toMatch(/^study\.20261130T090000Z\.merge\.bak\tmerge\t2026-11-30T09:00:00Z\t/);
    expect(lines[3]).toBe('2 backups');
    const json = await glossa('backups', 'list', file, '--json');
    expect(JSON.parse(json.stdout)).toEqual(listBackups(file));
    expect((JSON.parse(json.stdout) as BackupInfo[]).map((b) => b.reason)).toEqual(['removal', 'merge']);
  });

  it('restores a backup after backing up the current file', async () => {
    expect(titles()).toEqual(['First report', 'Second report']);
    const r = await glossa('backups', 'restore', file, first.name, '--json');
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as RestoreResult;
    expect(result.restored.name).toBe(first.name);
    expect(result.safety?.reason).toBe('restore');
    expect(titles()).toEqual(['First report']);
    const db = new Database(result.safety!.path, { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(2);
    db.close();
    const text = await glossa('backups', 'restore', file, result.safety!.name);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Restored: {6}study\.\d{8}T\d{6}Z\.restore\.bak \(restore, .+\)\nPrevious file: .+\.restore\.bak\n$/);
    expect(titles()).toEqual(['First report', 'Second report']);
  });

  it('says when there are none, and refuses unknown backups and wrong usage', async () => {
    fs.rmSync(`${file}.backups`, { recursive: true });
    expect((await glossa('backups', 'list', file)).stdout).toBe(`No backups of ${file} yet.\n`);
    const missing = await glossa('backups', 'restore', file, 'nope.bak');
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toMatch(/There is no backup named nope\.bak/);
    expect((await glossa('backups', 'restore', file)).code).toBe(2);
    expect((await glossa('backups', 'prune', file)).code).toBe(2);
    expect(path.basename(file)).toBe('study.glossa');
  });
});
