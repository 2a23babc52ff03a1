// Draws the coding highlights of one page into the reader's per-page overlay layer (under the
// text layer, so selecting text over a highlight still works). Boxes come from
// highlight-layout.ts in percent of the page box, so they stay on the text at every zoom; the
// layer is rebuilt from the stored rects whenever the annotations, codes or the page change.
// Imperative DOM on purpose: a page can carry 50 highlights and redraws must not go
// through React.
import type { Annotation, AnnotationTarget } from '../../../shared/domain/annotation';
import type { PageGeometry } from '../reader/page-views';
import { measuredBoxes } from './dom-selection';
import { highlightPaint, targetBoxes, type PercentBox } from './highlight-layout';

export interface PageItem {
  annotation: Annotation;
  target: AnnotationTarget;
}

export interface DrawOptions {
  codeColors: ReadonlyMap<string, string>;
  selectedId: string | null;
  /** Targets of a selection waiting in the popup, drawn as a neutral "pending" highlight. */
  pending: readonly AnnotationTarget[];
}

function box(layer: HTMLElement, b: PercentBox, cls: string): HTMLElement {
  const el = document.createElement('div');
  el.className = cls;
  el.style.left = `${b.left}%`;
  el.style.top = `${b.top}%`;
  el.style.width = `${b.width}%`;
  el.style.height = `${b.height}%`;
  layer.append(el);
  return el;
}

export function drawPageHighlights(g: PageGeometry, items: readonly PageItem[], opts: DrawOptions): void {
  const layer = g.overlayEl;
  layer.replaceChildren();
  const source = { viewport: g.viewport, text: g.text, boxesFor: (s: number, e: number) => measuredBoxes(g, s, e) };
  for (const { annotation, target } of items) {
    if (annotation.anchorStatus === 'orphan') continue; // listed in the panel, never drawn in a wrong place
    const paint = highlightPaint(annotation, opts.codeColors);
    let cls = 'coding-highlight';
    if (paint.multi) cls += ' coding-highlight-multi';
    if (annotation.kind === 'area') cls += ' coding-highlight-area';
    if (annotation.id === opts.selectedId) cls += ' coding-highlight-selected';
    for (const b of targetBoxes(target, source)) {
      const el = box(layer, b, cls);
      el.dataset.testid = 'highlight';
      el.dataset.annotationId = annotation.id;
      el.dataset.pageIndex = String(g.pageIndex);
      el.dataset.codeCount = String(annotation.codeIds.length);
      el.style.setProperty('--hl-bg', paint.background);
      el.style.setProperty('--hl-color', paint.colors[0]);
    }
  }
  for (const target of opts.pending) {
    if (target.pageIndex !== g.pageIndex) continue;
    for (const b of targetBoxes(target, source)) box(layer, b, 'coding-highlight-pending').dataset.testid = 'pending-highlight';
  }
}

/** The highlight under a client point on `pageEl`, topmost (last drawn) first; null if none. */
export function highlightAt(pageEl: HTMLElement, x: number, y: number): string | null {
  const els = pageEl.querySelectorAll<HTMLElement>('[data-testid="highlight"]');
  for (let i = els.length - 1; i >= 0; i--) {
    const r = els[i].getBoundingClientRect();
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return els[i].dataset.annotationId ?? null;
  }
  return null;
}

/** Restarts the flash animation on every box of a highlight (after "click scrolls to it"). */
export function flashHighlight(root: HTMLElement, id: string): boolean {
  const els = root.querySelectorAll<HTMLElement>(`[data-testid="highlight"][data-annotation-id="${CSS.escape(id)}"]`);
  els.forEach((el) => {
    el.classList.remove('coding-highlight-flash');
    void el.offsetWidth; // reflow so the animation starts again
    el.classList.add('coding-highlight-flash');
  });
  return els.length > 0;
}
