// Page object for coding in the reader: highlights on the pages, the selection popup with the
// code picker, the annotations panel; plus helpers that measure text-layer spans and highlight
// boxes in the page, and drag a text selection with the mouse.
import { expect, type Locator, type Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class CodingPage {
  readonly popup: Locator;
  readonly pickerInput: Locator;
  readonly options: Locator;
  readonly rows: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.popup = page.getByTestId('selection-popup');
    this.pickerInput = this.popup.getByTestId('code-picker-input');
    this.options = this.popup.getByTestId('code-option');
    this.panel = page.getByTestId('annotations-panel');
    this.rows = this.panel.getByTestId('annotation-row');
  }

  /** Highlight boxes of one annotation (or all) on a 0-based page. */
  highlights(pageIndex?: number, annotationId?: string): Locator {
    let sel = '[data-testid="highlight"]';
    if (pageIndex !== undefined) sel += `[data-page-index="${pageIndex}"]`;
    if (annotationId) sel += `[data-annotation-id="${annotationId}"]`;
    return this.page.locator(sel);
  }

  /** The text-layer span of a 0-based page whose text is exactly `text`. */
  span(pageIndex: number, text: string): Locator {
    return this.page
      .locator(`[data-testid="reader-page"][data-page-index="${pageIndex}"] [data-testid="text-layer"] span`)
      .filter({ hasText: text })
      .first();
  }

  /** Scrolls the reader (not the window) so the element sits in the middle of its viewport. */
  async centerInReader(locator: Locator): Promise<void> {
    await locator.evaluate((el) => {
      const scroller = el.closest('.reader-scroll') as HTMLElement;
      const r = el.getBoundingClientRect();
      const v = scroller.getBoundingClientRect();
      scroller.scrollTop += r.top + r.height / 2 - (v.top + v.height / 2);
    });
  }

  /** Drags with the mouse from the start of one span to just past the end of another. */
  async dragSelect(from: Locator, to: Locator): Promise<void> {
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    expect(b.y + b.height, 'both ends of the selection are on screen').toBeLessThan(this.page.viewportSize()!.height);
    await this.page.mouse.move(a.x + 1, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await this.page.mouse.move(b.x + b.width - 1, b.y + b.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  async boxes(locator: Locator): Promise<Box[]> {
    return locator.evaluateAll((els) => els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }));
  }

  /** Every highlight box of the annotation on `pageIndex` together covers `span` (within `tol` px). */
  async expectCovers(annotationId: string, pageIndex: number, span: Locator, tol = 3): Promise<void> {
    await expect(this.highlights(pageIndex, annotationId).first()).toBeVisible();
    const s = (await span.boundingBox())!;
    const hs = await this.boxes(this.highlights(pageIndex, annotationId));
    const u = {
      left: Math.min(...hs.map((h) => h.x)),
      top: Math.min(...hs.map((h) => h.y)),
      right: Math.max(...hs.map((h) => h.x + h.width)),
      bottom: Math.max(...hs.map((h) => h.y + h.height)),
    };
    const msg = `highlight ${JSON.stringify(u)} vs span ${JSON.stringify(s)}`;
    expect(Math.abs(u.left - s.x), msg).toBeLessThanOrEqual(tol);
    expect(Math.abs(u.top - s.y), msg).toBeLessThanOrEqual(tol);
    expect(Math.abs(u.right - (s.x + s.width)), msg).toBeLessThanOrEqual(tol);
    expect(Math.abs(u.bottom - (s.y + s.height)), msg).toBeLessThanOrEqual(tol);
  }

  row(annotationId: string): Locator {
    return this.panel.locator(`[data-testid="annotation-row"][data-annotation-id="${annotationId}"]`);
  }

  /** The highlight's painted colour (CSS custom property --hl-color) as #rrggbb. */
  async highlightColor(annotationId: string): Promise<string> {
    return this.highlights(undefined, annotationId).first().evaluate((el) => (el as HTMLElement).style.getPropertyValue('--hl-color').trim());
  }
}
