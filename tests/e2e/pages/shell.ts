// Page object for the application shell: top bar (project name, commands, view tabs, project
// search box), the welcome screen and the toasts.
import { expect, type Locator, type Page } from '@playwright/test';

export class Shell {
  readonly app: Locator;
  readonly projectName: Locator;
  readonly importButton: Locator;
  readonly tabLibrary: Locator;
  readonly tabSearch: Locator;
  readonly searchInput: Locator;
  readonly welcome: Locator;
  readonly errorToasts: Locator;

  constructor(readonly page: Page) {
    this.app = page.getByTestId('app');
    this.projectName = page.getByTestId('project-name');
    this.importButton = page.getByTestId('topbar-import');
    this.tabLibrary = page.getByTestId('tab-library');
    this.tabSearch = page.getByTestId('tab-search');
    this.searchInput = page.getByTestId('search-input');
    this.welcome = page.getByTestId('welcome');
    this.errorToasts = page.getByTestId('toast-error');
  }

  async expectProjectOpen(name: string): Promise<void> {
    await expect(this.app).toHaveAttribute('data-project', 'open');
    await expect(this.projectName).toHaveText(name);
  }

  /** Types a query into the top bar's search box and submits it (Enter), as a user does. */
  async searchProject(query: string): Promise<void> {
    await this.searchInput.fill(query);
    await this.searchInput.press('Enter');
  }

  async showLibrary(): Promise<void> {
    await this.tabLibrary.click();
    await expect(this.page.getByTestId('library')).toBeVisible();
  }
}
