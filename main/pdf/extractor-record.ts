// The record of the extractor that produces page texts now: the pdf.js version the worker
// reports and the page-text rule's version. Import stores it on each document; a re-check
// compares it with the stored one (main/core/documents/recheck-anchors.ts).
import type { DocumentExtractor } from '../../shared/domain/document';
import { PAGE_TEXT_VERSION } from '../../shared/pdf/page-text';

export function currentExtractor(pdfjsVersion: string): DocumentExtractor {
  return { pdfjs: pdfjsVersion, textVersion: PAGE_TEXT_VERSION };
}
