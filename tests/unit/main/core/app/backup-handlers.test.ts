// Backups through the composed backend, as the app uses them: one on open (at most daily), one
// before a document removal, a merge and an import into a project that has documents (none
// into an empty one), listed by backups.list and restored by backups.restore, which backs up
// the current state first and reopens the project.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../../main/core/backend';
import { importPdfs } from '../../../../../main/core/documents/import-pdfs';
import { listBackups } from '../../../../../main/core/project/backups';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { ExtractPool } from '../../../../../main/pdf/extract-pool';
import { makeEnglishReport, makeRussianReport } from '../../../../fixtures/pdf-fixtures';
import { addDocument } from '../coding/coding-fixture';

let dir: string;
let backend: Backend;
let events: string[];
let file: string;
let docId: string;
const pool = new ExtractPool({ size: 1 });
afterAll(() => pool.close());

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-backup-h-'));
  backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
  events = [];
  backend.on((e) => events.push(e));
  file = path.join(dir, 'study.glossa');
  const h = createProject(file);
  docId = addDocument(h.db, 'Coded report', ['The EU funded a study by IOM.']);
  closeProject(h);
});
afterEach(async () => {
  await backend.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

const reasons = () => listBackups(file).map((b) => b.reason);
const titlesIn = (f: string) => {
  const db = new Database(f, { readonly: true });
  try {
    return (db.prepare('SELECT title FROM documents ORDER BY title').all() as Array<{ title: string }>).map((r) => r.title);
  } finally {
    db.close();
  }
};

describe('backups in the app', () => {
  it('writes the daily backup on open, once', async () => {
    await backend.invoke('project.open', { path: file });
    expect(reasons()).toEqual(['open']);
    await backend.invoke('project.close', undefined);
    await backend.invoke('project.open', { path: file });
    expect(reasons()).toEqual(['open']);
    expect(await backend.invoke('backups.list', undefined)).toEqual(listBackups(file));
  });

  it('backs up before removing a document; the backup still has it', async () => {
    await backend.invoke('project.open', { path: file });
    const info = await backend.invoke('documents.removeInfo', { id: docId });
    expect(info).toEqual({ annotations: 0, codings: 0, comments: 0, memo: false });
    const out = await backend.invoke('documents.remove', { id: docId });
    expect(out.backup.reason).toBe('removal');
    expect(reasons()).toEqual(['removal', 'open']);
    expect(titlesIn(out.backup.path)).toEqual(['Coded report']);
    expect(events).toContain('documents.changed');
    expect(await backend.invoke('documents.list', {})).toEqual([]);
    // An unknown document writes no backup.
    await expect(backend.invoke('documents.remove', { id: docId })).rejects.toMatchObject({ code: 'document.notFound' });
    expect(reasons()).toEqual(['removal', 'open']);
    // Undo brings it back and tells the library.
    events = [];
    await backend.invoke('undo.undo', undefined);
    expect((await backend.invoke('documents.list', {})).map((d) => d.id)).toEqual([docId]);
    expect(events).toContain('documents.changed');
  });

  it('backs up before a merge', async () => {
    const peer = createProject(path.join(dir, 'peer.glossa'));
    addDocument(peer.db, 'Peer report', ['Another report.']);
    closeProject(peer);
    await backend.invoke('project.open', { path: file });
    const summary = await backend.invoke('merge.run', { path: path.join(dir, 'peer.glossa') });
    const merge = listBackups(file).find((b) => b.reason === 'merge')!;
    expect(summary.backupPath).toBe(merge.path);
    expect(titlesIn(merge.path)).toEqual(['Coded report']);
  });

  it('backs up before an import into a project with documents, not into an empty one', async () => {
    const empty = createProject(path.join(dir, 'empty.glossa'));
    try {
      await importPdfs(empty, [{ kind: 'bytes', name: 'en.pdf', bytes: await makeEnglishReport() }], { onProgress: () => undefined, pool });
      expect(listBackups(empty.path)).toEqual([]);
      await importPdfs(empty, [{ kind: 'bytes', name: 'ru.pdf', bytes: await makeRussianReport() }], { onProgress: () => undefined, pool });
      const [b] = listBackups(empty.path);
      expect(b.reason).toBe('import');
      expect(titlesIn(b.path)).toHaveLength(1);
      expect((empty.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(2);
    } finally {
      closeProject(empty);
    }
  });

  it('restores a backup: the current state is backed up first, the project reopens with the old content', async () => {
    await backend.invoke('project.open', { path: file });
    const removal = (await backend.invoke('documents.remove', { id: docId })).backup;
    expect(await backend.invoke('documents.list', {})).toEqual([]);
    events = [];
    const result = await backend.invoke('backups.restore', { name: removal.name });
    expect(result.restored.name).toBe(removal.name);
    expect(result.safety?.reason).toBe('restore');
    expect(titlesIn(result.safety!.path)).toEqual([]);
    expect((await backend.invoke('documents.list', {})).map((d) => d.title)).toEqual(['Coded report']);
    expect(events).toEqual(expect.arrayContaining(['project.changed', 'documents.changed']));
    expect((await backend.invoke('project.current', undefined))?.path).toBe(file);
    await expect(backend.invoke('backups.restore', { name: 'missing.bak' })).rejects.toMatchObject({ code: 'backup.notFound' });
    expect((await backend.invoke('documents.list', {})).map((d) => d.title)).toEqual(['Coded report']);
  });
});
