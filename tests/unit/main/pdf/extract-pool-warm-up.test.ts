// ExtractPool.warmUp(): starts every worker and settles once each has loaded pdf.js, keeping
// the process alive meanwhile (a script that only awaits it must not exit early), and settles
// too when the workers cannot start at all (a broken worker script), rather than hanging.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExtractPool } from '../../../../main/pdf/extract-pool';
import { setExtractWorkerPath } from '../../../../main/pdf/worker-entry';
import { makeEnglishReport } from '../../../fixtures/pdf-fixtures';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const TSX = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dirs: string[] = [];
afterEach(() => {
  setExtractWorkerPath(null);
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-warm-up-'));
  dirs.push(d);
  return d;
}

describe('ExtractPool.warmUp', () => {
  it('keeps a process that awaits it alive until the workers are ready', async () => {
    const script = path.join(tempDir(), 'warm.ts');
    const pool = JSON.stringify(path.join(repoRoot, 'main', 'pdf', 'extract-pool.ts'));
    fs.writeFileSync(
      script,
      `import { ExtractPool } from ${pool};\nconst p = new ExtractPool({ size: 2 });\n` +
        `void p.warmUp().then(() => { console.log('ready ' + p.workerCount()); return p.close(); });\n`,
    );
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [TSX, script], { timeout: 60_000 }, (err, out) => (err ? reject(err) : resolve(out))),
    );
    expect(stdout.trim()).toBe('ready 2');
  });

  it('leaves ready workers that extract at once, and settles when workers cannot start', async () => {
    const pool = new ExtractPool({ size: 1 });
    try {
      await pool.warmUp();
      expect((await pool.extract(await makeEnglishReport(), { fileName: 'en.pdf' })).pageCount).toBe(3);
    } finally {
      await pool.close();
    }
    const script = path.join(tempDir(), 'broken-worker.js');
    fs.writeFileSync(script, 'throw new Error("cannot load");\n');
    setExtractWorkerPath(script);
    const broken = new ExtractPool({ size: 1 });
    try {
      await broken.warmUp();
      expect(broken.workerCount()).toBe(0);
    } finally {
      await broken.close();
    }
  });
});
