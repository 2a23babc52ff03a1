// `npm run web -- --project FILE` as a process, with a hostile FILE: the web host refuses it
// (exit code 1, the refusal message on stderr, no URL line) and leaves the file and its side
// files byte-identical. One file per kind of attack (trigger, view, extra index, whitespace
// tricks, a newer version in the -wal, bad rows); each spawn costs seconds of tsx start-up.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as hostile from '../../../fixtures/hostile/hostile-projects';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-webhost-hostile-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const KINDS = [
  ...hostile.HOSTILE_SCHEMAS.filter((h) => ['coding-wipe trigger', 'view', 'extra index', 'NBSP in the FTS tokenizer', 'whitespace change', 'newer version in the WAL'].includes(h.name)),
  { ...hostile.HOSTILE_ROWS[0], code: 'project.badRows' },
];

function webHost(project: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(repoRoot, 'main', 'http', 'web-host.ts'), '--data-dir', path.join(tmp, 'data'), '--project', project];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('web host --project with a hostile file', () => {
  it('refuses each one with its message and exit code 1, leaving the file byte-identical', async () => {
    expect(KINDS).toHaveLength(7);
    for (const h of KINDS) {
      const file = path.join(tmp, `${h.name.replace(/\W+/g, '-')}.glossa`);
      h.make(file);
      const before = hostile.fileState(file);
      const r = await webHost(file);
      expect(r.code, `${h.name}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toContain(`cannot open ${file}`);
      expect(r.stderr).toMatch(h.message);
      expect(r.stdout).not.toMatch(/Glossa web: http/);
      expect(hostile.fileState(file), h.name).toEqual(before);
    }
  }, 300_000);
});
