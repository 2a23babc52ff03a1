// Zoom arithmetic for the reader: the fixed zoom steps of the toolbar and keyboard, and
// the scale that fits a page to the available width or to the whole viewport.
import { CSS_PX_PER_POINT, PAGE_GAP, type PageSize } from './reader-layout';

export type ZoomSetting = number | 'fit-width' | 'fit-page';

/** The steps of Ctrl+= / Ctrl+-, as in common PDF viewers (1 = 100 %). */
export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5] as const;
export const MIN_ZOOM = ZOOM_STEPS[0];
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1];
/** Room kept for the vertical scrollbar (~15 px on Windows/Linux) so fit-width never
 *  causes a horizontal scrollbar. */
export const SCROLLBAR_ALLOWANCE = 16;

export function clampZoom(z: number): number {
  if (!Number.isFinite(z)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));
}

/** Next step strictly above (dir 1) or below (dir -1) the current zoom; stays at the ends. */
export function stepZoom(current: number, dir: 1 | -1): number {
  // 1 % tolerance so a fitted 0.995 steps to 1.1, not to 1.
  if (dir > 0) {
    for (const s of ZOOM_STEPS) if (s > current * 1.01) return s;
    return MAX_ZOOM;
  }
  for (let i = ZOOM_STEPS.length - 1; i >= 0; i--) if (ZOOM_STEPS[i] < current * 0.99) return ZOOM_STEPS[i];
  return MIN_ZOOM;
}

/** Zoom (1 = 100 %) at which a page of `page` points fills `containerWidth` CSS px. */
export function fitWidthZoom(page: PageSize, containerWidth: number): number {
  const avail = containerWidth - 2 * PAGE_GAP - SCROLLBAR_ALLOWANCE;
  if (page.width <= 0 || avail <= 0) return 1;
  return clampZoom(avail / (page.width * CSS_PX_PER_POINT));
}

/** Zoom at which a whole page fits into the viewport (width and height). */
export function fitPageZoom(page: PageSize, containerWidth: number, containerHeight: number): number {
  const availH = containerHeight - 2 * PAGE_GAP;
  if (page.height <= 0 || availH <= 0) return fitWidthZoom(page, containerWidth);
  const byHeight = availH / (page.height * CSS_PX_PER_POINT);
  return clampZoom(Math.min(fitWidthZoom(page, containerWidth), byHeight));
}

/** The effective numeric zoom of a setting for the given viewport. */
export function resolveZoom(setting: ZoomSetting, page: PageSize, containerWidth: number, containerHeight: number): number {
  if (setting === 'fit-width') return fitWidthZoom(page, containerWidth);
  if (setting === 'fit-page') return fitPageZoom(page, containerWidth, containerHeight);
  return clampZoom(setting);
}

/** "125 %" style label value (rounded percent). */
export function zoomPercent(zoom: number): number {
  return Math.round(zoom * 100);
}
