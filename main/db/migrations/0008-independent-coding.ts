// 0008: independent coding rounds, the consensus layer and replies on highlights.
//   coding_rounds          one row per "Send for independent coding": the round id, who sent it,
//                          when, the documents (by sha256) and the coders whose codings travelled
//                          in the copy (seen by the recipient, so not independent of them);
//   round_codings          recorded at merge-back: which codings were made independently in that
//                          round (the sender's own and the recipient's); agreement for a round
//                          computes on these only;
//   consensus_resolutions  one row per disputed passage resolved into the consensus layer (adopt
//                          A / B, both, neither, edit); the consensus codings themselves are plain
//                          highlights of the special "Consensus" coder;
//   annotation_replies     a short thread of Markdown replies on a highlight.
// No triggers or views: shared project files are validated against an exact schema whitelist.
import type { Migration } from './index';

export const m0008IndependentCoding: Migration = {
  version: 8,
  name: 'independent-coding',
  up(db) {
    db.exec(`
      CREATE TABLE coding_rounds (
        id           TEXT PRIMARY KEY,
        sender_id    TEXT NOT NULL,
        sender_name  TEXT NOT NULL,
        sent_at      TEXT NOT NULL,
        documents    TEXT NOT NULL DEFAULT '[]',
        kept_coders  TEXT NOT NULL DEFAULT '[]'
      ) STRICT;

      CREATE TABLE round_codings (
        round_id      TEXT NOT NULL REFERENCES coding_rounds(id) ON DELETE CASCADE,
        annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        code_id       TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
        coder_id      TEXT NOT NULL REFERENCES coders(id),
        PRIMARY KEY (round_id, annotation_id, code_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE consensus_resolutions (
        id          TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        page_index  INTEGER NOT NULL,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        code_id     TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
        choice      TEXT NOT NULL CHECK (choice IN ('adoptA', 'adoptB', 'both', 'neither', 'edit')),
        coder_a     TEXT NOT NULL,
        coder_b     TEXT NOT NULL,
        resolved_by TEXT NOT NULL REFERENCES coders(id),
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX consensus_by_document ON consensus_resolutions(document_id, page_index, start);

      CREATE TABLE annotation_replies (
        id            TEXT PRIMARY KEY,
        annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        coder_id      TEXT NOT NULL REFERENCES coders(id),
        body          TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX annotation_replies_by_annotation ON annotation_replies(annotation_id, created_at);
    `);
  },
};
