// Page object for importing: the hidden file input the web host's Import command clicks, and
// the progress panel (data-running, overall bar, one row per file with data-state).
import { expect, type Locator, type Page } from '@playwright/test';

export type FileState = 'queued' | 'parsing' | 'recognising' | 'saving' | 'done' | 'duplicate' | 'failed' | 'cancelled';

export class ImportPanel {
  readonly input: Locator;
  readonly panel: Locator;
  readonly overall: Locator;
  readonly fileRows: Locator;
  readonly closeButton: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId('import-input');
    this.panel = page.getByTestId('import-progress');
    this.overall = page.getByTestId('import-overall');
    this.fileRows = page.getByTestId('import-file-row');
    this.closeButton = page.getByTestId('import-close');
  }

  /**
   * Records, in the page, every state the progress panel passes through (a MutationObserver,
   * so a state that lasts one frame is not missed the way polling could miss it). Call before
   * choosing files; read with progressTrace().
   */
  async recordProgress(): Promise<void> {
    await this.page.evaluate(() => {
      const trace = { running: [] as string[], overall: [] as number[], states: [] as string[] };
      (window as unknown as { __importTrace: typeof trace }).__importTrace = trace;
      const push = <T>(list: T[], v: T) => {
        if (list[list.length - 1] !== v) list.push(v);
      };
      const scan = () => {
        const panel = document.querySelector('[data-testid="import-progress"]');
        if (!panel) return;
        push(trace.running, panel.getAttribute('data-running') ?? '');
        const bar = panel.querySelector('[data-testid="import-overall"]');
        if (bar) push(trace.overall, Number(bar.getAttribute('aria-valuenow')));
        panel.querySelectorAll('[data-testid="import-file-row"]').forEach((row) => {
          const state = row.getAttribute('data-state') ?? '';
          if (!trace.states.includes(state)) trace.states.push(state);
        });
      };
      new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  }

  progressTrace(): Promise<{ running: string[]; overall: number[]; states: string[] }> {
    return this.page.evaluate(() => (window as unknown as { __importTrace: { running: string[]; overall: number[]; states: string[] } }).__importTrace);
  }

  /** Picks files as the user would in the browser's file dialog (the input is hidden). */
  async chooseFiles(paths: string[]): Promise<void> {
    await this.input.setInputFiles(paths);
  }

  row(fileName: string): Locator {
    return this.fileRows.filter({ hasText: fileName });
  }

  async expectRowState(fileName: string, state: FileState): Promise<void> {
    await expect(this.row(fileName)).toHaveAttribute('data-state', state);
  }

  /** Waits until the panel says the import is over (data-running=false) — an app state, not a sleep. */
  async waitFinished(timeout = 90_000): Promise<void> {
    await expect(this.panel).toHaveAttribute('data-running', 'false', { timeout });
  }

  reason(fileName: string): Locator {
    return this.row(fileName).getByTestId('import-file-reason');
  }

  async close(): Promise<void> {
    await this.closeButton.click();
    await expect(this.panel).toBeHidden();
  }
}
