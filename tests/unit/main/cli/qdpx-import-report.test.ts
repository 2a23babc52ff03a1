// `glossa qdpx import` on a real ATLAS.ti export (tests/fixtures/refi-qda-vendor/README.md) whose
// sources stayed outside the archive: the report names each kind of skipped item in a sentence
// (never an i18n key such as "sourceMissing"), in English and with --lang ru in Russian, from
// the interface's own texts; every reason Glossa can report has both sentences.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliText } from '../../../../main/cli/cli-text';
import type { CliIo } from '../../../../main/cli/command-registry';
import { runCli } from '../../../../main/cli/run-cli';
import { QDPX_SKIP_REASONS } from '../../../../shared/domain/share';

const ATLAS = path.resolve(__dirname, '../../../fixtures/refi-qda-vendor/atlasti-mac-8.4-sky-loom-testproject.qdpx');
let tmp: string;

async function glossa(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (l) => void (stdout += l + '\n'), err: (t) => void (stderr += t), stdoutTty: false, stderrTty: false };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-cli-qdpx-'));
  process.env.GLOSSA_DATA_DIR = path.join(tmp, 'data');
});
afterAll(() => {
  delete process.env.GLOSSA_DATA_DIR;
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** No reason printed as its key: neither "8 sourceMissing" nor a camelCase key anywhere. */
function expectNoKeys(stdout: string): void {
  for (const reason of QDPX_SKIP_REASONS) {
    expect(stdout).not.toMatch(new RegExp(`(:|,) \\d+ ${reason}\\b`));
    if (/[A-Z]/.test(reason)) expect(stdout).not.toContain(reason);
  }
}

describe('glossa qdpx import: what was skipped, in sentences', () => {
  it('in English by default', async () => {
    const r = await glossa('qdpx', 'import', ATLAS, path.join(tmp, 'en.glossa'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Not taken over as it was, by kind:\n');
    expect(r.stdout).toContain('\n  8 sources are missing from the archive: skipped\n');
    expect(r.stdout).toContain('\n  1 link between items: skipped\n');
    // The item lines count correctly too (not "1 links", "1 graphs").
    expect(r.stdout).toContain('\n  - 1 link was not imported: Glossa keeps only links from a note to what it is about.\n');
    expect(r.stdout).toContain('\n  - 1 graph was not imported: Glossa has no graphs.\n');
    expect(r.stdout).toContain('\n  - 16 sets were not imported: Glossa has no sets.\n');
    expectNoKeys(r.stdout);
  });

  it('in Russian with --lang ru', async () => {
    const r = await glossa('qdpx', 'import', ATLAS, path.join(tmp, 'ru.glossa'), '--lang', 'ru');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${cliText('ru', 'qdpxSkipped.title')}\n`);
    expect(r.stdout).toContain(`\n  ${cliText('ru', 'qdpxSkipped.sourceMissing', { count: 8 })}\n`);
    expect(cliText('ru', 'qdpxSkipped.sourceMissing', { count: 8 })).toMatch(/^8 [а-яё]/);
    expectNoKeys(r.stdout);
  });

  it('refuses an unknown --lang', async () => {
    const r = await glossa('qdpx', 'import', ATLAS, path.join(tmp, 'de.glossa'), '--lang', 'de');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--lang must be en or ru/);
  });

  it('every skip reason has an English and a Russian sentence, singular and plural', () => {
    for (const reason of QDPX_SKIP_REASONS) {
      for (const lang of ['en', 'ru'] as const) {
        for (const count of [1, 3, 5]) {
          const text = cliText(lang, `qdpxSkipped.${reason}`, { count });
          expect(text, `${lang} ${reason}`).toMatch(new RegExp(`^${count} `));
        }
      }
    }
    expect(cliText('ru', 'qdpxSkipped.sourceMissing', { count: 1 })).not.toBe(cliText('ru', 'qdpxSkipped.sourceMissing', { count: 5 }));
  });
});
