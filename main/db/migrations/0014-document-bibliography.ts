// 0014: a document's bibliographic metadata as one CSL-JSON item (shared/domain/bibliography.ts),
// imported from Zotero or attached from a CSL-JSON / BibTeX / RIS file. One row per document at
// most; the Zotero key and citekey are columns so a re-import finds the document again and a
// Pandoc export cites it. Travels in sent and merged files like the document's attributes.
import type { Migration } from './index';

export const m0014DocumentBibliography: Migration = {
  version: 14,
  name: 'document-bibliography',
  up(db) {
    db.exec(`
      CREATE TABLE document_bibliography (
        document_id      TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        csl_json         TEXT NOT NULL,
        source           TEXT NOT NULL CHECK (source IN ('zotero', 'csl-json', 'bibtex', 'ris')),
        zotero_library   INTEGER,
        zotero_key       TEXT,
        citekey          TEXT,
        updated_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX document_bibliography_zotero ON document_bibliography (zotero_library, zotero_key);
    `);
  },
};
