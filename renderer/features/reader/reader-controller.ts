// The reader's state and behaviour outside React: loads the PDF through the adapter, owns the
// page views, zoom, current page, panels, links and the saved reading position. Components
// read `store` with useStore() and call methods; pdf.js objects never enter React state.
import type { Client } from '../../../shared/contract';
import type { ErrorData } from '../../../shared/errors';
import { toErrorData } from '../../../shared/errors';
import type { ReadingPosition } from '../../../shared/domain/document';
import { openPdf, PdfOpenError, prewarmPdfWorker, type DestTarget, type OutlineNode, type PdfDest, type PdfDoc, type PdfLink, type PdfRangeSource } from '../../pdf/pdf-adapter';
import { Store } from '../../state/store';
import { FindController } from './find-controller';
import { termHits, type FindHit } from './find-logic';
import { revealInScroller, type PageHits } from './page-highlights';
import { PageViews, type PageGeometry } from './page-views';
import { computeLayout, currentPageIndex, pageIndexAtOffset, pageOffsetFraction, scrollTopForPage, type Layout, type PageSize } from './reader-layout';
import { clampZoom, resolveZoom, stepZoom, type ZoomSetting } from './zoom';
import { ThumbnailQueue } from './thumbnail-queue';
import { markOpenStart, markOpenStep } from './open-timing';
import { PreviewImage } from './page-preview';
import type { StripSource } from './coding-strip';
import { outlineEntries } from './outline-current';

export type ReaderApi = Pick<Client, 'documents.pdfBytes' | 'documents.preview' | 'documents.pageTexts' | 'ocr.pages' | 'documents.getPosition' | 'documents.setPosition' | 'shell.openExternal'>;
export type Sidebar = 'none' | 'thumbnails' | 'outline';

export interface ReaderState {
  status: 'loading' | 'ready' | 'error';
  /** 'invalid' / 'password' for PDFs pdf.js refuses, else the API error (translated by the view). */
  error: { kind: 'invalid' | 'password' | 'api'; data: ErrorData } | null;
  numPages: number;
  pageIndex: number;
  zoomSetting: ZoomSetting;
  zoom: number;
  sidebar: Sidebar;
  outline: OutlineNode[];
  /** Page sizes in points (for thumbnail placeholders). */
  sizes: readonly PageSize[];
  /** External URL waiting for the user's confirmation (web host only). */
  confirmUrl: string | null;
  /** The stored first-page image is on screen while pdf.js opens the document. */
  preview: boolean;
  /** Bumped whenever the page layout changes (zoom, real page sizes): the coding strip redraws. */
  layoutVersion: number;
  /** The 0-based page of every outline entry by its key (outline-current.ts); null until resolved. */
  outlinePages: Readonly<Record<string, number | null>> | null;
}

export interface ReaderOptions {
  api: ReaderApi;
  documentId: string;
  initialPageIndex?: number;
  highlightTerms?: string[];
  /** True in the browser host: external links are confirmed here, then window.open. */
  webHost: boolean;
  /** Where pdf.js reads the PDF by range (web host); without it the whole file comes over the API. */
  rangeSource?: PdfRangeSource | null;
}

/** Saves of the reading position are debounced by 500 ms: scrolling emits ~60 events/s. */
const SAVE_DEBOUNCE_MS = 500;

