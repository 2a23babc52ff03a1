// `glossa autocode` prints its summary in plain English: "1 hit", "Coded 1 passage", "2 passages".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/command-registry';
import { runCli } from '../../../../main/cli/run-cli';
import { closeProject, createProject } from '../../../../main/core/project/project-file';
import { addDocument } from '../core/coding/coding-fixture';

let tmp: string;
let file: string;
let code: string;

async function out(...args: string[]): Promise<string> {
  let stdout = '';
  const io: CliIo = { out: (l) => void (stdout += l + '\n'), err: () => undefined, stdoutTty: false, stderrTty: false };
  expect(await runCli(args, io)).toBe(0);
  return stdout;
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-cli-autocode-'));
  process.env.GLOSSA_DATA_DIR = path.join(tmp, 'data');
  file = path.join(tmp, 'p.glossa');
  const h = createProject(file);
  addDocument(h.db, 'Report', ['The national referral mechanism identified victims.', 'Victims of trafficking were identified twice.']);
  code = (h.db.prepare("SELECT name_en AS name FROM codes WHERE name_en <> '' ORDER BY id LIMIT 1").get() as { name: string }).name;
  closeProject(h);
});
afterAll(() => {
  delete process.env.GLOSSA_DATA_DIR;
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('glossa autocode summary', () => {
  it('counts in the singular and the plural', async () => {
    expect(await out('autocode', file, 'referral', '--code', code, '--dry-run')).toContain('\n1 hit; nothing was changed');
    expect(await out('autocode', file, 'referral', '--code', code)).toContain(`Coded 1 passage with "${code}" (0 already coded).`);
    expect(await out('autocode', file, 'referral', '--code', code)).toContain(`Coded 0 passages with "${code}" (1 already coded).`);
    expect(await out('autocode', file, 'identified', '--code', code)).toContain('Coded 2 passages with');
  });
});
