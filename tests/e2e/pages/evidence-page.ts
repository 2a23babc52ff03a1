// Page object for the evidence browser, the analysis views and the export dialog.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class EvidencePage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly exportButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByTestId('tab-evidence');
    this.panel = page.getByTestId('evidence-panel');
    this.rows = page.getByTestId('evidence-row');
    this.count = page.getByTestId('evidence-count');
    this.exportButton = page.getByTestId('evidence-export');
    this.dialog = page.getByTestId('export-dialog');
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.panel).toBeVisible();
  }

  async tickCode(name: string): Promise<void> {
    await this.page.getByTestId(`evidence-code-${name}`).check();
  }

  async filterOrganisation(id: string): Promise<void> {
    await this.page.getByTestId('evidence-filter-organisations').click();
    await this.page.getByTestId(`evidence-filter-organisations-${id}`).check();
    await this.page.keyboard.press('Escape');
  }

  async expectTotal(n: number): Promise<void> {
    await expect(this.count).toHaveAttribute('data-total', String(n));
  }

  /** Runs an export of the current selection in `format` and returns the browser download. */
  async exportAs(
    format: string,
    opts: { memos?: boolean; tables?: boolean; title?: string; language?: 'en' | 'ru'; fullCodebook?: boolean; style?: string } = {},
  ): Promise<Download> {
    await this.exportButton.click();
    await expect(this.dialog).toBeVisible();
    await this.page.getByTestId(`export-format-${format}`).check();
    await this.page.getByTestId('export-scope-selection').check();
    if (opts.memos) await this.page.getByTestId('export-memos').check();
    if (opts.tables) await this.page.getByTestId('export-tables').check();
    if (opts.title !== undefined) await this.page.getByTestId('export-title').fill(opts.title);
    if (opts.language) await this.page.getByTestId('export-language').selectOption(opts.language);
    if (opts.style) await this.page.getByTestId('export-citation-style').selectOption(opts.style);
    if (opts.fullCodebook) await this.page.getByTestId('export-full-codebook').check();
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-run').click();
    const file = await download;
    await expect(this.page.getByTestId('export-done')).toBeVisible();
    await this.page.getByTestId('export-close').click();
    await expect(this.dialog).toBeHidden();
    return file;
  }
}
