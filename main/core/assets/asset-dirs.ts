// Where the runtime data files under assets/ (the PDF report's fonts, and later the OCR data)
// are found in every way Glossa runs: GLOSSA_ASSETS_DIR first; in the packaged app
// <resources>/assets (electron-builder.yml copies them there as extraResources: real files,
// outside app.asar, so any reader — pdfkit, a worker thread — can open them); else walking up
// from this module (main/core/assets under tsx and vitest, dist/main in the bundles) and from
// the working folder to the repository's assets/. The places are parameters so the packaging
// test resolves with the packaged app's own.
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface AssetPlaces {
  /** GLOSSA_ASSETS_DIR: an assets/ folder chosen by the user or a test. */
  envDir?: string;
  /** Electron's process.resourcesPath in the packaged app. */
  resourcesPath?: string;
  /** The folder of the running module (bundle or source). */
  moduleDir?: string;
  cwd?: string;
}

// Seven levels cover main/core/assets (source) and dist/main (bundle) below the repo root.
const WALK_UP_LEVELS = 7;

export function currentAssetPlaces(): AssetPlaces {
  return {
    envDir: process.env.GLOSSA_ASSETS_DIR || undefined,
    resourcesPath: (process as { resourcesPath?: string }).resourcesPath,
    moduleDir: typeof __dirname === 'string' ? __dirname : undefined,
    cwd: process.cwd(),
  };
}

/** The folders to try for assets/<sub>, in order. */
export function assetDirCandidates(sub: string, places: AssetPlaces): string[] {
  const dirs: string[] = [];
  if (places.envDir) dirs.push(path.join(places.envDir, sub));
  if (places.resourcesPath) dirs.push(path.join(places.resourcesPath, 'assets', sub));
  for (const start of [places.moduleDir, places.cwd]) {
    if (!start) continue;
    let dir = start;
    for (let i = 0; i < WALK_UP_LEVELS; i++) {
      dirs.push(path.join(dir, 'assets', sub));
      dir = path.dirname(dir);
    }
  }
  return dirs;
}

/** The first candidate folder holding every one of `files`, as full paths; null when none does. */
export function findAssetFiles(
  sub: string,
  files: string[],
  places: AssetPlaces = currentAssetPlaces(),
  exists: (file: string) => boolean = existsSync,
): string[] | null {
  for (const dir of assetDirCandidates(sub, places)) {
    const full = files.map((f) => path.join(dir, f));
    if (full.every(exists)) return full;
  }
  return null;
}
