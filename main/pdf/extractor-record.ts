// The record of the extractor that produces page texts now: the pdf.js version the worker
// reports, the page-text rule's version and, when pages were read by OCR, the OCR engine and
// its language data. Import stores it on each document; a re-check compares it with the
// stored one (main/core/documents/recheck-anchors.ts).
import type { DocumentExtractor } from '../../shared/domain/document';
import { PAGE_TEXT_VERSION } from '../../shared/pdf/page-text';

/** An OCR source as page_ocr rows record it: engine "tesseract.js 7.0.0", data version. */
export interface OcrSource {
  engine: string;
  dataVersion: string;
}

export function currentExtractor(pdfjsVersion: string, ocr?: OcrSource): DocumentExtractor {
  const base: DocumentExtractor = { pdfjs: pdfjsVersion, textVersion: PAGE_TEXT_VERSION };
  if (!ocr) return base;
  const [engine, ...version] = ocr.engine.split(' ');
  return { ...base, ocr: { engine, version: version.join(' ') || 'unknown', data: ocr.dataVersion } };
}
