// Page object for project search results: the count (data-total) and one row per hit
// (data-page is 1-based, data-document-id).
import { expect, type Locator, type Page } from '@playwright/test';

export class SearchPage {
  readonly panel: Locator;
  readonly count: Locator;
  readonly hits: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('search-panel');
    this.count = page.getByTestId('search-count');
    this.hits = page.getByTestId('search-hit');
  }

  async expectTotal(total: number): Promise<void> {
    await expect(this.panel).toBeVisible();
    await expect(this.count).toHaveAttribute('data-total', String(total));
    await expect(this.hits).toHaveCount(Math.min(total, 50));
  }

  hit(documentId: string, page: number): Locator {
    return this.page.locator(`[data-testid="search-hit"][data-document-id="${documentId}"][data-page="${page}"]`);
  }
}
