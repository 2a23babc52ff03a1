// Draws find hits and project-search term hits over one rendered page. Boxes are measured
// once from the text layer and stored as percentages of the page box, so they stay on the
// glyphs through zoom changes without measuring again.
import { rangeBoxes, type TextLayerMap } from '../../pdf/text-layer-map';
import type { FindHit } from './find-logic';

export interface PageHits {
  find: readonly FindHit[];
  /** The selected find hit if it is on this page. */
  current: FindHit | null;
  terms: readonly FindHit[];
}

export const NO_HITS: PageHits = { find: [], current: null, terms: [] };

/** Replaces the overlays in `layer`; returns the current hit's first box element, if any. */
export function drawPageHits(pageEl: HTMLElement, layer: HTMLElement, map: TextLayerMap, hits: PageHits): HTMLElement | null {
  layer.replaceChildren();
  const w = pageEl.clientWidth;
  const h = pageEl.clientHeight;
  if (w === 0 || h === 0) return null;
  let currentEl: HTMLElement | null = null;
  const add = (hit: FindHit, testId: string, cls: string) => {
    const els: HTMLElement[] = [];
    for (const b of rangeBoxes(pageEl, map, hit.start, hit.end)) {
      const el = document.createElement('div');
      el.className = cls;
      el.dataset.testid = testId;
      el.dataset.start = String(hit.start);
      el.dataset.end = String(hit.end);
      el.style.left = `${(100 * b.left) / w}%`;
      el.style.top = `${(100 * b.top) / h}%`;
      el.style.width = `${(100 * b.width) / w}%`;
      el.style.height = `${(100 * b.height) / h}%`;
      layer.append(el);
      els.push(el);
    }
    return els[0] ?? null;
  };
  for (const hit of hits.terms) add(hit, 'search-hit-highlight', 'reader-hit reader-hit-term');
  for (const hit of hits.find) {
    const isCurrent = hits.current !== null && hit.start === hits.current.start && hit.end === hits.current.end;
    const first = add(hit, 'find-hit', isCurrent ? 'reader-hit reader-hit-find reader-hit-current' : 'reader-hit reader-hit-find');
    if (isCurrent) currentEl = first;
  }
  if (currentEl) (currentEl as HTMLElement).dataset.current = 'true';
  return currentEl;
}

/**
 * Scrolls `scroller` so `el` (a hit) sits a third down the viewport, unless it is already
 * comfortably visible (10 % away from the edges). Returns true if it scrolled.
 */
export function revealInScroller(scroller: HTMLElement, el: HTMLElement): boolean {
  const box = el.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  const margin = view.height * 0.1;
  const left = box.left - view.left;
  const verticalOk = box.top >= view.top + margin && box.bottom <= view.bottom - margin;
  const horizontalOk = left >= 0 && left + box.width <= view.width;
  if (verticalOk && horizontalOk) return false;
  if (!verticalOk) scroller.scrollTop += box.top - view.top - view.height / 3;
  if (!horizontalOk) scroller.scrollLeft += left - view.width / 3;
  return true;
}
