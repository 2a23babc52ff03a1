// 0018: links between passages with a named relation (issue 14 item 8), e.g. a GRETA
// recommendation (from) traced into the EU progress report that implemented it (to). A link is
// directed: `relation` is a key of PASSAGE_LINK_RELATIONS (shared/domain/passage-links.ts), its
// label is the renderer's. One link per (from, to, relation). Links go with either highlight:
// deleted through the row journal first (JOURNALED_CHILDREN), so undoing a highlight's deletion
// brings its links back; ON DELETE CASCADE is the backstop. Links travel in sent and merged
// files: the later edit (updated_at) wins, and a deleted link leaves a tombstone so no merge
// brings it back unless edited after the delete (main/core/share/merge-passage-links.ts).
import type { Migration } from './index';

export const m0018PassageLinks: Migration = {
  version: 18,
  name: 'passage-links',
  up(db) {
    db.exec(`
      CREATE TABLE passage_links (
        id                 TEXT PRIMARY KEY,
        from_annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        to_annotation_id   TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        relation           TEXT NOT NULL,
        note               TEXT NOT NULL DEFAULT '',
        coder_id           TEXT NOT NULL,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX passage_links_unique ON passage_links (from_annotation_id, to_annotation_id, relation);
      CREATE INDEX passage_links_to ON passage_links (to_annotation_id);
      CREATE TABLE passage_link_tombstones (
        link_id    TEXT PRIMARY KEY,
        deleted_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
