// 0001: project metadata, documents with their original PDF bytes, per-page text and the
// full-text index. No triggers or views: shared project files are validated against an
// exact schema whitelist, and the repositories keep the FTS index in step explicitly.
import type { Migration } from './index';

export const m0001Foundation: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE documents (
        id            TEXT PRIMARY KEY,
        sha256        TEXT NOT NULL UNIQUE,
        file_name     TEXT NOT NULL,
        title         TEXT NOT NULL,
        author        TEXT NOT NULL DEFAULT '',
        organisation  TEXT NOT NULL DEFAULT '',
        countries     TEXT NOT NULL DEFAULT '[]',
        year          INTEGER,
        doc_type      TEXT NOT NULL DEFAULT '',
        language      TEXT NOT NULL DEFAULT '',
        page_count    INTEGER NOT NULL,
        byte_size     INTEGER NOT NULL,
        pdf_date      TEXT,
        imported_at   TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE document_files (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        bytes       BLOB NOT NULL
      ) STRICT;

      CREATE TABLE pages (
        id          INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        page_index  INTEGER NOT NULL,
        text        TEXT NOT NULL,
        UNIQUE (document_id, page_index)
      ) STRICT;

      -- Contentless index over search-normalised page text (ё -> е etc.); rowid = pages.id.
      -- Snippets are cut from pages.text for the rows shown only.
      CREATE VIRTUAL TABLE pages_fts USING fts5(
        body,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE reading_positions (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        page_index  INTEGER NOT NULL,
        zoom        TEXT NOT NULL,
        page_offset REAL NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