export class ReaderController {
  readonly store = new Store<ReaderState>({
    status: 'loading', error: null, numPages: 0, pageIndex: 0, zoomSetting: 'fit-width', zoom: 1,
    sidebar: 'none', outline: [], sizes: [], confirmUrl: null, preview: false, layoutVersion: 0, outlinePages: null,
  });
  /** What the strip beside the scroll bar shows; set by the coding workspace (null: no strip). */
  readonly strip = new Store<{ source: StripSource | null }>({ source: null });
  find: FindController | null = null;
  thumbnails: ThumbnailQueue | null = null;
  private doc: PdfDoc | null = null;
  private views: PageViews | null = null;
  private layout: Layout | null = null;
  private sizes: PageSize[] = [];
  private termPage = -1;
  private termHitList: FindHit[] = [];
  private termRevealed = false;
  /** A find hit to scroll to once its page's text layer exists. */
  private pendingReveal: FindHit | null = null;
  /** Page chosen by go-to-page, kept as "current" until the user scrolls (the last pages
   *  cannot reach the viewport top, so the scroll position alone would name another page). */
  private forced: { pageIndex: number; scrollTop: number } | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private frame = 0;
  private disposed = false;
  private resizeObserver: ResizeObserver | null = null;
  private wheelDelta = 0;
  private readonly geometryListeners = new Set<(pageIndex: number) => void>();
  private preview: PreviewImage | null = null;
  private outlineResolving = false;

  constructor(
    private readonly opts: ReaderOptions,
    private readonly scrollEl: HTMLElement,
    private readonly pagesEl: HTMLElement,
  ) {}

  async load(): Promise<void> {
    // The worker boots while the bytes travel (about half of the time to first page).
    prewarmPdfWorker();
    markOpenStart();
    try {
      const savedP = this.opts.initialPageIndex === undefined
        ? this.opts.api['documents.getPosition']({ id: this.opts.documentId }).catch(() => null)
        : Promise.resolve(null);
      // The stored image of page 1 goes up while the bytes travel and pdf.js parses them.
      void this.showPreview(savedP);
      const range = this.opts.rangeSource ?? null;
      const [source, saved, ocr] = await Promise.all([
        range ?? this.opts.api['documents.pdfBytes']({ id: this.opts.documentId }),
        savedP,
        // Scanned pages: their text layer is built from the stored OCR words.
        this.opts.api['ocr.pages']({ documentId: this.opts.documentId }).catch(() => []),
      ]);
      if (this.disposed) return;
      markOpenStep('bytes');
      const doc = await openPdf(source);
      markOpenStep('open');
      if (this.disposed) return void doc.destroy();
      doc.setOcrPages(new Map(ocr.map((o) => [o.pageIndex, o.lines])));
      this.doc = doc;
      const first = await doc.getPage(0);
      markOpenStep('page');
      // Until each page is fetched, every page is assumed to be the size of the first (as
      // pdf.js's viewer does); sizes are corrected in the background by loadSizes().
      this.sizes = Array.from({ length: doc.numPages }, () => ({ width: first.width, height: first.height }));
      this.start(doc, saved);
    } catch (err) {
      if (this.disposed) return;
      const kind = err instanceof PdfOpenError ? (err.reason === 'password' ? 'password' : 'invalid') : 'api';
      this.dropPreview();
      this.store.set({ status: 'error', error: { kind, data: toErrorData(err) } });
    }
  }

  /** Shows the stored preview when the document opens on its first page and pdf.js is not there yet. */
  private async showPreview(savedP: Promise<ReadingPosition | null>): Promise<void> {
    const [preview, saved] = await Promise.all([
      this.opts.api['documents.preview']({ id: this.opts.documentId, pageIndex: 0 }).catch(() => null),
      savedP,
    ]);
    const target = this.opts.initialPageIndex ?? saved?.pageIndex ?? 0;
    const fraction = this.opts.initialPageIndex === undefined ? (saved?.pageOffset ?? 0) : 0;
    if (!preview || target !== 0 || fraction > 0 || this.disposed || this.views) return;
    const image = await PreviewImage.decode(preview);
    if (!image) return;
    if (this.disposed || this.views) return image.dispose();
    image.place(preview, this.pagesEl, this.scrollEl, saved?.zoom ?? 'fit-width');
    this.preview = image;
    markOpenStep('preview');
    this.store.set({ preview: true });
  }

  private dropPreview(): void {
    this.preview?.dispose();
    this.preview = null;
    if (this.store.getSnapshot().preview) this.store.set({ preview: false });
  }

