// The stored preview of a document's first page (shared/domain/preview.ts, rendered at import)
// shown the moment the reader opens, exactly where pdf.js will paint page 1: the same layout
// arithmetic (reader-layout.ts, zoom.ts) from the page size stored with the image. PageViews
// adopts the element into page 1's box and removes it in the same task that puts the canvas
// there, so the page never flashes blank. The image is decoded before it is inserted (no
// half-drawn frame) and shown as a blob: URL (the CSP allows blob: images, nothing else).
import type { PagePreview } from '../../../shared/domain/preview';
import { computeLayout } from './reader-layout';
import { resolveZoom, type ZoomSetting } from './zoom';

export class PreviewImage {
  readonly el: HTMLImageElement;
  private url: string | null;

  private constructor(el: HTMLImageElement, url: string) {
    this.el = el;
    this.url = url;
  }

  /** The decoded image, or null when the bytes are not a picture the browser can show. */
  static async decode(preview: PagePreview): Promise<PreviewImage | null> {
    const url = URL.createObjectURL(new Blob([preview.bytes as BlobPart], { type: preview.mime }));
    const el = document.createElement('img');
    el.className = 'reader-preview';
    el.dataset.testid = 'reader-preview';
    el.alt = '';
    el.draggable = false;
    el.src = url;
    try {
      await el.decode();
    } catch {
      URL.revokeObjectURL(url);
      return null;
    }
    return new PreviewImage(el, url);
  }

  /** Shows it as page 1 of `pagesEl` until the page boxes exist (position of PageViews' box 0). */
  place(preview: PagePreview, pagesEl: HTMLElement, scrollEl: HTMLElement, setting: ZoomSetting): void {
    const size = { width: preview.widthPt, height: preview.heightPt };
    const zoom = resolveZoom(setting, size, scrollEl.clientWidth, scrollEl.clientHeight);
    const layout = computeLayout([size], zoom);
    const st = this.el.style;
    st.top = `${layout.tops[0]}px`;
    st.width = `${layout.widths[0]}px`;
    st.height = `${layout.heights[0]}px`;
    st.left = `calc(50% - ${layout.widths[0] / 2}px)`;
    // The page's height makes the scrollbar appear now rather than when the real layout lands.
    pagesEl.style.height = `${layout.totalHeight}px`;
    pagesEl.append(this.el);
  }

  /** Moves it into the page box that replaces it (it then fills that box). */
  adoptInto(pageEl: HTMLElement): void {
    this.el.removeAttribute('style');
    this.el.classList.add('reader-preview-in-page');
    pageEl.prepend(this.el);
  }

  dispose(): void {
    this.el.remove();
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
  }
}
