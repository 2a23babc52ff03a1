// Per-installation state in <userDataDir>/settings.json: the UI language, recent projects and
// the window bounds. Plain Node so the web host, CLI and Electron share it. Written atomically
// (temp file + rename in the same folder) so a crash mid-write never leaves half a file; a
// missing or unreadable file falls back to defaults instead of stopping the app.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { RecentProject, Settings } from '../../../shared/domain/project';
import { isCitationLocale, isCitationStyle } from '../../../shared/csl/citation-styles';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** Recent entries are stored without `exists`; it is computed when listed. */
export type StoredRecent = Omit<RecentProject, 'exists'>;

export interface SettingsFile {
  settings: Settings;
  recent: StoredRecent[];
  window: WindowState | null;
}

/** Ten entries fill a File > Open Recent menu without scrolling. */
export const MAX_RECENT = 10;

export const DEFAULT_SETTINGS: Settings = { language: 'system' };

const LANGUAGES: ReadonlyArray<Settings['language']> = ['system', 'en', 'ru'];

export function settingsPath(userDataDir: string): string {
  return path.join(userDataDir, 'settings.json');
}

function defaults(): SettingsFile {
  return { settings: { ...DEFAULT_SETTINGS }, recent: [], window: null };
}

/** Keeps only well-formed values, so a hand-edited or older file cannot break the app. */
export function sanitize(raw: unknown): SettingsFile {
  const out = defaults();
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  const s = r.settings as Record<string, unknown> | undefined;
  if (s && LANGUAGES.includes(s.language as Settings['language'])) {
    out.settings.language = s.language as Settings['language'];
  }
  if (s && isCitationStyle(s.citationStyle)) out.settings.citationStyle = s.citationStyle;
  if (s && isCitationLocale(s.citationLocale)) out.settings.citationLocale = s.citationLocale;
  if (Array.isArray(r.recent)) {
    for (const item of r.recent) {
      const it = item as Record<string, unknown>;
      if (it && typeof it.path === 'string' && typeof it.name === 'string' && typeof it.openedAt === 'string') {
        out.recent.push({ path: it.path, name: it.name, openedAt: it.openedAt });
      }
    }
    out.recent = out.recent.slice(0, MAX_RECENT);
  }
  const w = r.window as Record<string, unknown> | undefined;
  if (w && Number.isFinite(w.width) && Number.isFinite(w.height)) {
    out.window = {
      width: Number(w.width),
      height: Number(w.height),
      maximized: w.maximized === true,
      ...(Number.isFinite(w.x) && Number.isFinite(w.y) ? { x: Number(w.x), y: Number(w.y) } : {}),
    };
  }
  return out;
}

/** Reads the state in memory once and writes every change through to disk. */
export class SettingsStore {
  private data: SettingsFile;
  readonly file: string;

  constructor(readonly userDataDir: string) {
    this.file = settingsPath(userDataDir);
    this.data = SettingsStore.read(this.file);
  }

  static read(file: string): SettingsFile {
    try {
      return sanitize(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch {
      return defaults();
    }
  }

  getSettings(): Settings {
    return { ...this.data.settings };
  }

  setSettings(patch: Partial<Settings>): Settings {
    this.data.settings = sanitize({ settings: { ...this.data.settings, ...patch } }).settings;
    this.write();
    return this.getSettings();
  }

  listRecent(): RecentProject[] {
    return this.data.recent.map((r) => ({ ...r, exists: fs.existsSync(r.path) }));
  }

  /** Moves (or adds) a project to the top of the list. */
  touchRecent(projectPath: string, name: string, now = new Date()): void {
    const abs = path.resolve(projectPath);
    const rest = this.data.recent.filter((r) => r.path !== abs);
    this.data.recent = [{ path: abs, name, openedAt: now.toISOString() }, ...rest].slice(0, MAX_RECENT);
    this.write();
  }

  removeRecent(projectPath: string): void {
    const abs = path.resolve(projectPath);
    this.data.recent = this.data.recent.filter((r) => r.path !== abs);
    this.write();
  }

  getWindowState(): WindowState | null {
    return this.data.window ? { ...this.data.window } : null;
  }

  setWindowState(state: WindowState): void {
    this.data.window = sanitize({ window: state }).window;
    this.write();
  }

  private write(): void {
    writeFileAtomic(this.file, JSON.stringify(this.data, null, 2) + '\n');
  }
}

/** Temp file in the same folder (rename is atomic only within one file system), fsync, rename. */
export function writeFileAtomic(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
