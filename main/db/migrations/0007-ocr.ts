// 0007: text recognised on scanned pages. One row per OCR'd page: the words with their boxes
// in PDF user space (JSON, shared/pdf/ocr-text.ts OcrLine[]), where they came from (engine
// and version, language data version with its sha256, languages) and the mean confidence.
// pages.text of such a page is the text built from these words (ocrPageText), so search,
// anchoring and auto-coding read it like any page; the row check holds the two in step.
import type { Migration } from './index';

export const m0007Ocr: Migration = {
  version: 7,
  name: 'ocr',
  up(db) {
    db.exec(`
      CREATE TABLE page_ocr (
        document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        page_index    INTEGER NOT NULL,
        engine        TEXT NOT NULL,
        data_version  TEXT NOT NULL,
        languages     TEXT NOT NULL,
        confidence    REAL NOT NULL,
        words         TEXT NOT NULL,
        recognised_at TEXT NOT NULL,
        PRIMARY KEY (document_id, page_index)
      ) STRICT;
    `);
  },
};
