// 0005: printed page numbers. documents.page_labels holds the labels found at import, as
// JSON {"source": "pdf" | "detected", "labels": [one string per page]} (NULL: the PDF page
// numbers are the printed ones); documents.page_label_fix the user's correction
// {"pdfPage": 7, "printed": 3} (NULL: none). Both are plain columns of the document row, so
// merge and project files carry them with the row; readers treat them as untrusted JSON.
import type { Migration } from './index';

export const m0005PageLabels: Migration = {
  version: 5,
  name: 'page-labels',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN page_labels TEXT;
      ALTER TABLE documents ADD COLUMN page_label_fix TEXT;
    `);
  },
};
