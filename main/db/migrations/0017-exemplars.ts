// 0017: exemplar quotes (issue 14 item 1). A passage flagged as an exemplar — the quote that
// best shows what a code means, the one a paper cites — is one row per highlight: the flag,
// who set it and when. Un-flagging keeps the row with flagged = 0, so the row is its own
// tombstone: a merge compares the two copies' rows by updated_at and the later edit wins, a
// flag set in one copy and cleared later in the other stays cleared (merge-exemplars.ts).
// The row goes with its highlight (journaled first, so undoing a deletion brings it back).
import type { Migration } from './index';

export const m0017Exemplars: Migration = {
  version: 17,
  name: 'exemplars',
  up(db) {
    db.exec(`
      CREATE TABLE exemplars (
        annotation_id TEXT PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
        flagged       INTEGER NOT NULL CHECK (flagged IN (0, 1)),
        coder_id      TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
    `);
  },
};
