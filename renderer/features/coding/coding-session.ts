// Coding in the open document, outside React: the document's highlights (reading order), the
// selected one, the popup, hover and the area tool; it draws highlights into the reader's page
// overlays and turns selections into annotations. Every change goes to the backend at once
// (one transaction, one undoable action) and the 'coding.changed' event reloads the list, so
// undo / redo from anywhere shows up here.
import { api, onEvent } from '../../api';
import { coderViewStore, visibleCoderIds } from './coder-view-store';
import type { Annotation, AnnotationTarget } from '../../../shared/domain/annotation';
import type { SpanBox } from '../../../shared/anchoring/index';
import { errorMessage, t } from '../../i18n/i18n';
import { Store } from '../../state/store';
import type { ReaderController } from '../reader/reader-controller';
import { codebookStore, codeColors } from '../codebook/codebook-store';
import { notify } from '../shell/dialogs-store';
import { areaTarget, normaliseDrag } from './area-tool';
import { measuredBoxes, pageIndexOfNode, readSelection } from './dom-selection';
import { takeFirstScreen, type FirstScreen } from './first-screen';
import { drawPageHighlights, flashHighlight, highlightAt, type PageItem } from './highlight-layer';
import { noteCodesUsed, recentCodesStore } from './recent-codes';
import { selectionToTargets, targetsQuote } from './selection-targets';
import { takePassageSelection } from '../links/passage-focus';
import { HighlightEditor } from './highlight-edit';
import type { EdgeStep, RangeEdge } from '../../../shared/anchoring/index';
import { codeLabel } from '../codebook/codebook-tree';
import { getLocale } from '../../i18n/i18n';
import { stripMarks } from './strip-marks';

export type Popup =
  | { mode: 'new'; kind: 'text' | 'area'; targets: AnnotationTarget[]; quote: string; x: number; y: number }
  | { mode: 'edit'; annotationId: string; x: number; y: number };

export interface CodingState {
  annotations: Annotation[];
  loaded: boolean;
  preview: FirstScreen | null;
  selectedId: string | null;
  popup: Popup | null;
  hover: { id: string; x: number; y: number } | null;
  areaMode: boolean;
  filterCodeId: string | null;
  /** The orphan waiting for the user to select its new passage ("Re-attach"). */
  reattachId: string | null;
  /** Highlights flagged as exemplar quotes (exemplars.list). */
  exemplarIds: ReadonlySet<string>;
}

export class CodingSession {
  readonly store = new Store<CodingState>({ annotations: [], loaded: false, preview: null, selectedId: null, popup: null, hover: null, areaMode: false, filterCodeId: null, reattachId: null, exemplarIds: new Set() });
  private offs: Array<() => void> = [];
  private byPage = new Map<number, PageItem[]>();
  private drawn = new Map<number, HTMLElement>();
  private hoverFrame = 0;
  private disposed = false;
  private newDraft: { codeIds: string[]; color: string; comment: string } | null = null;
  private coderKey = '';
  private dragPreview: AnnotationTarget[] | null = null;
  readonly editor = new HighlightEditor({
    geometry: (i) => this.reader.pageGeometry(i),
    find: (id) => this.find(id),
    saveTargets: (id, targets) => this.saveTargets(id, targets),
    preview: (targets) => {
      this.dragPreview = targets;
      this.redrawAll();
    },
  });
  /** What the coding strip was last built from (it is rebuilt only when one of them changes). */
  private stripInputs: unknown[] = [];

  constructor(readonly documentId: string, readonly reader: ReaderController) {}

