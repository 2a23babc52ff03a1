// Moving the edges of the selected text highlight in the reader: two drag handles at its start
// and end, and Shift/Alt+arrow steps (coding-keys.ts). The new range is computed by the shared
// anchoring library (move-edge.ts) from the rendered pages' texts, its rects measured from the
// text layer as for a fresh selection, and saved as a targets patch: one undoable action that
// keeps the codes and comment (key steps of one highlight coalesce into one undo step). Steps
// are queued so a held key computes each step from the previous one's saved range.
// Imperative DOM, outside React, like the highlight layer.
import { codePointIndex, moveEdge, setEdge, type EdgeStep, type RangeEdge } from '../../../shared/anchoring/index';
import type { Annotation, AnnotationTarget } from '../../../shared/domain/annotation';
import type { PageGeometry } from '../reader/page-views';
import { t } from '../../i18n/i18n';
import { domPointToOffset, measuredBoxes, pageIndexOfNode } from './dom-selection';
import { targetBoxes, type PercentBox } from './highlight-layout';
import { boxesToPdfRects } from './selection-targets';

export interface EditHost {
  geometry(pageIndex: number): PageGeometry | null;
  find(id: string): Annotation | undefined;
  /** Saves new targets (one action); resolves when the list holds the saved highlight. */
  saveTargets(id: string, targets: AnnotationTarget[]): Promise<void>;
  /** Draws `targets` as the pending range while a handle is dragged (null: none). */
  preview(targets: AnnotationTarget[] | null): void;
}

/** Page texts of the rendered pages (the only ones a user can see and move edges on). */
function textsOf(host: EditHost): (i: number) => string | undefined {
  return (i) => host.geometry(i)?.text;
}

/** Fills the rects of targets the move left empty, from the text layer of their page. */
export function measureTargets(targets: readonly AnnotationTarget[], geometry: (i: number) => PageGeometry | null): AnnotationTarget[] {
  return targets.map((tg) => {
    const g = geometry(tg.pageIndex);
    if (tg.rects.length > 0 || !g || !tg.position) return tg;
    const cps = codePointIndex(g.text);
    return { ...tg, rects: boxesToPdfRects(measuredBoxes(g, cps.toUtf16(tg.position.start), cps.toUtf16(tg.position.end)), g.viewport) };
  });
}

export class HighlightEditor {
  private queue: Promise<void> = Promise.resolve();
  /** Set while a handle is dragged: the pagesEl mouseup that ends the drag is not a click. */
  dragging = false;

  constructor(private readonly host: EditHost) {}

  /** One keyboard step of one edge of highlight `id`; ignored for areas and orphans. */
  step(id: string, edge: RangeEdge, dir: 1 | -1, step: EdgeStep): Promise<void> {
    this.queue = this.queue.then(async () => {
      const a = this.host.find(id);
      if (!a || a.kind !== 'text' || a.anchorStatus === 'orphan') return;
      const next = moveEdge(a.targets, textsOf(this.host), edge, dir, step);
      if (next) await this.host.saveTargets(id, measureTargets(next, (i) => this.host.geometry(i)));
    });
    return this.queue;
  }

  /** Draws the two handles of the selected highlight on page `g` (or removes them). */
  drawHandles(g: PageGeometry, selected: Annotation | null): void {
    let layer = g.pageEl.querySelector<HTMLElement>(':scope > .coding-handles');
    if (!selected || selected.kind !== 'text' || selected.anchorStatus === 'orphan' || !selected.targets.some((tg) => tg.pageIndex === g.pageIndex)) {
      layer?.remove();
      return;
    }
    if (!layer) {
      layer = document.createElement('div');
      layer.className = 'coding-handles';
      g.pageEl.append(layer);
    }
    layer.replaceChildren();
    const source = { viewport: g.viewport, text: g.text, boxesFor: (s: number, e: number) => measuredBoxes(g, s, e) };
    const first = selected.targets[0];
    const last = selected.targets[selected.targets.length - 1];
    const put = (edge: RangeEdge, b: PercentBox) => {
      const el = document.createElement('div');
      el.className = `coding-handle coding-handle-${edge}`;
      el.dataset.testid = `handle-${edge}`;
      el.title = t(edge === 'start' ? 'coding.handleStart' : 'coding.handleEnd');
      el.style.left = `${edge === 'start' ? b.left : b.left + b.width}%`;
      el.style.top = `${b.top}%`;
      el.style.height = `${b.height}%`;
      el.addEventListener('mousedown', (e) => this.beginDrag(e, selected.id, edge));
      layer!.append(el);
    };
    if (first.pageIndex === g.pageIndex) {
      const boxes = targetBoxes(first, source);
      const top = boxes.reduce<PercentBox | null>((m, b) => (!m || b.top < m.top - 0.2 || (Math.abs(b.top - m.top) <= 0.2 && b.left < m.left) ? b : m), null);
      if (top) put('start', top);
    }
    if (last.pageIndex === g.pageIndex) {
      const boxes = targetBoxes(last, source);
      const bottom = boxes.reduce<PercentBox | null>((m, b) => (!m || b.top > m.top + 0.2 || (Math.abs(b.top - m.top) <= 0.2 && b.left + b.width > m.left + m.width) ? b : m), null);
      if (bottom) put('end', bottom);
    }
  }

  /** The page-text point under a client point, from the caret position in the text layer. */
  private pointAt(x: number, y: number, edge: RangeEdge): { pageIndex: number; offset: number } | null {
    const doc = document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
    let node: Node | null = null;
    let offset = 0;
    const pos = doc.caretPositionFromPoint?.(x, y);
    if (pos) [node, offset] = [pos.offsetNode, pos.offset];
    else {
      const r = document.caretRangeFromPoint?.(x, y);
      if (r) [node, offset] = [r.startContainer, r.startOffset];
    }
    const pageIndex = node ? pageIndexOfNode(node) : null;
    const g = pageIndex === null ? null : this.host.geometry(pageIndex);
    if (!node || !g || pageIndex === null) return null;
    return { pageIndex, offset: domPointToOffset(g, node, offset, edge) };
  }

  private beginDrag(e: MouseEvent, id: string, edge: RangeEdge): void {
    if (e.button !== 0) return;
    e.preventDefault(); // no text selection while dragging
    e.stopPropagation();
    this.dragging = true;
    document.body.classList.add('coding-dragging-handle');
    let latest: AnnotationTarget[] | null = null;
    const at = (ev: MouseEvent) => {
      const a = this.host.find(id);
      const point = this.pointAt(ev.clientX, ev.clientY, edge);
      if (!a || !point) return latest;
      return setEdge(a.targets, textsOf(this.host), edge, point);
    };
    const move = (ev: MouseEvent) => {
      latest = at(ev) ?? latest;
      this.host.preview(latest);
    };
    const up = (ev: MouseEvent) => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up, true);
      document.body.classList.remove('coding-dragging-handle');
      const next = at(ev) ?? latest;
      this.host.preview(null);
      // The pagesEl mouseup of this release runs after this capture listener: let it pass first.
      requestAnimationFrame(() => (this.dragging = false));
      if (next) this.queue = this.queue.then(() => this.host.saveTargets(id, measureTargets(next, (i) => this.host.geometry(i))));
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up, true);
  }
}
