// 0012: a small image of a document's first page, rendered at import (main/pdf, the
// extraction workers), which the reader shows at once while pdf.js renders the real page.
// One row per previewed page (today page 0 only: ~90 KB of WebP, about 1% of a typical
// report's PDF bytes). Documents imported before it simply have none; the reader then waits
// for pdf.js as before. Rows of a received file are checked by shared/rules/preview-rules.ts.
import type { Migration } from './index';

export const m0012PagePreviews: Migration = {
  version: 12,
  name: 'page-previews',
  up(db) {
    db.exec(`
      CREATE TABLE page_previews (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        page_index  INTEGER NOT NULL,
        width_pt    REAL NOT NULL,
        height_pt   REAL NOT NULL,
        width       INTEGER NOT NULL,
        height      INTEGER NOT NULL,
        mime        TEXT NOT NULL,
        bytes       BLOB NOT NULL,
        PRIMARY KEY (document_id, page_index)
      ) STRICT;
    `);
  },
};
