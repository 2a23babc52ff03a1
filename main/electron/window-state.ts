// Remembers the main window's size, position and maximized state in settings.json, and puts a
// remembered window back only where it is still visible (a monitor may have been unplugged).
import type { Rectangle } from 'electron';
import type { WindowState } from '../core/settings/settings-store';

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
