// The imperative page DOM of the reader, kept out of React: one absolutely positioned box per
// page (a cheap placeholder sized from the page viewport), and a render queue that paints
// only the pages near the viewport. A 600-page report therefore costs 600 empty divs at open
// and about 5-9 canvases while scrolling: visible pages ±2 are rendered, renders that scroll
// out of that window are cancelled, and canvases further than ±5 pages are released.
import type { ViewportSpec } from '../../../shared/anchoring/geometry';
import type { PdfDoc, PdfLink, PdfPage, TextLayerHandle } from '../../pdf/pdf-adapter';
import type { TextLayerMap } from '../../pdf/text-layer-map';
import { markOpenStep } from './open-timing';
import type { PreviewImage } from './page-preview';
import { drawPageHits, NO_HITS, type PageHits } from './page-highlights';
import { KEEP_MARGIN_PAGES, RENDER_MARGIN_PAGES, renderOrder, visibleRange, widenRange, type Layout } from './reader-layout';

/** Device pixels per CSS pixel are capped at 2: a 3x canvas costs 2.25x the memory of 2x for
 *  no visible gain at reading distance. */
export const MAX_OUTPUT_SCALE = 2;
/** Canvas area cap (16 Mpx ≈ 64 MB RGBA), Chromium's practical limit for a fast 2D canvas. */
export const MAX_CANVAS_PIXELS = 4096 * 4096;

export function outputScaleFor(cssWidth: number, cssHeight: number, dpr: number): number {
  const wanted = Math.min(Math.max(1, dpr || 1), MAX_OUTPUT_SCALE);
  const area = cssWidth * cssHeight;
  if (area <= 0) return wanted;
  return Math.min(wanted, Math.sqrt(MAX_CANVAS_PIXELS / area));
}

interface PageSlot {
  el: HTMLElement;
  canvas: HTMLCanvasElement | null;
  renderedScale: number;
  /** Scale of the render in flight, with its cancel handle. */
  pending: { scale: number; cancel(): void } | null;
  textLayer: TextLayerHandle | null;
  textEl: HTMLElement | null;
  map: TextLayerMap | null;
  /** Page text of the text layer (the stored page text). */
  text: string | null;
  hitsEl: HTMLElement;
  /** Layer for coding highlights (under the text layer, drawn by features/coding). */
  overlayEl: HTMLElement;
  linksEl: HTMLElement | null;
  page: PdfPage | null;
  /** The stored preview shown in the box until its canvas is drawn. */
  preview: PreviewImage | null;
}

export interface PageViewCallbacks {
  hitsFor(pageIndex: number): PageHits;
  onLink(link: PdfLink): void;
  /** Called after a page's text layer is ready (the reader may then reveal the current hit). */
  onTextLayerReady(pageIndex: number, currentHitEl: HTMLElement | null): void;
  onRenderError(pageIndex: number, err: unknown): void;
  /** A page's text layer became ready (geometry(i) is now set) or was released (null). */
  onPageGeometry?(pageIndex: number): void;
}

/** What overlays (coding highlights, selection) need of a rendered page. */
export interface PageGeometry {
  pageIndex: number;
  pageEl: HTMLElement;
  /** Absolutely positioned layer covering the page, under the text layer. */
  overlayEl: HTMLElement;
  /** Current viewport: PDF rects map to CSS px of the page box with it. */
  viewport: ViewportSpec;
  text: string;
  map: TextLayerMap;
}

export class PageViews {
  private readonly slots: PageSlot[] = [];
  private layout: Layout | null = null;
  private order: number[] = [];
  private keep = { first: 0, last: -1 };
  private busy = false;
  private disposed = false;

  constructor(
    private readonly doc: PdfDoc,
    private readonly container: HTMLElement,
    private readonly cb: PageViewCallbacks,
  ) {
    const frag = document.createDocumentFragment();
    for (let i = 0; i < doc.numPages; i++) {
      const el = document.createElement('div');
      el.className = 'reader-page';
      el.dataset.testid = 'reader-page';
      el.dataset.pageIndex = String(i);
      const overlayEl = document.createElement('div');
      overlayEl.className = 'reader-overlay';
      const hitsEl = document.createElement('div');
      hitsEl.className = 'reader-hits';
      el.append(overlayEl, hitsEl);
      frag.append(el);
      this.slots.push({ el, canvas: null, renderedScale: 0, pending: null, textLayer: null, textEl: null, map: null, text: null, hitsEl, overlayEl, linksEl: null, page: null, preview: null });
    }
    container.replaceChildren(frag);
  }