  private start(doc: PdfDoc, saved: ReadingPosition | null): void {
    const n = doc.numPages;
    const pageIndex = clampPage(this.opts.initialPageIndex ?? saved?.pageIndex ?? 0, n);
    const zoomSetting: ZoomSetting = saved?.zoom ?? 'fit-width';
    this.find = new FindController(
      doc,
      () => this.store.getSnapshot().pageIndex,
      (hit, reveal) => this.onFindChange(hit, reveal),
      (pageIndex) => void this.views?.refreshHits(pageIndex),
      (from, count) => this.opts.api['documents.pageTexts']({ id: this.opts.documentId, from, count }),
    );
    this.thumbnails = new ThumbnailQueue(doc);
    this.views = new PageViews(doc, this.pagesEl, {
      hitsFor: (i) => this.hitsFor(i),
      onLink: (link) => void this.followLink(link),
      onTextLayerReady: (i, el) => this.onTextLayerReady(i, el),
      onRenderError: () => {},
      onPageGeometry: (i) => this.geometryListeners.forEach((l) => l(i)),
    });
    // The preview moves into page 1's box (replaced there by the canvas, in the same task).
    if (this.preview) this.views.adoptPreview(0, this.preview);
    this.preview = null;
    this.store.set({ status: 'ready', numPages: n, pageIndex, sizes: this.sizes, preview: false });
    this.applyZoom(zoomSetting, { pageIndex, fraction: saved && this.opts.initialPageIndex === undefined ? saved.pageOffset : 0 });
    this.scrollEl.addEventListener('scroll', this.onScroll, { passive: true });
    this.scrollEl.addEventListener('wheel', this.onWheel, { passive: false });
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(this.scrollEl);
    if (this.opts.highlightTerms?.length && this.opts.initialPageIndex !== undefined) void this.loadTermHits(pageIndex);
    void doc.getOutline().then((outline) => !this.disposed && this.store.set({ outline }), () => {});
    // Page sizes are 599 worker round trips: they wait until the first page is drawn, so they
    // do not queue in front of its rendering in the pdf.js worker.
    void this.afterFirstPaint().then(() => this.loadSizes(doc));
  }

  // --- zoom & navigation -------------------------------------------------------------

  /** Applies a zoom setting, keeping `anchor` (default: the page at the viewport top) in place. */
  applyZoom(setting: ZoomSetting, anchor?: { pageIndex: number; fraction: number }): void {
    if (!this.views || this.sizes.length === 0) return;
    const a = anchor ?? this.topAnchor();
    const ref = this.sizes[a.pageIndex] ?? this.sizes[0];
    const zoom = resolveZoom(setting, ref, this.scrollEl.clientWidth, this.scrollEl.clientHeight);
    const centerRatio = this.scrollEl.scrollWidth > this.scrollEl.clientWidth
      ? (this.scrollEl.scrollLeft + this.scrollEl.clientWidth / 2) / this.scrollEl.scrollWidth : 0.5;
    this.layout = computeLayout(this.sizes, zoom);
    this.views.setLayout(this.layout);
    this.scrollEl.scrollTop = scrollTopForPage(this.layout, a.pageIndex, a.fraction);
    this.scrollEl.scrollLeft = Math.max(0, centerRatio * this.scrollEl.scrollWidth - this.scrollEl.clientWidth / 2);
    this.store.set({ zoomSetting: setting, zoom, layoutVersion: this.store.getSnapshot().layoutVersion + 1 });
    this.refresh();
  }

  zoomIn(): void {
    this.applyZoom(stepZoom(this.store.getSnapshot().zoom, 1));
  }

  zoomOut(): void {
    this.applyZoom(stepZoom(this.store.getSnapshot().zoom, -1));
  }

  setZoomPercent(percent: number): void {
    if (Number.isFinite(percent) && percent > 0) this.applyZoom(clampZoom(percent / 100));
  }

