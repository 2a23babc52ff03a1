// How the document info names the extractor of a document's text (pdf.js version, page-text
// rule version, OCR engine and data) in the interface language. Pure, so it is tested without a DOM.
import type { DocumentExtractor } from '../../../shared/domain/document';

type T = (key: string, params?: Record<string, string | number>) => string;

export function extractorText(e: DocumentExtractor | null | undefined, t: T): string {
  if (!e) return t('extractor.unknown');
  const base = t('extractor.pdfjs', { version: e.pdfjs, textVersion: e.textVersion });
  return e.ocr ? `${base} ${t('extractor.ocr', { engine: e.ocr.engine, version: e.ocr.version, data: e.ocr.data })}` : base;
}
