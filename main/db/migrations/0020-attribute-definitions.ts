// 0020: attributes the user defines for documents (issue 14 item 3). A definition has a name in
// English and Russian as typed, a kind (text, number, date, choice, choices), for the choice
// kinds a JSON list of choices {id, en, ru}, and optionally the fixed field it replaces
// (organisation, docType). A value is one JSON value per document and definition; a cleared
// value stays as JSON null with its time, so a merge does not bring an older value back.
// Values go with their document and their definition (journaled children: undo brings them
// back). A deleted definition leaves a tombstone, as a deleted case does, so no merge brings it
// back unless it was edited after the delete (main/core/share/merge-attributes.ts).
import type { Migration } from './index';

export const m0020AttributeDefinitions: Migration = {
  version: 20,
  name: 'attribute-definitions',
  up(db) {
    db.exec(`
      CREATE TABLE attribute_definitions (
        id          TEXT PRIMARY KEY,
        name_en     TEXT NOT NULL DEFAULT '',
        name_ru     TEXT NOT NULL DEFAULT '',
        kind        TEXT NOT NULL,
        choices     TEXT NOT NULL DEFAULT '[]',
        replaces    TEXT NOT NULL DEFAULT '',
        position    INTEGER NOT NULL DEFAULT 0,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE TABLE attribute_values (
        document_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        definition_id  TEXT NOT NULL REFERENCES attribute_definitions(id) ON DELETE CASCADE,
        value          TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (document_id, definition_id)
      ) STRICT;
      CREATE INDEX attribute_values_definition ON attribute_values (definition_id);
      CREATE TABLE attribute_tombstones (
        definition_id  TEXT PRIMARY KEY,
        deleted_at     TEXT NOT NULL
      ) STRICT;
    `);
  },
};