  /** Shows a stored preview in page i's box until the page's canvas replaces it. */
  adoptPreview(i: number, preview: PreviewImage): void {
    const s = this.slots[i];
    if (!s || s.canvas) return preview.dispose();
    s.preview?.dispose();
    s.preview = preview;
    preview.adoptInto(s.el);
  }

  private dropPreview(s: PageSlot): void {
    s.preview?.dispose();
    s.preview = null;
  }

  pageElement(i: number): HTMLElement | null {
    return this.slots[i]?.el ?? null;
  }

  textMap(i: number): TextLayerMap | null {
    return this.slots[i]?.map ?? null;
  }

  /** Geometry of a page whose text layer is ready; null otherwise. */
  geometry(i: number): PageGeometry | null {
    const s = this.slots[i];
    if (!s?.map || !s.page || s.text === null || !this.layout) return null;
    return {
      pageIndex: i,
      pageEl: s.el,
      overlayEl: s.overlayEl,
      viewport: { viewBox: s.page.viewBox, scale: this.layout.scale, rotation: s.page.rotation, userUnit: s.page.userUnit },
      text: s.text,
      map: s.map,
    };
  }

  /** Positions every page box; pages already painted keep their (stretched) canvas until repainted. */
  setLayout(layout: Layout): void {
    const scaleChanged = this.layout?.scale !== layout.scale;
    this.layout = layout;
    this.container.style.height = `${layout.totalHeight}px`;
    this.container.style.minWidth = `${layout.maxWidth + 24}px`;
    this.container.style.setProperty('--total-scale-factor', String(layout.scale));
    this.slots.forEach((s, i) => {
      const st = s.el.style;
      st.top = `${layout.tops[i]}px`;
      st.width = `${layout.widths[i]}px`;
      st.height = `${layout.heights[i]}px`;
      st.left = `calc(50% - ${layout.widths[i] / 2}px)`;
    });
    if (scaleChanged) {
      for (const s of this.slots) {
        if (s.pending && s.pending.scale !== layout.scale) {
          s.pending.cancel();
          s.pending = null;
        }
        s.textLayer?.update(layout.scale);
      }
    }
  }

  /** Called on scroll / resize / zoom: decides which pages to paint and which to free. */
  update(scrollTop: number, viewportHeight: number): void {
    const layout = this.layout;
    if (!layout || this.disposed) return;
    const n = this.slots.length;
    this.order = renderOrder(layout, scrollTop, viewportHeight, RENDER_MARGIN_PAGES);
    const vis = visibleRange(layout, scrollTop, viewportHeight);
    const render = widenRange(vis, RENDER_MARGIN_PAGES, n);
    this.keep = widenRange(vis, KEEP_MARGIN_PAGES, n);
    this.slots.forEach((s, i) => {
      if (s.pending && (i < render.first || i > render.last)) {
        s.pending.cancel();
        s.pending = null;
      }
      if ((s.canvas || s.textEl) && (i < this.keep.first || i > this.keep.last)) this.release(i);
    });
    void this.pump();
  }

  /** Redraws the find / term overlays of the pages that have a text layer. */
  refreshHits(only?: number): HTMLElement | null {
    let currentEl: HTMLElement | null = null;
    this.slots.forEach((s, i) => {
      if (only !== undefined && i !== only) return;
      if (!s.map) return;
      const el = drawPageHits(s.el, s.hitsEl, s.map, this.cb.hitsFor(i));
      if (el) currentEl = el;
    });
    return currentEl;
  }

  private async pump(): Promise<void> {
    if (this.busy || this.disposed) return;
    const layout = this.layout;
    if (!layout) return;
    const next = this.order.find((i) => this.slots[i].renderedScale !== layout.scale && !this.slots[i].pending);
    if (next === undefined) return;
    this.busy = true;
    try {
      await this.renderPage(next, layout.scale);
    } catch (err) {
      if ((err as { name?: string })?.name !== 'RenderingCancelledException') {
        // The page stays a blank placeholder, marked so tests and styles can see it.
        this.slots[next].el.dataset.renderError = 'true';
        this.cb.onRenderError(next, err);
      } else this.slots[next].renderedScale = 0;
    } finally {
      this.busy = false;
    }
    if (!this.disposed) void this.pump();
  }

