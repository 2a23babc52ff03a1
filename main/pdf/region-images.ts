// Images of area highlights for the report exports: the region of a page rendered by the pdf.js
// adapter (renderPageRegion). Given the pool and the areas a report will print, in its order
// (plan()), they are drawn ahead on the extraction pool's workers — at most WINDOW at a time,
// one session per document — while the writer goes on with the text: a report of 400 figures
// spent most of its time drawing and encoding them on its own thread. An area asked that was not
// planned (or with no pool, or when a worker could not run at all) is drawn here, one at a
// time: the PDF last opened stays open for the next area (a report's areas come in runs per
// document) and opening another closes it first, so an export holds at most one parsed PDF and
// one region's pixels however many areas it prints. Every failure is an answer, never a throw:
// a report with a broken PDF still exports, with a placeholder where that image would be.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfRect } from '../../shared/domain/annotation';
import { GlossaError } from '../../shared/errors';
import type { RegionOutcome } from './extract-protocol';
import type { ExtractPool, RegionSession } from './extract-pool';
import { openPdf, renderPageRegion, type EncodedRegion } from './pdfjs-node';

/** 150 dpi: a figure printed at its own size stays sharp on paper and on screen. */
export const REGION_DPI = 150;
/** 4 Mpx (16 MB of RGBA while it is drawn, ~0.3-1 MB as PNG): a full A4 page at 150 dpi is 2.2 Mpx. */
export const REGION_MAX_PIXELS = 4_000_000;

/** Why an area has no image. */
export type RegionFailure = 'noPdf' | 'broken' | 'outside' | 'empty';

export type RegionImage = { ok: true; image: EncodedRegion } | { ok: false; reason: RegionFailure };

export interface AreaRegion {
  documentId: string;
  /** 0-based. */
  pageIndex: number;
  rect: PdfRect;
}

/** Areas drawn ahead of the writer at most: two per worker keeps both busy, and bounds what
 *  waits in memory (an encoded image is ~0.01-1 MB). */
const WINDOW = 4;

interface Planned {
  area: AreaRegion;
  key: string;
  image: Promise<RegionImage> | null;
  started: boolean;
  taken: boolean;
}

const keyOf = (a: AreaRegion) => `${a.documentId}\u0000${a.pageIndex}\u0000${a.rect.x1},${a.rect.y1},${a.rect.x2},${a.rect.y2}`;

export class RegionImages {
  private open: { documentId: string; doc: PDFDocumentProxy | null } | null = null;
  private planned: Planned[] = [];
  /** The first planned area not yet taken by the writer. */
  private next = 0;
  /** Per document: its session on the pool (undefined: not opened yet; null: no PDF) and the
   *  planned areas not yet started (the session closes after the last). */
  private sessions = new Map<string, { session: RegionSession | null | undefined; left: number }>();

  /** `pdfBytes`: the stored PDF of a document, or null when the project has none for it.
   *  `pool`: where planned areas are drawn (null: all here, one at a time). */
  constructor(
    private readonly pdfBytes: (documentId: string) => Uint8Array | null,
    private readonly pool: ExtractPool | null = null,
  ) {}

  /** The areas the writer will ask for, in its order (an area may come more than once). */
  plan(areas: readonly AreaRegion[]): void {
    if (!this.pool || areas.length === 0) return;
    this.planned = areas.map((area) => ({ area, key: keyOf(area), image: null, started: false, taken: false }));
    this.next = 0;
    for (const { area } of this.planned) {
      const entry = this.sessions.get(area.documentId);
      if (entry) entry.left++;
      else this.sessions.set(area.documentId, { session: undefined, left: 1 });
    }
    this.fill();
  }

  async render(area: AreaRegion): Promise<RegionImage> {
    const key = keyOf(area);
    for (let i = this.next; i < this.planned.length; i++) {
      const p = this.planned[i];
      if (p.taken || p.key !== key) continue;
      p.taken = true;
      this.start(p);
      const image = p.image!;
      p.image = null; // taken: nothing of it stays here
      while (this.next < this.planned.length && this.planned[this.next].taken) this.next++;
      this.fill();
      return image;
    }
    return this.renderHere(area);
  }

