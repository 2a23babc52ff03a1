// Page object for the library: the document table, one row per document (data-doc-id).
import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  readonly root: Locator;
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('library');
    this.table = page.getByTestId('library-table');
    this.rows = page.getByTestId('library-row');
  }

  row(title: string | RegExp): Locator {
    return this.rows.filter({ hasText: title });
  }

  async expectTitles(titles: Array<string | RegExp>): Promise<void> {
    await expect(this.rows).toHaveCount(titles.length);
    for (const title of titles) await expect(this.row(title)).toHaveCount(1);
  }

  /** Ids of the listed documents (data-doc-id), sorted, to compare library states. */
  async documentIds(): Promise<string[]> {
    const ids = await this.rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-doc-id') ?? ''));
    return ids.sort();
  }

  /** Selects the row (its actions show on hover or selection), then clicks Open. */
  async open(title: string | RegExp): Promise<void> {
    const row = this.row(title);
    await row.click();
    await expect(row).toHaveAttribute('aria-selected', 'true');
    await row.getByTestId('library-open').click();
  }
}