  private async renderPage(i: number, scale: number): Promise<void> {
    const s = this.slots[i];
    const page = s.page ?? (s.page = await this.doc.getPage(i));
    if (this.disposed || this.layout?.scale !== scale || !this.order.includes(i)) return;
    const canvas = document.createElement('canvas');
    canvas.className = 'reader-canvas';
    const out = outputScaleFor(page.width * scale, page.height * scale, window.devicePixelRatio);
    const task = page.render(canvas, scale, out);
    s.pending = { scale, cancel: task.cancel };
    // Mark first so a failing page is not retried in a loop; reset on cancel by pump().
    s.renderedScale = scale;
    try {
      await task.promise;
    } catch (err) {
      canvas.width = 0;
      throw err;
    } finally {
      if (s.pending?.cancel === task.cancel) s.pending = null;
    }
    if (this.disposed) return;
    // Swap in one step: the old canvas stays visible (stretched) until the new one is ready.
    if (s.canvas) {
      s.canvas.width = 0;
      s.canvas.replaceWith(canvas);
    } else s.el.prepend(canvas);
    s.canvas = canvas;
    this.dropPreview(s); // same task as the canvas insertion: no frame without either
    s.el.classList.add('reader-page-rendered');
    markOpenStep('canvas');
    if (!s.textEl) await this.buildOverlays(i, page, scale);
  }

  private async buildOverlays(i: number, page: PdfPage, scale: number): Promise<void> {
    const s = this.slots[i];
    const content = await page.getText();
    if (this.disposed || !s.canvas) return;
    const textEl = document.createElement('div');
    textEl.className = 'textLayer';
    textEl.dataset.testid = 'text-layer';
    s.el.append(textEl);
    s.textEl = textEl;
    const handle = page.buildTextLayer(textEl, content, this.layout?.scale ?? scale);
    s.textLayer = handle;
    try {
      await handle.promise;
    } catch {
      return; // cancelled because the page was released
    }
    if (s.textLayer !== handle) return;
    // Lets a drag end past the last span without selecting the whole page (pdf.js does the same).
    const end = document.createElement('div');
    end.className = 'endOfContent';
    textEl.append(end);
    s.map = { itemStarts: content.itemStarts, strs: content.strs, spans: handle.spans };
    s.text = content.text;
    // Selectable from here on (tests and the bench wait for this class).
    s.el.classList.add('reader-page-text-ready');
    markOpenStep('text');
    const currentEl = drawPageHits(s.el, s.hitsEl, s.map, this.cb.hitsFor(i) ?? NO_HITS);
    this.cb.onPageGeometry?.(i);
    await this.buildLinks(i, page);
    this.cb.onTextLayerReady(i, currentEl);
  }

  private async buildLinks(i: number, page: PdfPage): Promise<void> {
    const s = this.slots[i];
    let links: PdfLink[];
    try {
      // Scale 1 and percentages: the link boxes then follow zoom changes by themselves.
      links = await page.getLinks(1);
    } catch {
      return;
    }
    if (links.length === 0 || !s.textEl) return;
    const layer = document.createElement('div');
    layer.className = 'reader-links';
    for (const link of links) {
      const a = document.createElement('a');
      a.className = 'reader-link';
      // No href: the app never navigates; clicks are routed to the reader (internal) or to the
      // confirm-then-open flow (external).
      a.setAttribute('role', 'link');
      a.tabIndex = 0;
      if (link.url) a.title = link.url;
      a.style.left = `${(100 * link.left) / page.width}%`;
      a.style.top = `${(100 * link.top) / page.height}%`;
      a.style.width = `${(100 * link.width) / page.width}%`;
      a.style.height = `${(100 * link.height) / page.height}%`;
      const activate = (e: Event) => {
        e.preventDefault();
        e.stopPropagation();
        this.cb.onLink(link);
      };
      a.addEventListener('click', activate);
      a.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') activate(e);
      });
      layer.append(a);
    }
    s.linksEl = layer;
    s.el.append(layer);
  }

  private release(i: number): void {
    const s = this.slots[i];
    s.pending?.cancel();
    s.pending = null;
    s.textLayer?.cancel();
    s.textLayer = null;
    if (s.canvas) {
      // Zero size frees the backing store at once instead of waiting for GC.
      s.canvas.width = 0;
      s.canvas.height = 0;
      s.canvas.remove();
    }
    s.canvas = null;
    this.dropPreview(s);
    s.textEl?.remove();
    s.textEl = null;
    s.linksEl?.remove();
    s.linksEl = null;
    const hadGeometry = s.map !== null;
    s.map = null;
    s.text = null;
    s.hitsEl.replaceChildren();
    if (hadGeometry && !this.disposed) this.cb.onPageGeometry?.(i);
    s.renderedScale = 0;
    s.el.classList.remove('reader-page-rendered', 'reader-page-text-ready');
    s.page?.cleanup();
  }

  /** Pages that currently hold a canvas (for tests and diagnostics). */
  renderedPages(): number[] {
    return this.slots.flatMap((s, i) => (s.canvas ? [i] : []));
  }

  dispose(): void {
    this.disposed = true;
    this.slots.forEach((_, i) => this.release(i));
    this.container.replaceChildren();
  }
}