  /** Starts the planned areas of the window ahead of the writer. */
  private fill(): void {
    let ahead = 0;
    for (let i = this.next; i < this.planned.length && ahead < WINDOW; i++) {
      const p = this.planned[i];
      if (p.taken) continue;
      this.start(p);
      ahead++;
    }
  }

  /** Asks the pool for a planned area (once). */
  private start(p: Planned): void {
    if (p.started) return;
    p.started = true;
    const entry = this.sessions.get(p.area.documentId)!;
    if (entry.session === undefined) entry.session = this.openSession(p.area.documentId);
    const session = entry.session;
    const last = --entry.left === 0;
    const image = session ? this.renderOnPool(session, p.area) : Promise.resolve<RegionImage>({ ok: false, reason: 'noPdf' });
    if (last) void image.finally(() => session?.close());
    p.image = image;
  }

  /** The stored PDF of a document; null when there is none (or it cannot be read). */
  private storedPdf(documentId: string): Uint8Array | null {
    try {
      const bytes = this.pdfBytes(documentId);
      return bytes && bytes.byteLength > 0 ? bytes : null;
    } catch {
      return null;
    }
  }

  private openSession(documentId: string): RegionSession | null {
    const bytes = this.storedPdf(documentId);
    return bytes ? this.pool!.regions(bytes, { fileName: documentId }) : null;
  }

  private async renderOnPool(session: RegionSession, area: AreaRegion): Promise<RegionImage> {
    if (!Number.isInteger(area.pageIndex) || area.pageIndex < 0) return { ok: false, reason: 'outside' };
    let outcome: RegionOutcome;
    try {
      outcome = await session.render({ page: area.pageIndex + 1, rect: area.rect, dpi: REGION_DPI, maxPixels: REGION_MAX_PIXELS });
    } catch (err) {
      // The document wore out its worker (memory cap, watchdog): its image is 'broken', as it
      // would be here. A pool that could not run at all: drawn here instead.
      const code = err instanceof GlossaError ? err.code : 'internal';
      return code === 'import.tooMuchMemory' || code === 'import.timeout' ? { ok: false, reason: 'broken' } : this.renderHere(area);
    }
    return typeof outcome === 'string' ? { ok: false, reason: outcome } : { ok: true, image: outcome };
  }

  /** Draws one area on this thread. */
  private async renderHere(area: AreaRegion): Promise<RegionImage> {
    const doc = await this.document(area.documentId);
    if (doc === undefined) return { ok: false, reason: 'noPdf' };
    if (doc === null) return { ok: false, reason: 'broken' };
    if (!Number.isInteger(area.pageIndex) || area.pageIndex < 0 || area.pageIndex >= doc.numPages) return { ok: false, reason: 'outside' };
    try {
      const image = await renderPageRegion(doc, area.pageIndex + 1, area.rect, { dpi: REGION_DPI, maxPixels: REGION_MAX_PIXELS });
      return typeof image === 'string' ? { ok: false, reason: image } : { ok: true, image };
    } catch {
      // A page pdf.js cannot draw (or a canvas that cannot be made): that image only.
      return { ok: false, reason: 'broken' };
    }
  }

  /** The open document; null: the PDF cannot be opened; undefined: there is no PDF. */
  private async document(documentId: string): Promise<PDFDocumentProxy | null | undefined> {
    if (this.open?.documentId === documentId) return this.open.doc;
    await this.closeOpen();
    const bytes = this.storedPdf(documentId);
    if (!bytes) return undefined;
    let doc: PDFDocumentProxy | null = null;
    try {
      doc = await openPdf(bytes.slice()); // pdf.js may detach what it is given
    } catch {
      doc = null;
    }
    this.open = { documentId, doc };
    return doc;
  }

  /** Ends the sessions on the pool and closes the PDF open here. */
  async close(): Promise<void> {
    for (const entry of this.sessions.values()) if (entry.session) entry.session.close();
    this.sessions.clear();
    this.planned = [];
    await this.closeOpen();
  }

  private async closeOpen(): Promise<void> {
    const doc = this.open?.doc;
    this.open = null;
    if (doc) await doc.destroy().catch(() => undefined);
  }
}
