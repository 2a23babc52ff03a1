// Glossa's worker threads run a bundle or the tsx bootstrap, so they take the parent's Node
// options without its module loaders: under `tsx` (the bench, scripts) an inherited
// `--require`/`--import` ran in every extraction worker and cost each ~0.5 s of start-up.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { threadExecArgv } from '../../../../main/pdf/worker-entry';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-exec-argv-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('threadExecArgv', () => {
  it('keeps the parent\'s options but drops preloads and module hooks, with their values', () => {
    const parent = ['--require', '/x/tsx/preflight.cjs', '--max-old-space-size=900', '--import', 'file:///x/tsx/loader.mjs', '--cpu-prof', '-r', 'a.cjs', '--import=b.mjs', '--loader', 'c.mjs', '--experimental-loader=d.mjs', '--conditions', 'dev'];
    expect(threadExecArgv(parent)).toEqual(['--max-old-space-size=900', '--cpu-prof', '--conditions', 'dev']);
    expect(threadExecArgv([])).toEqual([]);
  });

  it('keeps a preload of the parent out of the extraction pool\'s workers', () => {
    const marks = path.join(dir, 'marks.txt');
    fs.writeFileSync(path.join(dir, 'mark.cjs'), `require('node:fs').appendFileSync(${JSON.stringify(marks)}, require('node:worker_threads').isMainThread ? 'main\\n' : 'thread\\n');\n`);
    const script = path.join(dir, 'start-pool.ts');
    fs.writeFileSync(
      script,
      `import { ExtractPool } from ${JSON.stringify(path.join(repoRoot, 'main/pdf/extract-pool'))};\n` +
        `const pool = new ExtractPool({ size: 2 });\n` +
        `if (process.argv[2] === 'pool') pool.warmUp().then(() => pool.close()); else void pool.close();\n`,
    );
    // Threads the preload reaches besides ours (Node's module-hooks thread) are the same in
    // both runs; two started workers must add none.
    const threadsSeen = (arg: string) => {
      fs.rmSync(marks, { force: true });
      execFileSync(process.execPath, ['--require', path.join(dir, 'mark.cjs'), '--import', 'tsx', script, arg], { cwd: repoRoot, stdio: 'pipe' });
      return fs.readFileSync(marks, 'utf8').split('\n').filter(Boolean);
    };
    const without = threadsSeen('none');
    expect(without.filter((m) => m === 'main')).toHaveLength(1);
    expect(threadsSeen('pool')).toEqual(without);
  }, 60_000);
});