  fitWidth(): void {
    this.applyZoom('fit-width');
  }

  fitPage(): void {
    // Fit page shows the current page whole, so its top goes to the viewport top.
    this.applyZoom('fit-page', { pageIndex: this.store.getSnapshot().pageIndex, fraction: 0 });
  }

  goToPage(pageIndex: number, fraction = 0): void {
    if (!this.layout) return;
    const i = clampPage(pageIndex, this.layout.tops.length);
    this.scrollEl.scrollTop = scrollTopForPage(this.layout, i, fraction);
    this.forced = { pageIndex: i, scrollTop: this.scrollEl.scrollTop };
    this.store.set({ pageIndex: i });
    this.refresh();
  }

  nextPage(): void {
    this.goToPage(this.store.getSnapshot().pageIndex + 1);
  }

  previousPage(): void {
    this.goToPage(this.store.getSnapshot().pageIndex - 1);
  }

  firstPage(): void {
    this.goToPage(0);
  }

  lastPage(): void {
    this.goToPage(this.store.getSnapshot().numPages - 1);
  }

  toggleSidebar(which: Exclude<Sidebar, 'none'>): void {
    const cur = this.store.getSnapshot().sidebar;
    this.store.set({ sidebar: cur === which ? 'none' : which });
  }

  async goToDest(dest: PdfDest): Promise<void> {
    const target = await this.doc?.resolveDest(dest).catch(() => null);
    if (target) await this.goToTarget(target);
  }

  /** Resolves every outline entry's page once (the outline panel follows the current chapter). */
  async resolveOutlinePages(): Promise<void> {
    const doc = this.doc;
    if (!doc || this.outlineResolving || this.store.getSnapshot().outlinePages) return;
    this.outlineResolving = true;
    const pages: Record<string, number | null> = {};
    // One entry at a time: a 200-entry outline is ~400 worker round trips, which must not
    // queue all at once in front of page rendering.
    for (const { key, node } of outlineEntries(this.store.getSnapshot().outline)) {
      if (this.disposed) return;
      pages[key] = node.dest ? ((await doc.resolveDest(node.dest).catch(() => null))?.pageIndex ?? null) : null;
    }
    if (!this.disposed) this.store.set({ outlinePages: pages });
  }

  private async goToTarget(target: DestTarget): Promise<void> {
    if (!this.doc || !this.layout) return;
    let fraction = 0;
    if (target.top !== null) {
      const page = await this.doc.getPage(target.pageIndex);
      const [, y] = page.toCss(1, target.left ?? 0, target.top);
      fraction = Math.min(1, Math.max(0, y / page.height));
    }
    this.goToPage(target.pageIndex, fraction);
  }

  // --- links ---------------------------------------------------------------------------

  private async followLink(link: PdfLink): Promise<void> {
    if (link.dest) return this.goToDest(link.dest);
    if (link.url) this.requestExternal(link.url);
  }

  /** External URLs never navigate the app: Electron's main asks the user; the web host asks here. */
  requestExternal(url: string): void {
    if (this.opts.webHost) this.store.set({ confirmUrl: url });
    else void this.opts.api['shell.openExternal']({ url }).catch(() => {});
  }

  confirmExternal(open: boolean): void {
    const url = this.store.getSnapshot().confirmUrl;
    this.store.set({ confirmUrl: null });
    if (open && url) window.open(url, '_blank', 'noopener');
  }

  // --- scrolling, rendering and position ---------------------------------------------------

