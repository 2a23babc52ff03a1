// Progress and cancellation for long exports. Writers work in row batches of 500: after each
// batch they report a fraction and yield to the event loop once (about 20 yields for 10,000
// codings), which is what lets an AbortSignal fired by the UI or the CLI's Ctrl+C land.
import { GlossaError } from '../../../shared/errors';

export interface ExportRunOptions {
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
}

export const ROW_BATCH = 500;

export class ExportProgress {
  private last = -1;

  constructor(private readonly run: ExportRunOptions = {}) {}

  /** Throws GlossaError('export.cancelled') once the signal has fired. */
  check(): void {
    if (this.run.signal?.aborted) throw new GlossaError('export.cancelled', 'The export was cancelled.');
  }

  /** Reports `fraction` (clamped, never going backwards) without yielding. */
  report(fraction: number): void {
    const value = Math.min(1, Math.max(0, fraction));
    if (value <= this.last) return;
    this.last = value;
    this.run.onProgress?.(value);
  }

  /** Call after every row; at each batch boundary reports done/total scaled into [from, to]
   *  and yields so a pending abort can be seen. */
  async row(done: number, total: number, from = 0, to = 0.9): Promise<void> {
    if (done % ROW_BATCH !== 0 && done !== total) return;
    this.report(from + (to - from) * (total === 0 ? 1 : done / total));
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.check();
  }
}
