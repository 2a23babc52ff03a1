// Remembers the main window's size, position and maximized state in window-state.json (the
// Electron host's own file: settings.json belongs to the backend, which runs in another
// thread, and two writers of one file would lose each other's changes), and puts a
// remembered window back only where it is still visible (a monitor may have been unplugged).
import fs from 'node:fs';
import path from 'node:path';
import type { Rectangle } from 'electron';
import { sanitize, SettingsStore, settingsPath, writeFileAtomic, type WindowState } from '../core/settings/settings-store';

const FILE = 'window-state.json';

/** The saved state; before window-state.json existed, it was kept in settings.json. */
export function loadWindowState(userDataDir: string): WindowState | null {
  try {
    return sanitize({ window: JSON.parse(fs.readFileSync(path.join(userDataDir, FILE), 'utf8')) }).window;
  } catch {
    return SettingsStore.read(settingsPath(userDataDir)).window;
  }
}

export function saveWindowState(userDataDir: string, state: WindowState): void {
  const clean = sanitize({ window: state }).window;
  if (clean) writeFileAtomic(path.join(userDataDir, FILE), JSON.stringify(clean) + '\n');
}

/** 1280x860 shows a PDF page at fit-width next to the library sidebar on a 1366x768+ screen. */
export const DEFAULT_SIZE = { width: 1280, height: 860 };
/** At least 100x50 px of the title bar must be on some screen to be grabbed again. */
const MIN_VISIBLE = { width: 100, height: 50 };

export function restoreBounds(saved: WindowState | null, workAreas: Rectangle[]): Partial<Rectangle> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_SIZE };
  const width = Math.max(640, Math.round(saved.width));
  const height = Math.max(480, Math.round(saved.height));
  if (saved.x === undefined || saved.y === undefined) return { width, height };
  const x = Math.round(saved.x);
  const y = Math.round(saved.y);
  const visible = workAreas.some(
    (a) =>
      x + width - MIN_VISIBLE.width >= a.x &&
      x + MIN_VISIBLE.width <= a.x + a.width &&
      y >= a.y - MIN_VISIBLE.height &&
      y + MIN_VISIBLE.height <= a.y + a.height,
  );
  return visible ? { x, y, width, height } : { width, height };
}
