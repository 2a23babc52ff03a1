// Images of area highlights for the report exports: the region of a page rendered by the pdf.js
// adapter (renderPageRegion), one at a time. The PDF last opened stays open for the next area
// (a report's areas come in runs per document); opening another closes it first, so an export
// holds at most one parsed PDF and one region's pixels however many areas it prints. Every
// failure is an answer, never a throw: a report with a broken PDF still exports, with a
// placeholder where that image would be.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfRect } from '../../shared/domain/annotation';
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

export class RegionImages {
  private open: { documentId: string; doc: PDFDocumentProxy | null } | null = null;

  /** `pdfBytes`: the stored PDF of a document, or null when the project has none for it. */
  constructor(private readonly pdfBytes: (documentId: string) => Uint8Array | null) {}

  async render(area: AreaRegion): Promise<RegionImage> {
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
    await this.close();
    let bytes: Uint8Array | null;
    try {
      bytes = this.pdfBytes(documentId);
    } catch {
      bytes = null;
    }
    if (!bytes || bytes.byteLength === 0) return undefined;
    let doc: PDFDocumentProxy | null = null;
    try {
      doc = await openPdf(bytes.slice()); // pdf.js may detach what it is given
    } catch {
      doc = null;
    }
    this.open = { documentId, doc };
    return doc;
  }

  async close(): Promise<void> {
    const doc = this.open?.doc;
    this.open = null;
    if (doc) await doc.destroy().catch(() => undefined);
  }
}
