// Renders page thumbnails one at a time, newest request first, so the thumbnails panel never
// floods the pdf.js worker ahead of the page the user is reading. Requests for thumbnails
// that scrolled out of the panel are dropped before they start.
import type { PdfDoc } from '../../pdf/pdf-adapter';

interface Job {
  pageIndex: number;
  canvas: HTMLCanvasElement;
  cssWidth: number;
  cancelled: boolean;
  cancelRender: (() => void) | null;
}

export class ThumbnailQueue {
  private readonly jobs: Job[] = [];
  private running = false;
  private disposed = false;

  constructor(private readonly doc: PdfDoc) {}

  /** Queues a render of page `pageIndex` into `canvas`, `cssWidth` CSS px wide; returns cancel. */
  request(pageIndex: number, canvas: HTMLCanvasElement, cssWidth: number): () => void {
    const job: Job = { pageIndex, canvas, cssWidth, cancelled: false, cancelRender: null };
    this.jobs.push(job);
    void this.pump();
    return () => {
      job.cancelled = true;
      job.cancelRender?.();
    };
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (!this.disposed) {
        // LIFO: the thumbnails that just scrolled into view are the ones the user looks at.
        const job = this.jobs.pop();
        if (!job) break;
        if (job.cancelled) continue;
        try {
          const page = await this.doc.getPage(job.pageIndex);
          if (job.cancelled || this.disposed) continue;
          const scale = job.cssWidth / page.width;
          const task = page.render(job.canvas, scale, Math.min(window.devicePixelRatio || 1, 2));
          job.cancelRender = task.cancel;
          await task.promise;
        } catch {
          // Cancelled or unrenderable: the placeholder stays, which is all a thumbnail needs.
        }
      }
    } finally {
      this.running = false;
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const j of this.jobs) j.cancelled = true;
    this.jobs.length = 0;
  }
}
