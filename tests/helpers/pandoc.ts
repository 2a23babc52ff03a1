// Running the real `pandoc` (Debian's 2.17 in CI) on our exports. Tests that need it skip with
// this reason when it is not installed; `.ci/run` installs it and sets GLOSSA_REQUIRE_PANDOC=1,
// and then a missing pandoc fails the run instead of skipping silently.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function pandocSkipReason(): string | null {
  const probe = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0) return null;
  const reason = 'skipped: pandoc is not installed (apt-get install pandoc; CI has it)';
  if (process.env.GLOSSA_REQUIRE_PANDOC === '1') throw new Error(`GLOSSA_REQUIRE_PANDOC=1 but ${reason.slice('skipped: '.length)}`);
  console.warn(reason);
  return reason;
}

/** Writes `files` into a fresh folder, runs pandoc there (so `bibliography:` finds its file
 *  beside the Markdown, as it would for the user) and returns its output; the folder is removed. */
export function runPandoc(files: Record<string, Uint8Array | string>, args: string[]): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-pandoc-'));
  try {
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
    return execFileSync('pandoc', args, { cwd: dir, maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
