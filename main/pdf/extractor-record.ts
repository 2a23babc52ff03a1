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

/** The OCR part of an extractor record: "tesseract.js 7.0.0" is engine "tesseract.js", version "7.0.0". */
export function ocrExtractor(ocr: OcrSource): NonNullable<DocumentExtractor['ocr']> {
  const [engine, ...version] = ocr.engine.split(' ');
  return { engine, version: version.join(' ') || 'unknown', data: ocr.dataVersion };
}

export function currentExtractor(pdfjsVersion: string, ocr?: OcrSource): DocumentExtractor {
  const base: DocumentExtractor = { pdfjs: pdfjsVersion, textVersion: PAGE_TEXT_VERSION };
  return ocr ? { ...base, ocr: ocrExtractor(ocr) } : base;
}
