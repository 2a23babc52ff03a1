// 0016: a removed bibliographic record leaves a tombstone, so a merge does not bring it back
// from a colleague's copy unless it was attached or edited there after the removal
// (main/core/share/merge-bibliography.ts). Records belong to documents, which two copies match
// by their bytes, not their ids: the tombstone names the document by sha256.
import type { Migration } from './index';

export const m0016BibliographyTombstones: Migration = {
  version: 16,
  name: 'bibliography-tombstones',
  up(db) {
    db.exec(`
      CREATE TABLE bibliography_tombstones (
        document_sha256 TEXT PRIMARY KEY,
        deleted_at      TEXT NOT NULL
      ) STRICT;
    `);
  },
};
