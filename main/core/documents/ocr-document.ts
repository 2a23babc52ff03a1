// OCR on demand ("Recognise text (OCR)" in the reader): the chosen pages of a stored document
// (or, for the whole document, every page without a usable text layer) are read by OCR in
// worker threads, and each page whose recognised text is better is stored with its words in
// one transaction; highlights already on those pages are then re-anchored to the new text.
// Runs as a job (main/core/jobs), so the backend keeps answering; a cancel keeps the pages
// read so far.
import { setDocumentExtractor } from '../../db/repositories/page-texts';
import { ocrExtractor } from '../../pdf/extractor-record';
import type { Coder } from '../../../shared/domain/code';
import type { OcrRunResult } from '../../../shared/domain/ocr';
import { GlossaError } from '../../../shared/errors';
import { letterCount, ocrPageText, pageNeedsOcr } from '../../../shared/pdf/ocr-text';
import type { Db } from '../../db/connection';
import { getDocument, getPageTexts, getPdfBytes } from '../../db/repositories/documents';
import { storePageOcr } from '../../db/repositories/page-ocr';
import { ocrImproves, recognisePages } from '../../ocr/ocr-pages';
import { reanchorDocument } from '../coding/reanchor';

export interface OcrDocumentOptions {
  /** 0-based pages to read; null: every page whose text layer is unusable. */
  pageIndices: number[] | null;
  coder?: Coder;
  signal?: AbortSignal;
  onProgress?(fraction: number): void;
}

export async function ocrDocument(db: Db, documentId: string, opts: OcrDocumentOptions): Promise<OcrRunResult> {
  const doc = getDocument(db, documentId);
  const texts = getPageTexts(db, documentId, 0, doc.pageCount);
  for (const i of opts.pageIndices ?? []) {
    if (!Number.isInteger(i) || i < 0 || i >= doc.pageCount) throw new GlossaError('api.badInput', `This document has no page ${i + 1}.`, { field: 'pageIndices' });
  }
  // Pages the user picked are read even if they have text (a garbled layer with many letters).
  const picked = opts.pageIndices !== null;
  const wanted = picked ? [...new Set(opts.pageIndices)].sort((a, b) => a - b) : texts.flatMap((t, i) => (pageNeedsOcr(t) ? [i] : []));
  opts.onProgress?.(0);
  const run = await recognisePages(getPdfBytes(db, documentId), wanted, {
    fileName: doc.fileName,
    signal: opts.signal,
    onPage: (done, total) => opts.onProgress?.(done / total),
  });
  // Nothing read and a reason: the user asked for OCR, so say why it did not happen.
  if (run.failed && run.pages.length === 0) throw new GlossaError(run.failed.code, run.failed.message, run.failed.params);
  const better = run.pages.filter((o) => (picked ? letterCount(ocrPageText(o.lines)) > 0 : ocrImproves(o, texts[o.pageIndex])));
  db.transaction(() => {
    for (const o of better) storePageOcr(db, documentId, o);
    // The document's text now comes partly from OCR: its extractor record says which (unknown stays unknown).
    if (better.length > 0 && doc.extractor) {
      setDocumentExtractor(db, documentId, { ...doc.extractor, ocr: ocrExtractor(better[0]) }, new Date().toISOString());
    }
  })();
  // Highlights drawn on a page before it had text get their text position now (area ones keep their region).
  if (better.length > 0) await reanchorDocument(db, documentId, opts.coder);
  const recognised = better.map((o) => o.pageIndex);
  return { documentId, recognised, unchanged: run.pages.map((o) => o.pageIndex).filter((i) => !recognised.includes(i)), cancelled: run.cancelled };
}
