// Where the user's Zotero data directory is. Zotero keeps it at ~/Zotero unless the user moved
// it, in which case the profile's prefs.js says so: user_pref("extensions.zotero.dataDir", …)
// with extensions.zotero.useDataDir true. Profiles live in ~/.zotero/zotero/<profile>/ (Linux),
// ~/Library/Application Support/Zotero/Profiles/<profile>/ (macOS) and
// %APPDATA%\Zotero\Zotero\Profiles\<profile>\ (Windows). GLOSSA_ZOTERO_DATA_DIR, when set,
// comes first (tests, unusual setups). Nothing here opens the database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ZoteroDataDirCandidate, ZoteroLocation } from '../../../shared/domain/zotero';
import { hasDatabase } from '../../db/zotero/zotero-snapshot';

export interface LocateEnv {
  home: string;
  platform: NodeJS.Platform;
  /** %APPDATA% on Windows. */
  appData?: string;
  /** GLOSSA_ZOTERO_DATA_DIR. */
  override?: string;
}

function defaultEnv(): LocateEnv {
  return { home: os.homedir(), platform: process.platform, appData: process.env.APPDATA, override: process.env.GLOSSA_ZOTERO_DATA_DIR };
}

/** The folders holding Zotero profiles on this platform. */
export function profileRoots(env: LocateEnv): string[] {
  if (env.platform === 'darwin') return [path.join(env.home, 'Library', 'Application Support', 'Zotero', 'Profiles')];
  if (env.platform === 'win32') return [path.join(env.appData ?? path.join(env.home, 'AppData', 'Roaming'), 'Zotero', 'Zotero', 'Profiles')];
  return [path.join(env.home, '.zotero', 'zotero')];
}

const PREF = /user_pref\(\s*"extensions\.zotero\.(dataDir|useDataDir)"\s*,\s*("(?:[^"\\]|\\.)*"|true|false)\s*\)/g;

/** The data directory a prefs.js names, or null when it uses the default. */
export function dataDirFromPrefs(prefsJs: string): string | null {
  let dir: string | null = null;
  let use = false;
  for (const m of prefsJs.matchAll(PREF)) {
    if (m[1] === 'useDataDir') use = m[2] === 'true';
    else {
      try {
        dir = JSON.parse(m[2]) as string;
      } catch {
        dir = null;
      }
    }
  }
  return use && dir ? dir : null;
}

function prefsDirs(env: LocateEnv): string[] {
  const out: string[] = [];
  for (const root of profileRoots(env)) {
    let names: string[] = [];
    try {
      names = fs.readdirSync(root).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        const text = fs.readFileSync(path.join(root, name, 'prefs.js'), 'utf8');
        const dir = dataDirFromPrefs(text);
        if (dir) out.push(dir);
      } catch {
        // Not a profile folder (or unreadable): nothing to learn from it.
      }
    }
  }
  return out;
}

/** Every place a Zotero data directory may be, the first with a database chosen. */
export function locateZotero(env: LocateEnv = defaultEnv()): ZoteroLocation {
  const seen = new Set<string>();
  const candidates: ZoteroDataDirCandidate[] = [];
  const add = (p: string | undefined, origin: ZoteroDataDirCandidate['origin']) => {
    if (!p) return;
    const abs = path.resolve(p);
    if (seen.has(abs)) return;
    seen.add(abs);
    candidates.push({ path: abs, origin, hasDatabase: hasDatabase(abs) });
  };
  add(env.override, 'env');
  for (const dir of prefsDirs(env)) add(dir, 'prefs');
  add(path.join(env.home, 'Zotero'), 'default');
  return { dataDir: candidates.find((c) => c.hasDatabase)?.path ?? null, candidates };
}
