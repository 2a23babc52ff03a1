// Where a worker thread's code lives. From the esbuild bundle (dist/main/) it is a sibling
// file of the running bundle; under tsx/vitest it is the TypeScript source, loaded by a
// two-line CommonJS bootstrap that registers tsx's require hook first (Node 20 does not
// apply `--import tsx` hooks inside worker threads: a .ts file fails with "Unknown file
// extension"). The packaged Electron app points the bundled lookup at app.asar.unpacked,
// because worker threads load real files, never files from inside the asar archive.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface WorkerScript {
  /** A file path, or bootstrap source code when `eval` is true. */
  file: string;
  eval: boolean;
}

let bundledDirOverride: string | null = null;

/** For hosts that ship the bundled workers elsewhere (the packaged app's app.asar.unpacked). */
export function setBundledWorkerDir(dir: string | null): void {
  bundledDirOverride = dir;
}

/** The unpacked twin of a path inside an asar archive (unchanged outside one). */
export function unpackedFromAsar(file: string): string {
  return file.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked');
}

/**
 * `dir` is the calling module's __dirname: dist/main when bundled, the module's source folder
 * under tsx. `bundledName` is the file esbuild.config.ts writes; `sourceName` the .ts entry.
 */
export function resolveWorkerScript(dir: string, bundledName: string, sourceName: string): WorkerScript {
  const bundled = path.join(bundledDirOverride ?? dir, bundledName);
  if (fs.existsSync(bundled)) return { file: bundled, eval: false };
  const source = path.join(dir, sourceName);
  if (fs.existsSync(source)) {
    const tsxCjs = createRequire(path.join(dir, 'noop.js')).resolve('tsx/cjs');
    return { file: `require(${JSON.stringify(tsxCjs)});\nrequire(${JSON.stringify(source)});\n`, eval: true };
  }
  throw new Error(`Worker ${bundledName} not found next to ${dir} (nor ${sourceName})`);
}
