// SQL for the attributes users define (migration 0016): definitions, one JSON value per
// document and definition, and tombstones of deleted definitions. Reads for the library, the
// drawer, the import and the merge; raw writes that keep ids and times for the merge. Writes
// the user makes go through the row journal (main/core/attributes/attribute-actions.ts), so
// they undo.
import type { AttributeChoice, AttributeDefinition, AttributeValue, DocumentAttributeValues } from '../../../shared/domain/attribute';
import { checkAttributeKind, checkChoicesJson, checkReplaces } from '../../../shared/rules/attribute-rules';
import type { Db } from '../connection';
import { prepared } from './statement-cache';

export interface AttributeDefinitionRow {
  id: string;
  name_en: string;
  name_ru: string;
  kind: string;
  choices: string;
  replaces: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface AttributeValueRow {
  document_id: string;
  definition_id: string;
  value: string;
  updated_at: string;
}

export interface AttributeTombstoneRow {
  definition_id: string;
  deleted_at: string;
}

/** A row as the domain sees it (rows are checked on open; a bad list reads as no choices). */
export function toDefinition(r: AttributeDefinitionRow): AttributeDefinition {
  const kind = checkAttributeKind(r.kind);
  let choices: AttributeChoice[] = [];
  try {
    choices = checkChoicesJson(r.choices, kind);
  } catch {
    // The row check refuses such a file; a row written by us always passes.
  }
  let replaces: AttributeDefinition['replaces'] = '';
  try {
    replaces = checkReplaces(r.replaces);
  } catch {
    replaces = '';
  }
  return { id: r.id, nameEn: r.name_en, nameRu: r.name_ru, kind, choices, replaces, position: r.position, createdAt: r.created_at, updatedAt: r.updated_at };
}

export function readDefinitionRows(db: Db): AttributeDefinitionRow[] {
  return prepared(db, 'SELECT * FROM attribute_definitions ORDER BY position, created_at, id').all() as AttributeDefinitionRow[];
}

export function listDefinitions(db: Db): AttributeDefinition[] {
  return readDefinitionRows(db).map(toDefinition);
}

export function getDefinitionRow(db: Db, id: string): AttributeDefinitionRow | null {
  return (prepared(db, 'SELECT * FROM attribute_definitions WHERE id = ?').get(id) as AttributeDefinitionRow | undefined) ?? null;
}

export function nextDefinitionPosition(db: Db): number {
  return (prepared(db, 'SELECT coalesce(max(position) + 1, 0) AS n FROM attribute_definitions').get() as { n: number }).n;
}

export function getValueRow(db: Db, documentId: string, definitionId: string): AttributeValueRow | null {
  return (prepared(db, 'SELECT * FROM attribute_values WHERE document_id = ? AND definition_id = ?').get(documentId, definitionId) as AttributeValueRow | undefined) ?? null;
}

export function valueRowsOfDefinition(db: Db, definitionId: string): AttributeValueRow[] {
  return prepared(db, 'SELECT * FROM attribute_values WHERE definition_id = ? ORDER BY document_id').all(definitionId) as AttributeValueRow[];
}

function parseValue(json: string): AttributeValue | null {
  try {
    const v = JSON.parse(json) as unknown;
    return typeof v === 'string' || typeof v === 'number' || (Array.isArray(v) && v.every((x) => typeof x === 'string')) ? (v as AttributeValue) : null;
  } catch {
    return null;
  }
}

/** Every document's set values (cleared ones left out), by document id. */
export function valuesByDocument(db: Db): Map<string, DocumentAttributeValues> {
  const out = new Map<string, DocumentAttributeValues>();
  for (const r of prepared(db, "SELECT document_id, definition_id, value FROM attribute_values WHERE value <> 'null'").all() as AttributeValueRow[]) {
    const v = parseValue(r.value);
    if (v === null) continue;
    let values = out.get(r.document_id);
    if (!values) out.set(r.document_id, (values = {}));
    values[r.definition_id] = v;
  }
  return out;
}

export function valuesOfDocument(db: Db, documentId: string): DocumentAttributeValues {
  const values: DocumentAttributeValues = {};
  for (const r of prepared(db, "SELECT definition_id, value FROM attribute_values WHERE document_id = ? AND value <> 'null'").all(documentId) as AttributeValueRow[]) {
    const v = parseValue(r.value);
    if (v !== null) values[r.definition_id] = v;
  }
  return values;
}

// --- merge: raw reads and writes that keep ids and times ---

export function readValueRowsWithSha(db: Db): Array<AttributeValueRow & { sha256: string }> {
  return prepared(db, 'SELECT v.*, d.sha256 FROM attribute_values v JOIN documents d ON d.id = v.document_id ORDER BY v.definition_id, d.sha256').all() as Array<
    AttributeValueRow & { sha256: string }
  >;
}

export function readValueRows(db: Db): AttributeValueRow[] {
  return prepared(db, 'SELECT * FROM attribute_values ORDER BY definition_id, document_id').all() as AttributeValueRow[];
}

export function putDefinitionRaw(db: Db, r: AttributeDefinitionRow): void {
  prepared(
    db,
    `INSERT INTO attribute_definitions (id, name_en, name_ru, kind, choices, replaces, position, created_at, updated_at)
     VALUES (@id, @name_en, @name_ru, @kind, @choices, @replaces, @position, @created_at, @updated_at)
     ON CONFLICT (id) DO UPDATE SET name_en = excluded.name_en, name_ru = excluded.name_ru, kind = excluded.kind, choices = excluded.choices,
       replaces = excluded.replaces, position = excluded.position, created_at = excluded.created_at, updated_at = excluded.updated_at`,
  ).run(r);
}

export function deleteDefinitionRaw(db: Db, id: string): void {
  prepared(db, 'DELETE FROM attribute_definitions WHERE id = ?').run(id);
}

export function putValueRaw(db: Db, r: AttributeValueRow): void {
  prepared(
    db,
    `INSERT INTO attribute_values (document_id, definition_id, value, updated_at) VALUES (@document_id, @definition_id, @value, @updated_at)
     ON CONFLICT (document_id, definition_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(r);
}

export function readAttributeTombstones(db: Db): AttributeTombstoneRow[] {
  return prepared(db, 'SELECT * FROM attribute_tombstones ORDER BY definition_id').all() as AttributeTombstoneRow[];
}

export function getAttributeTombstone(db: Db, id: string): AttributeTombstoneRow | null {
  return (prepared(db, 'SELECT * FROM attribute_tombstones WHERE definition_id = ?').get(id) as AttributeTombstoneRow | undefined) ?? null;
}

export function putAttributeTombstoneRaw(db: Db, t: AttributeTombstoneRow): void {
  prepared(db, 'INSERT INTO attribute_tombstones (definition_id, deleted_at) VALUES (@definition_id, @deleted_at) ON CONFLICT (definition_id) DO UPDATE SET deleted_at = excluded.deleted_at').run(t);
}

export function deleteAttributeTombstoneRaw(db: Db, id: string): void {
  prepared(db, 'DELETE FROM attribute_tombstones WHERE definition_id = ?').run(id);
}
