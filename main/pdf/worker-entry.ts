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

/** Node options that load code into every new thread: module hooks and preloads. */
const LOADER_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/**
 * The Node options for a Glossa worker thread: the parent's (Worker's default, e.g. a heap
 * size or --cpu-prof), without module loaders. A thread runs a bundle or the tsx bootstrap
 * above, so it needs none; under `tsx` (the bench, scripts) the inherited `--require
 * preflight --import loader` cost each extraction worker ~0.5 s of start-up, which the
 * shipped app (no loaders) never pays.
 */
export function threadExecArgv(parent: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < parent.length; i++) {
    const flag = parent[i];
    const name = flag.split('=')[0];
    if (!LOADER_FLAGS.has(name)) out.push(flag);
    else if (!flag.includes('=')) i++; // its value is the next item
  }
  return out;
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
