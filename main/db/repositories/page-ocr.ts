// Text recognised on scanned pages (table page_ocr, migration 0007): one row per OCR'd page
// with its words and boxes and their source. Storing OCR for a page also replaces that page's
// text with the text built from the words and re-indexes it, in the caller's transaction, so
// search and anchoring see the recognised text at once.
import type { OcrPageData, OcrSummary } from '../../../shared/domain/ocr';
import { LOW_CONFIDENCE, type OcrLine, ocrPageText } from '../../../shared/pdf/ocr-text';
import type { Db } from '../connection';
import { indexPage, unindexPage } from './page-index';
import { prepared } from './statement-cache';

export interface PageOcrRow {
  document_id: string;
  page_index: number;
  engine: string;
  data_version: string;
  languages: string;
  confidence: number;
  words: string;
  recognised_at: string;
}

/** What an OCR run yields for one page (before it is stored). */
export interface NewPageOcr {
  pageIndex: number;
  lines: OcrLine[];
  engine: string;
  dataVersion: string;
  languages: string;
  confidence: number;
}

/**
 * Stores one page's OCR and makes its text the page text (re-indexed). Call inside a
 * transaction; the page row must exist. Replaces an earlier OCR of the same page.
 */
export function storePageOcr(db: Db, documentId: string, ocr: NewPageOcr, now = new Date().toISOString()): void {
  const text = ocrPageText(ocr.lines);
  const page = prepared(db, 'SELECT id FROM pages WHERE document_id = ? AND page_index = ?').get(documentId, ocr.pageIndex) as { id: number } | undefined;
  if (!page) throw new Error(`page ${ocr.pageIndex} of ${documentId} is not stored`);
  prepared(db, 'UPDATE pages SET text = ? WHERE id = ?').run(text, page.id);
  unindexPage(db, page.id);
  indexPage(db, page.id, text);
  prepared(
    db,
    `INSERT OR REPLACE INTO page_ocr (document_id, page_index, engine, data_version, languages, confidence, words, recognised_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(documentId, ocr.pageIndex, ocr.engine, ocr.dataVersion, ocr.languages, ocr.confidence, JSON.stringify(ocr.lines), now);
}

function rowToData(r: PageOcrRow): OcrPageData {
  return {
    pageIndex: r.page_index,
    engine: r.engine,
    dataVersion: r.data_version,
    languages: r.languages,
    confidence: r.confidence,
    lines: JSON.parse(r.words) as OcrLine[],
    recognisedAt: r.recognised_at,
  };
}

/** The OCR'd pages of one document, by page. */
export function listPageOcr(db: Db, documentId: string): OcrPageData[] {
  return (prepared(db, 'SELECT * FROM page_ocr WHERE document_id = ? ORDER BY page_index').all(documentId) as PageOcrRow[]).map(rowToData);
}

/** Which pages of a document were read by OCR, and by what (the words are not read). */
export function pageOcrSources(db: Db, documentId: string): Array<{ pageIndex: number; engine: string; dataVersion: string }> {
  return prepared(db, 'SELECT page_index AS pageIndex, engine, data_version AS dataVersion FROM page_ocr WHERE document_id = ? ORDER BY page_index').all(
    documentId,
  ) as Array<{ pageIndex: number; engine: string; dataVersion: string }>;
}

/** Raw rows of one document (merge copies them with the document); none in a file from before OCR. */
export function readPageOcrRows(db: Db, documentId: string): PageOcrRow[] {
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'page_ocr'").get()) return [];
  return prepared(db, 'SELECT * FROM page_ocr WHERE document_id = ? ORDER BY page_index').all(documentId) as PageOcrRow[];
}

export function insertPageOcrRow(db: Db, row: PageOcrRow): void {
  prepared(
    db,
    `INSERT OR REPLACE INTO page_ocr (document_id, page_index, engine, data_version, languages, confidence, words, recognised_at)
     VALUES (@document_id, @page_index, @engine, @data_version, @languages, @confidence, @words, @recognised_at)`,
  ).run(row);
}

/** Per document with OCR'd pages: how many, and which fall below LOW_CONFIDENCE. */
export function ocrSummaries(db: Db): OcrSummary[] {
  const rows = prepared(
    db,
    'SELECT document_id, page_index, confidence FROM page_ocr ORDER BY document_id, page_index',
  ).all() as Array<{ document_id: string; page_index: number; confidence: number }>;
  const out = new Map<string, OcrSummary>();
  for (const r of rows) {
    let s = out.get(r.document_id);
    if (!s) out.set(r.document_id, (s = { documentId: r.document_id, ocrPages: 0, lowConfidencePages: [] }));
    s.ocrPages++;
    if (r.confidence < LOW_CONFIDENCE) s.lowConfidencePages.push(r.page_index);
  }
  return [...out.values()];
}
