// 0019: memos as a writing space (issue 14 item 7). A memo now has a title and lives on its own
// (a research journal entry), linked to any number of codes, documents, cases and passages
// (memo_links). The one-per-target memos of 0002 become titled memos that keep their target in
// target_type / target_id ("the memo of this code": what the code editor and document panel
// open; NULL for a journal memo) and gain a link to it, titled after it (a code's or document's
// name; the project memo after the project). SQLite cannot drop the UNIQUE(target_type,
// target_id) or relax NOT NULL in place, so the table is rebuilt; rows keep their ids and times.
// A link has one foreign key per kind, exactly one set, so a deleted code, document, case or
// passage takes its links with it (and the row journal deletes them first, so undo restores
// them). A deleted memo leaves a tombstone so no merge brings it back unless edited after.
import type { Migration } from './index';

export const m0019TitledMemos: Migration = {
  version: 19,
  name: 'titled-memos',
  up(db) {
    db.exec(`
      CREATE TABLE memos_titled (
        id          TEXT PRIMARY KEY,
        title       TEXT NOT NULL,
        body        TEXT NOT NULL,
        target_type TEXT CHECK (target_type IN ('project', 'document', 'code')),
        target_id   TEXT,
        coder_id    TEXT NOT NULL REFERENCES coders(id),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        CHECK ((target_type IS NULL) = (target_id IS NULL))
      ) STRICT;
      INSERT INTO memos_titled (id, title, body, target_type, target_id, coder_id, created_at, updated_at)
        SELECT m.id,
               substr(coalesce(CASE m.target_type
                 WHEN 'project' THEN (SELECT nullif(trim(value), '') FROM meta WHERE key = 'name')
                 WHEN 'document' THEN (SELECT coalesce(nullif(trim(d.title), ''), d.file_name) FROM documents d WHERE d.id = m.target_id)
                 WHEN 'code' THEN (SELECT coalesce(nullif(c.name_en, ''), nullif(c.name_ru, '')) FROM codes c WHERE c.id = m.target_id)
               END, 'Memo'), 1, 300),
               m.body, m.target_type, m.target_id, m.coder_id, m.created_at, m.updated_at
          FROM memos m;
      DROP TABLE memos;
      ALTER TABLE memos_titled RENAME TO memos;
      -- "The memo of this code / document / the project": at most one per target.
      CREATE UNIQUE INDEX memos_by_target ON memos (target_type, target_id) WHERE target_type IS NOT NULL;
      CREATE INDEX memos_by_updated ON memos (updated_at);

      CREATE TABLE memo_links (
        id            TEXT PRIMARY KEY,
        memo_id       TEXT NOT NULL REFERENCES memos(id) ON DELETE CASCADE,
        document_id   TEXT REFERENCES documents(id) ON DELETE CASCADE,
        code_id       TEXT REFERENCES codes(id) ON DELETE CASCADE,
        case_id       TEXT REFERENCES cases(id) ON DELETE CASCADE,
        annotation_id TEXT REFERENCES annotations(id) ON DELETE CASCADE,
        created_at    TEXT NOT NULL,
        CHECK ((document_id IS NOT NULL) + (code_id IS NOT NULL) + (case_id IS NOT NULL) + (annotation_id IS NOT NULL) = 1)
      ) STRICT;
      -- Ids are UUIDs, so the one set column names the linked item across kinds.
      CREATE UNIQUE INDEX memo_links_unique ON memo_links (memo_id, coalesce(document_id, code_id, case_id, annotation_id));
      -- Cascades and the "linked to" filter look links up by item.
      CREATE INDEX memo_links_document ON memo_links (document_id) WHERE document_id IS NOT NULL;
      CREATE INDEX memo_links_code ON memo_links (code_id) WHERE code_id IS NOT NULL;
      CREATE INDEX memo_links_case ON memo_links (case_id) WHERE case_id IS NOT NULL;
      CREATE INDEX memo_links_annotation ON memo_links (annotation_id) WHERE annotation_id IS NOT NULL;

      INSERT INTO memo_links (id, memo_id, document_id, code_id, created_at)
        SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-a'
                 || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
               m.id,
               CASE WHEN m.target_type = 'document' THEN m.target_id END,
               CASE WHEN m.target_type = 'code' THEN m.target_id END,
               m.created_at
          FROM memos m
         WHERE (m.target_type = 'document' AND EXISTS (SELECT 1 FROM documents d WHERE d.id = m.target_id))
            OR (m.target_type = 'code' AND EXISTS (SELECT 1 FROM codes c WHERE c.id = m.target_id));

      -- A deleted memo's id and when (as case_tombstones for cases).
      CREATE TABLE memo_tombstones (
        memo_id    TEXT PRIMARY KEY,
        deleted_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
