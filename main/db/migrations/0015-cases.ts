// 0015: cases below the document (issue 14 item 4). A case (e.g. a country narrative of a TIP
// report) is a named set of document segments with its own attributes: a country (a COUNTRIES
// id, or free text) and any user attribute as a JSON object of strings. A segment is a page
// range of one document (0-based, inclusive), optionally narrowed by character offsets into the
// first / last page's text. `position` keeps the outline's order among cases made together. Segments go with their document (removed through the row journal
// first, so undo brings them back) and with their case. Cases travel in sent and merged files;
// a merge keeps the later case (updated_at) with its segments, and a deleted case leaves a
// tombstone so no merge brings it back unless edited after the delete (main/core/share/merge-cases.ts).
import type { Migration } from './index';

export const m0015Cases: Migration = {
  version: 15,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        country     TEXT NOT NULL DEFAULT '',
        attributes  TEXT NOT NULL DEFAULT '{}',
        position    INTEGER NOT NULL DEFAULT 0,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE TABLE case_segments (
        id            TEXT PRIMARY KEY,
        case_id       TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        first_page    INTEGER NOT NULL,
        last_page     INTEGER NOT NULL,
        start_offset  INTEGER,
        end_offset    INTEGER
      ) STRICT;
      CREATE INDEX case_segments_case ON case_segments (case_id);
      -- A deleted case's id and when: a merge then tells a case deleted here from one the
      -- other copy added, as reply_tombstones do for replies.
      CREATE TABLE case_tombstones (
        case_id    TEXT PRIMARY KEY,
        deleted_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_segments_document ON case_segments (document_id, first_page);
    `);
  },
};
