// Page object for the reader: toolbar (page input, page count, zoom) and the continuous page
// area. Page elements carry data-page-index (0-based); a painted page gets the class
// reader-page-rendered and holds a canvas; project-search terms are drawn as
// search-hit-highlight boxes once the page's text layer is ready.
import { expect, type Locator, type Page } from '@playwright/test';

export class ReaderPage {
  readonly root: Locator;
  readonly pageInput: Locator;
  readonly pageCount: Locator;
  readonly zoomValue: Locator;
  readonly closeButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('reader');
    this.pageInput = page.getByTestId('page-input');
    this.pageCount = page.getByTestId('page-count');
    this.zoomValue = page.getByTestId('zoom-value');
    this.closeButton = page.getByTestId('reader-close');
  }

  /** The page box for a 1-based page number. */
  pageBox(pageNumber: number): Locator {
    return this.root.locator(`[data-testid="reader-page"][data-page-index="${pageNumber - 1}"]`);
  }

  async expectOpen(pageCount: number): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.pageCount).toHaveText(String(pageCount));
    await expect(this.pageInput).toBeEnabled();
  }

  /** Types a page number and presses Enter, as in "go to page". */
  async goToPage(pageNumber: number): Promise<void> {
    await this.pageInput.click();
    await this.pageInput.fill(String(pageNumber));
    await this.pageInput.press('Enter');
  }

  /** The reader shows this page: toolbar value, page box in the viewport and painted. */
  async expectShowing(pageNumber: number): Promise<void> {
    await expect(this.pageInput).toHaveValue(String(pageNumber));
    const box = this.pageBox(pageNumber);
    await expect(box).toBeInViewport({ ratio: 0.2 });
    await expect(box).toHaveClass(/reader-page-rendered/);
    await expect(box.locator('canvas')).toHaveCount(1);
  }

  searchHighlights(pageNumber: number): Locator {
    return this.pageBox(pageNumber).getByTestId('search-hit-highlight');
  }

  textLayer(pageNumber: number): Locator {
    return this.pageBox(pageNumber).getByTestId('text-layer');
  }

  async close(): Promise<void> {
    await this.closeButton.click();
    await expect(this.root).toBeHidden();
  }
}
