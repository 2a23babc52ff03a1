// Paths inside the packaged app. Files that must be real files (a worker thread's script, a
// native .node binding) are unpacked by electron-builder (asarUnpack) next to the archive:
// resources/app.asar/x -> resources/app.asar.unpacked/x. Pure, so the packaging test uses it.
import path from 'node:path';
import { BUNDLED_WORKER_NAME } from '../pdf/worker-entry';

/** The unpacked twin of a path inside app.asar (unchanged outside one). */
export function unpackedPath(file: string): string {
  return file.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked');
}

/** The PDF extraction worker of the packaged app, given the main bundle's folder. */
export function packagedExtractWorker(distMainDir: string): string {
  return path.join(unpackedPath(distMainDir), BUNDLED_WORKER_NAME);
}
