// Every path that opens a project file refuses every hostile file (a trigger, a view, an extra
// table or index, an altered table, NBSP or other whitespace in a stored CREATE statement, a
// newer version or a trigger hidden in the -wal, bad rows) with its GlossaError code, and
// leaves the hostile file AND the user's own project byte-identical (sha256 of the file and
// of each side file): Project ▸ Open through the backend handler, a recent project, Share ▸
// Open received, Merge, and each CLI command that takes a project. The web host's --project
// is spawned as a process in web-host-hostile.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../../main/cli/command-registry';
import { runCli } from '../../../../../main/cli/run-cli';
import { createBackend } from '../../../../../main/core/backend';
import { errorMessage } from '../../../../../renderer/i18n/i18n';
import { toErrorData } from '../../../../../shared/errors';
import * as hostile from '../../../../fixtures/hostile/hostile-projects';

interface Hostile {
  name: string;
  code: string;
  message: RegExp;
  template: string;
}

let root: string;
const cases: Hostile[] = [];
let counter = 0;

const SIDE = ['', '-wal', '-shm'];

/** A fresh copy of a template (file and side files) under a new name. */
function copyOf(template: string, name = `case-${++counter}.glossa`): string {
  const dir = fs.mkdtempSync(path.join(root, 'case-'));
  const file = path.join(dir, name);
  for (const s of SIDE) if (fs.existsSync(template + s)) fs.copyFileSync(template + s, file + s);
  return file;
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-hostile-paths-'));
  const templates = path.join(root, 'templates');
  fs.mkdirSync(templates);
  const mine = path.join(templates, 'mine.glossa');
  hostile.codedProject(mine);
  for (const h of hostile.HOSTILE_SCHEMAS) {
    const template = path.join(templates, `${cases.length}.glossa`);
    h.make(template);
    cases.push({ name: h.name, code: h.code, message: h.message, template });
  }
  for (const h of hostile.HOSTILE_ROWS) {
    const template = path.join(templates, `${cases.length}.glossa`);
    h.make(template);
    cases.push({ name: `bad rows: ${h.name}`, code: 'project.badRows', message: h.message, template });
  }
  process.env.GLOSSA_DATA_DIR = path.join(root, 'cli-data');
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const mineTemplate = () => path.join(root, 'templates', 'mine.glossa');

/** Runs `attempt`, expects it to be refused as `h` says; both files must be unchanged. */
async function expectRefused(h: Hostile, files: string[], attempt: () => Promise<unknown>): Promise<unknown> {
  const before = files.map(hostile.fileState);
  let caught: unknown = null;
  try {
    await attempt();
  } catch (err) {
    caught = err;
  }
  expect(caught, `${h.name}: was not refused`).not.toBeNull();
  const data = toErrorData(caught);
  expect(data.code, `${h.name}: ${data.message}`).toBe(h.code);
  expect(data.message).toMatch(h.message);
  expect(files.map(hostile.fileState), `${h.name}: a file changed`).toEqual(before);
  return caught;
}

describe('every open path refuses every hostile file', () => {
  it('Project ▸ Open (backend handler): refused, the open project stays open and unchanged', async () => {
    for (const h of cases) {
      const mine = copyOf(mineTemplate());
      const theirs = copyOf(h.template);
      const backend = createBackend({ userDataDir: path.join(path.dirname(mine), 'data'), host: 'web' });
      const mineBefore = hostile.fileState(mine);
      try {
        await backend.invoke('project.open', { path: mine });
        const err = await expectRefused(h, [theirs], () => backend.invoke('project.open', { path: theirs }));
        expect((await backend.invoke('project.current', undefined))?.path).toBe(mine);
        // The renderer shows the translated message, naming what is wrong, in both languages.
        for (const locale of ['en', 'ru'] as const) {
          const shown = errorMessage(err, locale);
          const named = String(toErrorData(err).params?.rows ?? toErrorData(err).params?.detail ?? toErrorData(err).params?.version);
          expect(shown).toContain(named);
        }
      } finally {
        await backend.dispose();
      }
      expect(hostile.fileState(mine), h.name).toEqual(mineBefore);
    }
  });

  it('a recent project that was replaced by a hostile file: refused from the recent list', async () => {
    for (const h of cases) {
      const file = copyOf(mineTemplate());
      const backend = createBackend({ userDataDir: path.join(path.dirname(file), 'data'), host: 'web' });
      try {
        await backend.invoke('project.open', { path: file });
        await backend.invoke('project.close', undefined);
        for (const s of SIDE) fs.rmSync(file + s, { force: true });
        for (const s of SIDE) if (fs.existsSync(h.template + s)) fs.copyFileSync(h.template + s, file + s);
        const recent = await backend.invoke('project.recent', undefined);
        expect(recent.map((r) => r.path)).toContain(file);
        await expectRefused(h, [file], () => backend.invoke('project.open', { path: recent[0].path }));
        expect(await backend.invoke('project.current', undefined)).toBeNull();
      } finally {
        await backend.dispose();
      }
    }
  });

  it('Share ▸ Open received: refused', async () => {
    for (const h of cases) {
      const theirs = copyOf(h.template);
      const backend = createBackend({ userDataDir: path.join(path.dirname(theirs), 'data'), host: 'web' });
      try {
        await expectRefused(h, [theirs], () => backend.invoke('share.openReceived', { path: theirs }));
        expect(await backend.invoke('project.current', undefined)).toBeNull();
      } finally {
        await backend.dispose();
      }
    }
  });

  // One test per hostile file: each replays a merge in a job thread (~2 s under load), and the
  // list grows with every table; a failure names its file.
  const caseNames = [...hostile.HOSTILE_SCHEMAS.map((h) => h.name), ...hostile.HOSTILE_ROWS.map((h) => `bad rows: ${h.name}`)];
  caseNames.forEach((name, i) => {
    it(`Merge: refused before anything is written, no backup, the user project byte-identical — ${name}`, async () => {
      const h = cases[i];
      expect(h.name).toBe(name);
      const mine = copyOf(mineTemplate());
      const theirs = copyOf(h.template);
      const backend = createBackend({ userDataDir: path.join(path.dirname(mine), 'data'), host: 'web' });
      const mineBefore = hostile.fileState(mine);
      try {
        await backend.invoke('project.open', { path: mine });
        await expectRefused(h, [theirs], () => backend.invoke('merge.run', { path: theirs }));
      } finally {
        await backend.dispose();
      }
      expect(hostile.fileState(mine), h.name).toEqual(mineBefore);
      expect(fs.readdirSync(path.dirname(mine)).filter((f) => f.includes('.bak-')), h.name).toEqual([]);
    }, 60_000);
  });

  /** Each CLI command that opens a project, with the hostile file in that place. */
  const CLI: Array<{ name: string; args: (hostileFile: string, mine: string, out: string) => string[] }> = [
    { name: 'import', args: (f, _m, out) => ['import', f, out] },
    { name: 'list', args: (f) => ['list', f] },
    { name: 'search', args: (f) => ['search', f, 'referral'] },
    { name: 'info', args: (f) => ['info', f, '--json'] },
    { name: 'codes', args: (f) => ['codes', f] },
    { name: 'codebook export', args: (f, _m, out) => ['codebook', 'export', f, `${out}.qdc`] },
    { name: 'autocode', args: (f) => ['autocode', f, 'referral', '--code', 'anything', '--dry-run'] },
    { name: 'annotations', args: (f) => ['annotations', f] },
    { name: 'export', args: (f, _m, out) => ['export', f, '--format', 'csv', '-o', `${out}.csv`, '--all-codes'] },
    { name: 'send', args: (f, _m, out) => ['send', f, `${out}.glossa`] },
    { name: 'merge (into the hostile file)', args: (f, m) => ['merge', f, m] },
    { name: 'merge (from the hostile file)', args: (f, m) => ['merge', m, f] },
    { name: 'agreement', args: (f) => ['agreement', f, '--coders', 'A,B'] },
    { name: 'qdpx export', args: (f, _m, out) => ['qdpx', 'export', f, `${out}.qdpx`] },
  ];

  it('each CLI command: exit code 1 with the message, both files byte-identical, nothing written', async () => {
    for (const cmd of CLI) {
      for (const h of cases) {
        const mine = copyOf(mineTemplate());
        const theirs = copyOf(h.template);
        const out = path.join(path.dirname(theirs), 'out');
        let stderr = '';
        const io: CliIo = { out: () => undefined, err: (t) => void (stderr += t), stdoutTty: false, stderrTty: false };
        const before = [mine, theirs].map(hostile.fileState);
        const code = await runCli(cmd.args(theirs, mine, out), io);
        expect(code, `${cmd.name} / ${h.name}: ${stderr}`).toBe(1);
        expect(stderr, `${cmd.name} / ${h.name}`).toMatch(h.message);
        expect([mine, theirs].map(hostile.fileState), `${cmd.name} / ${h.name}`).toEqual(before);
        expect(fs.readdirSync(path.dirname(theirs)).filter((f) => f.startsWith('out')), `${cmd.name} / ${h.name}`).toEqual([]);
      }
    }
  });
});
