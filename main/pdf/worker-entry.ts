// Where the extraction worker's code lives. From the esbuild bundle (dist/main/) it is
// the sibling `extract-worker.mjs`; under tsx/vitest it is the TypeScript source, loaded
// by a two-line CommonJS bootstrap that registers tsx's require hook first. (Node 20 does
// not apply `--import tsx` hooks inside worker threads: the .ts file fails with "Unknown
// file extension".) Electron packaging can override the path.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface WorkerEntry {
  /** A file path, or bootstrap source code when `eval` is true. */
  file: string;
  eval: boolean;
}

/** File name the build must produce next to the main bundle (see esbuild.config.ts). */
export const BUNDLED_WORKER_NAME = 'extract-worker.mjs';

let override: string | null = null;

/** For hosts that ship the worker elsewhere (e.g. unpacked from an asar archive). */
export function setExtractWorkerPath(file: string | null): void {
  override = file;
}

/** The override in force, for threads that start extraction pools of their own (job threads). */
export function extractWorkerPathOverride(): string | null {
  return override;
}

function thisDir(): string {
  if (typeof __dirname !== 'undefined') return __dirname;
  return path.dirname(fileURLToPath(import.meta.url));
}

export function resolveWorkerEntry(): WorkerEntry {
  if (override) return { file: override, eval: false };
  const dir = thisDir();
  const bundled = path.join(dir, BUNDLED_WORKER_NAME);
  if (fs.existsSync(bundled)) return { file: bundled, eval: false };
  const source = path.join(dir, 'extract-worker.ts');
  if (fs.existsSync(source)) {
    const tsxCjs = createRequire(path.join(dir, 'noop.js')).resolve('tsx/cjs');
    return { file: `require(${JSON.stringify(tsxCjs)});\nrequire(${JSON.stringify(source)});\n`, eval: true };
  }
  throw new Error(`PDF extraction worker not found next to ${dir} (${BUNDLED_WORKER_NAME} or extract-worker.ts)`);
}