  start(): void {
    const pagesEl = this.reader.pagesElement;
    this.offs.push(
      this.reader.onPageGeometry((i) => this.drawPage(i)),
      onEvent('coding.changed', ({ documentId }) => {
        if (!documentId || documentId === this.documentId) void this.reload();
      }),
      codebookStore.subscribe(() => this.redrawAll()),
      coderViewStore.subscribe(() => {
        const key = String(visibleCoderIds() ?? '*');
        if (key !== this.coderKey) void this.reload();
      }),
      this.store.subscribe(() => this.updateStrip()),
      codebookStore.subscribe(() => this.updateStrip()),
      this.reader.store.subscribe(() => this.updateStrip()),
    );
    this.updateStrip();
    const listen = <K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, fn: (e: HTMLElementEventMap[K]) => void) => {
      el.addEventListener(type, fn);
      this.offs.push(() => el.removeEventListener(type, fn));
    };
    listen(pagesEl, 'mouseup', (e) => this.onMouseUp(e));
    listen(pagesEl, 'mousemove', (e) => this.onMouseMove(e));
    listen(pagesEl, 'mouseleave', () => this.store.getSnapshot().hover && this.store.set({ hover: null }));
    listen(pagesEl, 'mousedown', (e) => this.onMouseDown(e));
    void this.load();
  }

  private async load(): Promise<void> {
    // The first screen first (~30 KB where the whole list of 2,000 is ~1.4 MB), then every
    // highlight (the page layers, n / p, the code filter), then the check of the stored anchors
    // against the stored text: when it flags or moves any, 'coding.changed' reloads the list.
    void this.loadFirstScreen();
    await this.reload();
    await api['annotations.reanchor']({ documentId: this.documentId }).catch(() => null);
  }

  private async loadFirstScreen(): Promise<void> {
    const page = await takeFirstScreen(this.documentId);
    if (!page || this.disposed || this.store.getSnapshot().loaded) return;
    this.store.set({ preview: { items: page.items, total: page.total, orphans: page.orphans } });
  }

  async reload(): Promise<void> {
    try {
      // Only the highlights of the coders the coder view shows (coder-view.ts).
      const coderIds = visibleCoderIds();
      this.coderKey = String(coderIds ?? '*');
      const [annotations, exemplars] = await Promise.all([
        api['annotations.list']({ documentId: this.documentId, ...(coderIds ? { coderIds } : {}) }),
        api['exemplars.list']({ documentId: this.documentId }),
      ]);
      if (this.disposed) return;
      const { selectedId, popup } = this.store.getSnapshot();
      const exists = (id: string | null) => !!id && annotations.some((a) => a.id === id);
      this.store.set({
        annotations,
        exemplarIds: new Set(exemplars),
        loaded: true,
        preview: null,
        selectedId: exists(selectedId) ? selectedId : null,
        popup: popup?.mode === 'edit' && !exists(popup.annotationId) ? null : popup,
      });
      this.index();
      this.redrawAll();
      // Opened from a passage link: select that highlight, scroll it into view, flash it.
      const linked = takePassageSelection(this.documentId);
      if (linked && annotations.some((a) => a.id === linked)) this.select(linked, { reveal: true });
    } catch (err) {
      if (!this.disposed) notify('error', errorMessage(err));
    }
  }

  private index(): void {
    this.byPage = new Map();
    for (const annotation of this.store.getSnapshot().annotations) {
      for (const target of annotation.targets) {
        const list = this.byPage.get(target.pageIndex);
        if (list) list.push({ annotation, target });
        else this.byPage.set(target.pageIndex, [{ annotation, target }]);
      }
    }
  }

  // --- drawing ---------------------------------------------------------------------------

  private drawPage(i: number): void {
    const g = this.reader.pageGeometry(i);
    if (!g) {
      this.drawn.get(i)?.replaceChildren();
      this.drawn.delete(i);
      return;
    }
    this.drawn.set(i, g.overlayEl);
    const { selectedId, popup } = this.store.getSnapshot();
    drawPageHighlights(g, this.byPage.get(i) ?? [], {
      codeColors: codeColors(codebookStore.getSnapshot().codes),
      selectedId,
      pending: this.dragPreview ?? (popup?.mode === 'new' ? popup.targets : []),
    });
    this.editor.drawHandles(g, selectedId && !this.dragPreview ? this.find(selectedId) ?? null : null);
  }

  redrawAll(): void {
    if (this.disposed) return;
    for (const i of [...this.drawn.keys()]) this.drawPage(i);
    // Pages whose geometry appeared before the annotations loaded.
    const n = this.reader.store.getSnapshot().numPages;
    for (let i = 0; i < n; i++) if (!this.drawn.has(i) && this.reader.pageGeometry(i)) this.drawPage(i);
  }

  /** Gives the reader's coding strip the highlights drawn here (the same coder view and code filter). */
  private updateStrip(): void {
    if (this.disposed) return;
    const { annotations, filterCodeId } = this.store.getSnapshot();
    const { codes } = codebookStore.getSnapshot();
    const { sizes } = this.reader.store.getSnapshot();
    const inputs = [annotations, filterCodeId, codes, sizes];
    if (inputs.every((v, i) => v === this.stripInputs[i])) return;
    this.stripInputs = inputs;
    const byId = new Map(codes.map((c) => [c.id, c]));
    this.reader.setStripSource({
      marks: stripMarks(annotations, { codeColors: codeColors(codes), filterCodeId, pageHeight: (i) => sizes[i]?.height }),
      labelOf: (id) => {
        const code = byId.get(id);
        return code ? codeLabel(code, getLocale()) : '';
      },
      activate: (id) => this.select(id, { reveal: true }),
    });
  }

  // --- pointer ---------------------------------------------------------------------------

  private onMouseUp(e: MouseEvent): void {
    if (this.store.getSnapshot().areaMode || e.button !== 0 || this.editor.dragging) return;
    // Let the browser finish updating the selection first.
    requestAnimationFrame(() => {
      if (this.store.getSnapshot().reattachId) {
        void this.reattachToSelection();
        return;
      }
      if (this.openForSelection(e.clientX, e.clientY)) return;
      const pageIndex = pageIndexOfNode(e.target as Node);
      const page = pageIndex === null ? null : this.reader.pageGeometry(pageIndex)?.pageEl;
      const id = page ? highlightAt(page, e.clientX, e.clientY) : null;
      if (id) this.select(id, { popupAt: { x: e.clientX, y: e.clientY + 12 } });
      else if (this.store.getSnapshot().selectedId) this.store.set({ selectedId: null }), this.redrawAll();
    });
  }

  private onMouseMove(e: MouseEvent): void {
    if (this.hoverFrame) return;
    const { clientX: x, clientY: y, target } = e;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      const pageIndex = pageIndexOfNode(target as Node);
      const page = pageIndex === null ? null : this.reader.pageGeometry(pageIndex)?.pageEl;
      const id = page ? highlightAt(page, x, y) : null;
      const cur = this.store.getSnapshot().hover;
      if (!id) {
        if (cur) this.store.set({ hover: null });
      } else if (cur?.id !== id || Math.abs(cur.x - x) > 24 || Math.abs(cur.y - y) > 24) this.store.set({ hover: { id, x, y } });
    });
  }

  /** Opens the popup for the current text selection; false when there is none in the pages. */
  openForSelection(x?: number, y?: number): boolean {
    const sel = readSelection(this.reader.pagesElement, (i) => this.reader.pageGeometry(i));
    if (!sel) return false;
    const targets = selectionToTargets(sel.pages, sel.start, sel.end);
    if (targets.length === 0) return false;
    const px = x ?? sel.anchor.right;
    const py = Math.max(sel.anchor.bottom, y ?? 0) + 8;
    this.store.set({ popup: { mode: 'new', kind: 'text', targets, quote: targetsQuote(targets), x: px, y: py }, hover: null });
    this.redrawAll();
    return true;
  }

  // --- area tool ---------------------------------------------------------------------------

  setAreaMode(on: boolean): void {
    this.store.set({ areaMode: on });
    this.reader.pagesElement.classList.toggle('coding-area-mode', on);
  }

  private onMouseDown(e: MouseEvent): void {
    if (!this.store.getSnapshot().areaMode || e.button !== 0) return;
    const pageIndex = pageIndexOfNode(e.target as Node);
    const g = pageIndex === null ? null : this.reader.pageGeometry(pageIndex);
    if (!g || pageIndex === null) return;
    e.preventDefault();
    const origin = g.pageEl.getBoundingClientRect();
    const x0 = e.clientX - origin.left;
    const y0 = e.clientY - origin.top;
    const band = document.createElement('div');
    band.className = 'coding-area-band';
    band.dataset.testid = 'area-band';
    g.pageEl.append(band);
    const place = (x: number, y: number) => {
      const r = normaliseDrag(x0, y0, x - origin.left, y - origin.top);
      Object.assign(band.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.right - r.left}px`, height: `${r.bottom - r.top}px` });
      return r;
    };
    const move = (ev: MouseEvent) => void place(ev.clientX, ev.clientY);
    const up = (ev: MouseEvent) => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      band.remove();
      const rect = place(ev.clientX, ev.clientY);
      const spans: SpanBox[] = g.map.spans.map((_, k) => {
        const start = g.map.itemStarts[k];
        const end = start + g.map.strs[k].length;
        const [b] = measuredBoxes(g, start, end);
        return { start, end, box: b ?? { left: 0, top: 0, right: 0, bottom: 0 } };
      });
      const target = areaTarget(pageIndex, rect, g.viewport, g.text, spans);
      if (!target) return;
      this.setAreaMode(false);
      this.store.set({ popup: { mode: 'new', kind: 'area', targets: [target], quote: target.quote?.exact ?? '', x: ev.clientX, y: ev.clientY + 8 } });
      this.redrawAll();
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  }

  // --- actions ---------------------------------------------------------------------------

  /**
   * Closes the popup. A new selection's popup closed by Escape or a click elsewhere while its
   * comment holds text is saved as a highlight with that comment (typed text is never dropped
   * silently); only `discard` (the Cancel button) throws it away.
   */
  closePopup(opts: { discard?: boolean } = {}): void {
    const popup = this.store.getSnapshot().popup;
    if (!popup) return;
    const draft = this.newDraft;
    this.newDraft = null;
    if (popup.mode === 'new' && !opts.discard && draft && draft.comment.trim() !== '') {
      void this.createFromPopup(draft.codeIds, draft.codeIds.length ? null : draft.color, draft.comment).then((a) => a && notify('info', t('coding.commentKept')));
      return;
    }
    this.store.set({ popup: null });
    this.redrawAll();
  }

  /** What the new-selection popup holds so far (codes, colour, comment), for closePopup(). */
  noteNewDraft(draft: { codeIds: string[]; color: string; comment: string } | null): void {
    this.newDraft = draft;
  }

  /** Saves a highlight's comment as it is typed (renderer/state/autosave.ts); throws on failure. */
  async saveComment(id: string, comment: string): Promise<void> {
    const a = await api['annotations.update']({ id, patch: { comment } });
    if (this.disposed) return;
    this.upsert(a);
    this.redrawAll();
  }

  /** Creates the highlight waiting in the popup. */
  async createFromPopup(codeIds: string[], color: string | null, comment: string): Promise<Annotation | null> {
    const popup = this.store.getSnapshot().popup;
    if (popup?.mode !== 'new') return null;
    this.newDraft = null;
    this.store.set({ popup: null });
    try {
      const a = await api['annotations.create']({ documentId: this.documentId, kind: popup.kind, targets: popup.targets, color, comment, codeIds });
      noteCodesUsed(codeIds);
      window.getSelection()?.removeAllRanges();
      this.upsert(a);
      this.store.set({ selectedId: a.id });
      this.redrawAll();
      return a;
    } catch (err) {
      notify('error', errorMessage(err));
      this.redrawAll();
      return null;
    }
  }

  async update(id: string, patch: { codeIds?: string[]; comment?: string; color?: string | null }): Promise<void> {
    try {
      const a = await api['annotations.update']({ id, patch });
      if (patch.codeIds) noteCodesUsed(patch.codeIds.filter((c) => !this.find(id)?.codeIds.includes(c)));
      this.upsert(a);
      this.redrawAll();
    } catch (err) {
      notify('error', errorMessage(err));
    }
  }

  /** Saves a moved or re-attached highlight's new targets (annotations.update: one undoable action). */
  async saveTargets(id: string, targets: AnnotationTarget[]): Promise<void> {
    try {
      const a = await api['annotations.update']({ id, patch: { targets } });
      if (this.disposed) return;
      this.upsert(a);
      this.redrawAll();
    } catch (err) {
      notify('error', errorMessage(err));
      this.redrawAll();
    }
  }

  /** Shift/Alt+arrows: one step of the selected highlight's start or end. */
  moveSelectedEdge(edge: RangeEdge, dir: 1 | -1, step: EdgeStep): boolean {
    const { selectedId } = this.store.getSnapshot();
    const a = selectedId ? this.find(selectedId) : undefined;
    if (!a || a.kind !== 'text' || a.anchorStatus === 'orphan') return false;
    void this.editor.step(a.id, edge, dir, step);
    return true;
  }

  /** "Re-attach" on an orphan: the next text selection in the reader becomes its passage. */
  startReattach(id: string | null): void {
    this.store.set({ reattachId: id, popup: null });
    if (id) window.getSelection()?.removeAllRanges();
  }

  private async reattachToSelection(): Promise<void> {
    const id = this.store.getSnapshot().reattachId;
    const sel = readSelection(this.reader.pagesElement, (i) => this.reader.pageGeometry(i));
    if (!id || !sel) return;
    const targets = selectionToTargets(sel.pages, sel.start, sel.end);
    if (targets.length === 0) return;
    this.store.set({ reattachId: null });
    await this.saveTargets(id, targets);
    window.getSelection()?.removeAllRanges();
    if (this.find(id)?.anchorStatus !== 'orphan') {
      this.select(id);
      notify('info', t('coding.reattached'));
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await api['annotations.delete']({ id });
      const s = this.store.getSnapshot();
      this.store.set({
        annotations: s.annotations.filter((a) => a.id !== id),
        selectedId: s.selectedId === id ? null : s.selectedId,
        popup: s.popup?.mode === 'edit' && s.popup.annotationId === id ? null : s.popup,
      });
      this.index();
      this.redrawAll();
      notify('info', t('coding.deleted'));
    } catch (err) {
      notify('error', errorMessage(err));
    }
  }

  find(id: string): Annotation | undefined {
    return this.store.getSnapshot().annotations.find((a) => a.id === id);
  }

  private upsert(a: Annotation): void {
    const list = this.store.getSnapshot().annotations.filter((x) => x.id !== a.id);
    list.push(a);
    list.sort((x, y) => (x.sortIndex < y.sortIndex ? -1 : x.sortIndex > y.sortIndex ? 1 : 0));
    this.store.set({ annotations: list });
    this.index();
  }

  /** Selects a highlight; optionally scrolls to it, flashes it and opens its edit popup. */
  select(id: string | null, opts: { reveal?: boolean; popupAt?: { x: number; y: number } } = {}): void {
    this.store.set({ selectedId: id, popup: id && opts.popupAt ? { mode: 'edit', annotationId: id, ...opts.popupAt } : this.store.getSnapshot().popup?.mode === 'new' ? this.store.getSnapshot().popup : null });
    this.redrawAll();
    if (id && opts.reveal) this.reveal(id);
  }

  /** Scrolls to a highlight and flashes it once its page is drawn. */
  reveal(id: string): void {
    const a = this.find(id);
    const target = a?.targets[0];
    if (!a || !target) return;
    const g = this.reader.pageGeometry(target.pageIndex);
    const vb = g?.viewport.viewBox;
    let fraction = 0;
    if (target.rects.length > 0) {
      const top = Math.max(...target.rects.map((r) => Math.max(r.y1, r.y2)));
      const box = vb ?? [0, 0, 0, 842];
      fraction = (box[3] - top) / Math.max(1, box[3] - box[1]);
    }
    this.reader.revealPagePoint(target.pageIndex, fraction);
    const root = this.reader.pagesElement;
    const tryFlash = (attempt: number) => {
      if (this.disposed || flashHighlight(root, id) || attempt > 40) return;
      setTimeout(() => tryFlash(attempt + 1), 50); // the page may still be painting (max 2 s)
    };
    requestAnimationFrame(() => tryFlash(0));
  }

  /** Highlights the panel and n / p walk through: placed ones, filtered by the panel's code. */
  navigable(): Annotation[] {
    const { annotations, filterCodeId } = this.store.getSnapshot();
    return annotations.filter((a) => a.anchorStatus !== 'orphan' && (!filterCodeId || a.codeIds.includes(filterCodeId)));
  }

  step(dir: 1 | -1): void {
    const list = this.navigable();
    if (list.length === 0) return;
    const { selectedId } = this.store.getSnapshot();
    let i = list.findIndex((a) => a.id === selectedId);
    if (i < 0) {
      // From the current page: the first highlight on or after it (or before it, going back).
      const page = this.reader.store.getSnapshot().pageIndex;
      i = dir === 1 ? list.findIndex((a) => a.targets[0].pageIndex >= page) : list.map((a) => a.targets[0].pageIndex <= page).lastIndexOf(true);
      if (i < 0) i = dir === 1 ? 0 : list.length - 1;
    } else i = (i + dir + list.length) % list.length;
    this.select(list[i].id, { reveal: true });
  }

  /** Keys 1-9: the recent code to the selection waiting in the popup, or to the selected highlight. */
  async applyRecent(index: number): Promise<void> {
    const codeId = recentCodesStore.getSnapshot().ids[index];
    if (!codeId) return;
    const { popup, selectedId } = this.store.getSnapshot();
    if (popup?.mode === 'new' || this.openForSelection()) {
      await this.createFromPopup([codeId], null, '');
      return;
    }
    const a = selectedId ? this.find(selectedId) : undefined;
    if (a && !a.codeIds.includes(codeId)) await this.update(a.id, { codeIds: [...a.codeIds, codeId] });
  }

  setFilter(codeId: string | null): void {
    this.store.set({ filterCodeId: codeId });
  }

  dispose(): void {
    this.disposed = true;
    this.reader.setStripSource(null);
    this.offs.forEach((off) => off());
    this.offs = [];
    if (this.hoverFrame) cancelAnimationFrame(this.hoverFrame);
    for (const el of this.drawn.values()) el.replaceChildren();
    this.drawn.clear();
  }
}
