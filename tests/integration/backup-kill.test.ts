// A backup interrupted by a kill leaves no half-written .bak: `glossa merge` (which backs the
// project up first) runs in a child process on a ~150 MB project and is killed with SIGKILL the
// moment any backup file appears on disk, i.e. while SQLite is still copying pages. Whatever is
// left under a backup name must be complete and pass integrity_check; the leftover temporary
// file is not listed, and the next backup succeeds. (Before backups went through a temporary
// name, this left a short or 0-byte <project>.bak-<time>.)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirFor, listBackups, writeBackup } from '../../main/core/project/backups';
import { closeProject, createProject, openProject } from '../../main/core/project/project-file';
import { addDocument } from '../helpers/temp-project';

const repoRoot = path.resolve(__dirname, '..', '..');
const CLI = path.join(repoRoot, 'main', 'cli', 'cli.ts');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-backup-kill-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every file in the project folder and its backups folder whose name says "backup". */
function backupLike(file: string): string[] {
  const out: string[] = [];
  for (const d of [path.dirname(file), backupDirFor(file)]) {
    if (!fs.existsSync(d)) continue;
    for (const name of fs.readdirSync(d)) if (name.includes('.bak')) out.push(path.join(d, name));
  }
  return out;
}

describe('backup kill test', () => {
  it('leaves no partial backup when the process is killed mid-copy', async () => {
    const file = path.join(dir, 'big.glossa');
    const setup = createProject(file);
    // Six 25 MB "PDFs": the copy takes ~9,000 page steps, far longer than the kill needs.
    for (let i = 0; i < 6; i++) addDocument(setup.db, [`Report ${i} page text.`], { title: `Report ${i}` }, randomBytes(25 * 1024 * 1024));
    closeProject(setup);
    const peer = createProject(path.join(dir, 'peer.glossa'));
    addDocument(peer.db, ['A small report from a colleague.'], { title: 'Peer report' });
    closeProject(peer);

    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'merge', file, path.join(dir, 'peer.glossa')], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exit = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let seenAtKill: string[] = [];
    let exited = false;
    void exit.then(() => (exited = true));
    // Poll (no timing assertion): kill as soon as anything backup-like exists.
    while (!exited && seenAtKill.length === 0) {
      seenAtKill = backupLike(file).map((f) => path.basename(f));
      if (seenAtKill.length > 0) child.kill('SIGKILL');
      else await new Promise((r) => setImmediate(r));
    }
    const signal = await exit;
    expect(signal, `the merge finished before the kill: ${stderr}`).toBe('SIGKILL');
    console.log(`backup kill test: killed when these existed: ${seenAtKill.join(', ')}`);

    // Nothing under a backup name is short: every .bak is a sound, complete copy.
    for (const f of backupLike(file).filter((f) => f.endsWith('.bak') || /\.bak-\d/.test(f))) {
      expect(fs.statSync(f).size, f).toBeGreaterThan(0);
      const db = new Database(f, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true }), f).toBe('ok');
        expect((db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n, f).toBe(6);
      } finally {
        db.close();
      }
    }
    // The project itself is untouched by the killed merge, and the next backup works.
    const reopened = openProject(file);
    try {
      expect(reopened.db.pragma('quick_check', { simple: true })).toBe('ok');
      expect(listBackups(file).every((b) => b.byteSize > 0)).toBe(true);
      const next = await writeBackup(reopened.db, file, 'merge');
      expect(listBackups(file).map((b) => b.name)).toContain(next.name);
    } finally {
      closeProject(reopened);
    }
  }, 180_000);
});