  private onScroll = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.refresh();
    });
  };

  /** Ctrl+wheel (and trackpad pinch, which Chromium reports as Ctrl+wheel) zooms by steps. */
  private onWheel = (e: WheelEvent): void => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    // Trackpads send many small deltas: one zoom step per ~100 px of accumulated scroll.
    this.wheelDelta += e.deltaMode === 0 ? e.deltaY : e.deltaY * 40;
    if (Math.abs(this.wheelDelta) < 100) return;
    const dir = this.wheelDelta < 0 ? 1 : -1;
    this.wheelDelta = 0;
    this.applyZoom(stepZoom(this.store.getSnapshot().zoom, dir));
  };

  private onResize(): void {
    const { zoomSetting } = this.store.getSnapshot();
    if (zoomSetting === 'fit-width' || zoomSetting === 'fit-page') this.applyZoom(zoomSetting);
    else this.refresh();
  }

  /** Updates the current page, the rendered pages and schedules the position save. */
  private refresh(): void {
    if (!this.layout || !this.views || this.disposed) return;
    const { scrollTop, clientHeight, scrollHeight } = this.scrollEl;
    if (this.forced && Math.abs(this.forced.scrollTop - scrollTop) > 1) this.forced = null;
    const pageIndex = this.forced?.pageIndex ?? currentPageIndex(this.layout, scrollTop, clientHeight, scrollHeight);
    if (pageIndex !== this.store.getSnapshot().pageIndex) this.store.set({ pageIndex });
    this.views.update(scrollTop, clientHeight);
    this.scheduleSave();
  }

  private topAnchor(): { pageIndex: number; fraction: number } {
    if (!this.layout) return { pageIndex: this.store.getSnapshot().pageIndex, fraction: 0 };
    const top = this.scrollEl.scrollTop;
    const i = pageIndexAtOffset(this.layout, top);
    return { pageIndex: i, fraction: pageOffsetFraction(this.layout, i, top) };
  }

  private position(): ReadingPosition {
    const a = this.topAnchor();
    const { zoomSetting } = this.store.getSnapshot();
    return { pageIndex: a.pageIndex, zoom: zoomSetting, pageOffset: Math.round(a.fraction * 1000) / 1000 };
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), SAVE_DEBOUNCE_MS);
  }

  private save(): void {
    this.saveTimer = null;
    if (!this.layout) return;
    void this.opts.api['documents.setPosition']({ id: this.opts.documentId, position: this.position() }).catch(() => {});
  }

  /** Resolves once a page has its canvas (or after 2 s: a page that fails to render must not stop the rest). */
  private afterFirstPaint(): Promise<void> {
    return new Promise((resolve) => {
      const started = performance.now();
      const check = () => {
        if (this.disposed || (this.views?.renderedPages().length ?? 0) > 0 || performance.now() - started > 2000) resolve();
        else setTimeout(check, 30);
      };
      check();
    });
  }

  /** Fetches every page's real size in the background and re-lays out if any differs. */
  private async loadSizes(doc: PdfDoc): Promise<void> {
    let changed = false;
    for (let i = 1; i < doc.numPages && !this.disposed; i++) {
      const page = await doc.getPage(i).catch(() => null);
      if (!page) continue;
      const s = this.sizes[i];
      if (s.width !== page.width || s.height !== page.height) {
        this.sizes[i] = { width: page.width, height: page.height };
        changed = true;
      }
      // Re-layout every 50 pages so mixed portrait/landscape documents settle early.
      if (changed && (i % 50 === 0 || i === doc.numPages - 1)) {
        changed = false;
        this.sizes = [...this.sizes];
        this.store.set({ sizes: this.sizes });
        this.applyZoom(this.store.getSnapshot().zoomSetting);
      }
    }
  }

  // --- extension points for overlays (features/coding draws highlights with these) ---------

  /** The scrolling element and the page container (for selection and pointer handling). */
  get scrollElement(): HTMLElement {
    return this.scrollEl;
  }

  get pagesElement(): HTMLElement {
    return this.pagesEl;
  }

  /** Geometry of a page whose text layer is ready (null when it is not rendered). */
  pageGeometry(pageIndex: number): PageGeometry | null {
    return this.views?.geometry(pageIndex) ?? null;
  }

  /** Called with a page index when its geometry appears or goes; returns the unsubscribe function. */
  onPageGeometry(listener: (pageIndex: number) => void): () => void {
    this.geometryListeners.add(listener);
    return () => this.geometryListeners.delete(listener);
  }

  /** The page layout in CSS px (the coding strip maps it as the scroll bar does); null before it exists. */
  get layoutSnapshot(): Layout | null {
    return this.layout;
  }

  /** Scrolls to a point of the page area (CSS px from its top), as a click on the strip asks. */
  goToDocumentOffset(offset: number): void {
    if (!this.layout) return;
    const i = pageIndexAtOffset(this.layout, offset);
    this.revealPagePoint(i, pageOffsetFraction(this.layout, i, offset));
  }

  /** Sets what the coding strip shows (null hides it). */
  setStripSource(source: StripSource | null): void {
    this.strip.set({ source });
  }

  /** Scrolls so that `fraction` (0 top .. 1 bottom) of a page sits a little below the viewport top. */
  revealPagePoint(pageIndex: number, fraction: number): void {
    if (!this.layout) return;
    const margin = 60 / Math.max(1, this.layout.heights[pageIndex] ?? 1); // 60 px of context above
    this.goToPage(pageIndex, Math.max(0, Math.min(1, fraction - margin)));
  }

  // --- highlights (find hits, project-search terms) ---------------------------------------

  private hitsFor(pageIndex: number): PageHits {
    const f = this.find?.hitsOnPage(pageIndex) ?? { find: [], current: null };
    return { find: f.find, current: f.current, terms: pageIndex === this.termPage ? this.termHitList : [] };
  }

  private async loadTermHits(pageIndex: number): Promise<void> {
    const page = await this.doc?.getPage(pageIndex).catch(() => null);
    const text = page ? (await page.getText().catch(() => null))?.text : null;
    if (!text || this.disposed) return;
    this.termPage = pageIndex;
    this.termHitList = termHits(pageIndex, text, this.opts.highlightTerms ?? []);
    this.views?.refreshHits(pageIndex);
    this.revealTermHit(pageIndex);
  }

  private onFindChange(hit: FindHit | null, reveal: boolean): void {
    const currentEl = this.views?.refreshHits() ?? null;
    if (!hit || !reveal || !this.layout) return;
    if (currentEl) this.reveal(currentEl);
    else {
      this.pendingReveal = hit;
      this.goToPage(hit.pageIndex);
    }
  }

  private onTextLayerReady(pageIndex: number, currentHitEl: HTMLElement | null): void {
    if (this.pendingReveal?.pageIndex === pageIndex && currentHitEl) {
      this.pendingReveal = null;
      this.reveal(currentHitEl);
    }
    if (pageIndex === this.termPage) this.revealTermHit(pageIndex);
  }

  private revealTermHit(pageIndex: number): void {
    if (this.termRevealed) return;
    const el = this.views?.pageElement(pageIndex)?.querySelector<HTMLElement>('[data-testid="search-hit-highlight"]');
    if (!el) return;
    this.termRevealed = true;
    this.reveal(el);
  }

  private reveal(el: HTMLElement): void {
    if (revealInScroller(this.scrollEl, el)) this.refresh();
  }

  dispose(): void {
    if (this.disposed) return;
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.save();
    }
    this.disposed = true;
    this.dropPreview();
    this.geometryListeners.clear();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.scrollEl.removeEventListener('scroll', this.onScroll);
    this.scrollEl.removeEventListener('wheel', this.onWheel);
    this.resizeObserver?.disconnect();
    this.find?.dispose();
    this.thumbnails?.dispose();
    this.views?.dispose();
    void this.doc?.destroy();
    this.doc = null;
  }
}

function clampPage(i: number, n: number): number {
  if (!Number.isFinite(i) || n <= 0) return 0;
  return Math.min(n - 1, Math.max(0, Math.floor(i)));
}
