// 0002: the coding layer — coders, the hierarchical codebook, annotations (highlights) with
// their code links, memos and the audit history. No triggers or views: shared project files
// are validated against an exact schema whitelist. Undo/redo is kept in memory per session
// (main/core/coding/undo-stack.ts), so nothing here stores journal rows.
import type { Migration } from './index';

export const m0002Coding: Migration = {
  version: 2,
  name: 'coding',
  up(db) {
    db.exec(`
      CREATE TABLE coders (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        color         TEXT NOT NULL,
        first_seen_at TEXT NOT NULL
      ) STRICT;

      -- parent_id has no ON DELETE action on purpose: deleting a code removes its subtree
      -- explicitly, so every removed row is captured for undo.
      CREATE TABLE codes (
        id              TEXT PRIMARY KEY,
        parent_id       TEXT REFERENCES codes(id),
        name            TEXT NOT NULL,
        localized_names TEXT NOT NULL DEFAULT '{}',
        color           TEXT NOT NULL,
        definition      TEXT NOT NULL DEFAULT '',
        inclusion       TEXT NOT NULL DEFAULT '',
        exclusion       TEXT NOT NULL DEFAULT '',
        position        INTEGER NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX codes_by_parent ON codes(parent_id, position);

      CREATE TABLE annotations (
        id            TEXT PRIMARY KEY,
        document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind          TEXT NOT NULL CHECK (kind IN ('text', 'area')),
        targets       TEXT NOT NULL,
        color         TEXT,
        comment       TEXT NOT NULL DEFAULT '',
        sort_index    TEXT NOT NULL,
        anchor_status TEXT NOT NULL DEFAULT 'anchored' CHECK (anchor_status IN ('anchored', 'reanchored', 'orphan')),
        coder_id      TEXT NOT NULL REFERENCES coders(id),
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      -- The annotations panel and the reader read one document in reading order.
      CREATE INDEX annotations_by_document ON annotations(document_id, sort_index);
      CREATE INDEX annotations_by_coder ON annotations(coder_id);

      CREATE TABLE annotation_codes (
        annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        code_id       TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
        coder_id      TEXT NOT NULL REFERENCES coders(id),
        created_at    TEXT NOT NULL,
        PRIMARY KEY (annotation_id, code_id)
      ) STRICT, WITHOUT ROWID;
      -- Retrieval by code (evidence tables, counts, merge) goes through this index.
      CREATE INDEX annotation_codes_by_code ON annotation_codes(code_id, annotation_id);

      CREATE TABLE memos (
        id          TEXT PRIMARY KEY,
        target_type TEXT NOT NULL CHECK (target_type IN ('project', 'document', 'code')),
        target_id   TEXT NOT NULL,
        body        TEXT NOT NULL,
        coder_id    TEXT NOT NULL REFERENCES coders(id),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (target_type, target_id)
      ) STRICT;

      -- Audit log: append-only, never undone (undo and redo are logged as entries too).
      CREATE TABLE history (
        id         INTEGER PRIMARY KEY,
        at         TEXT NOT NULL,
        coder_id   TEXT NOT NULL,
        coder_name TEXT NOT NULL,
        action     TEXT NOT NULL,
        summary    TEXT NOT NULL,
        details    TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
    `);
  },
};
