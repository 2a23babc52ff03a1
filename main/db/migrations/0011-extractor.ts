// 0011: which extractor produced each document's stored page texts. documents.extractor holds
// JSON {"pdfjs": "5.6.205", "textVersion": 1, "ocr"?: {"engine", "version", "data"}}
// (shared/rules/extractor-rules.ts); NULL for documents imported before it was recorded,
// which `glossa recheck-anchors` treats as "unknown: re-check".
import type { Migration } from './index';

export const m0011Extractor: Migration = {
  version: 11,
  name: 'extractor',
  up(db) {
    db.exec('ALTER TABLE documents ADD COLUMN extractor TEXT');
  },
};
