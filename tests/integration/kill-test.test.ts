// Durability: a child process applies 1,000 codings one by one and is killed with SIGKILL after
// a random number (100-900) of acknowledged ones. Reopened, the file passes integrity_check and
// holds every coding that was acknowledged (WAL + synchronous=FULL: an ack follows the fsync).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCodesWithCounts } from '../../main/core/coding/codes';
import { closeProject, createProject, openProject } from '../../main/core/project/project-file';
import { addDocument } from '../unit/main/core/coding/coding-fixture';

const repoRoot = path.resolve(__dirname, '..', '..');
const CHILD = path.join(__dirname, 'fixtures', 'apply-codings.ts');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-kill-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kill test', () => {
  it('keeps every acknowledged coding when the process is killed mid-run', async () => {
    const file = path.join(dir, 'kill.glossa');
    const setup = createProject(file);
    const pageText = 'The EU commissioned studies and assessments on trafficking in the region. '.repeat(20);
    const documentId = addDocument(setup.db, 'Kill test report', [pageText, pageText, pageText]);
    const codeId = listCodesWithCounts(setup.db).find((c) => c.text.en.name === 'Knowledge production')!.id;
    closeProject(setup);

    const killAfter = 100 + Math.floor(Math.random() * 801);
    const acked: string[] = [];
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, documentId, codeId, '1000'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let buffered = '';
    let killedAt = -1;
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('ack ')) continue;
        acked.push(line.slice(4));
        if (acked.length === killAfter && killedAt === -1) {
          killedAt = acked.length;
          child.kill('SIGKILL');
        }
      }
    });
    const { signal } = await exit;
    expect(signal, stderr).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(killAfter);
    console.log(`kill test: killed after ${killAfter} acks (${acked.length} acks read before exit)`);

    const reopened = openProject(file);
    try {
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const present = new Set((reopened.db.prepare('SELECT annotation_id FROM annotation_codes WHERE code_id = ?').all(codeId) as Array<{ annotation_id: string }>).map((r) => r.annotation_id));
      const missing = acked.filter((id) => !present.has(id));
      expect(missing).toEqual([]);
      // Nothing half-written: every annotation has its coding.
      const orphans = reopened.db.prepare('SELECT COUNT(*) AS n FROM annotations WHERE id NOT IN (SELECT annotation_id FROM annotation_codes)').get();
      expect(orphans).toEqual({ n: 0 });
      expect(present.size).toBeGreaterThanOrEqual(acked.length);
      expect(present.size).toBeLessThanOrEqual(acked.length + 1);
    } finally {
      closeProject(reopened);
    }
  }, 180_000);
});
