// OCR types: a page's recognised words as stored (shared/pdf/ocr-text.ts explains how they
// become the page text and the reader's text layer), a document's OCR summary for the
// library, and the progress of an OCR run started from the reader.
import type { OcrLine } from '../pdf/ocr-text';

export interface OcrPageData {
  /** 0-based page. */
  pageIndex: number;
  /** e.g. "tesseract.js 7.0.0". */
  engine: string;
  /** The language data: source and sha256 of each traineddata file. */
  dataVersion: string;
  /** Tesseract language codes joined by '+', e.g. "rus+eng". */
  languages: string;
  /** Mean word confidence 0-100. */
  confidence: number;
  lines: OcrLine[];
  recognisedAt: string;
}

export interface OcrSummary {
  documentId: string;
  ocrPages: number;
  /** 0-based pages whose mean confidence is below LOW_CONFIDENCE. */
  lowConfidencePages: number[];
}

export interface OcrRunResult {
  documentId: string;
  /** Pages (0-based) whose text now comes from OCR. */
  recognised: number[];
  /** Pages OCR found nothing better on (their text stays). */
  unchanged: number[];
  cancelled: boolean;
}

export interface OcrProgress {
  jobId: string;
  documentId: string;
  pagesDone: number;
  pageCount: number;
  finished: boolean;
  result?: OcrRunResult;
  errorCode?: string;
  message?: string;
}
