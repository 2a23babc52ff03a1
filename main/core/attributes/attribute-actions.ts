// The user's attribute actions, each one undoable step in the History (runCodingAction
// journals every row it writes): define an attribute (optionally seeded from a fixed field:
// several issuing organisations per document start from each document's organisation), edit
// its names and choices (a removed choice leaves the documents that had it), delete it with
// its values (a tombstone tells a merge), and set a document's values.
import { randomUUID } from 'node:crypto';
import type {
  AttributeChoice, AttributeDefinition, AttributeDefinitionInput, AttributeDefinitionPatch, AttributeValue, DocumentAttributeValues,
} from '../../../shared/domain/attribute';
import type { Coder } from '../../../shared/domain/code';
import type { DocumentMeta } from '../../../shared/domain/document';
import { GlossaError } from '../../../shared/errors';
import { checkAttributeKind, checkAttributeNames, checkAttributeValue, checkChoices, checkReplaces, isChoiceKind } from '../../../shared/rules/attribute-rules';
import type { Db } from '../../db/connection';
import {
  type AttributeDefinitionRow, getAttributeTombstone, getDefinitionRow, getValueRow, nextDefinitionPosition, toDefinition, valueRowsOfDefinition, valuesOfDocument,
} from '../../db/repositories/attributes';
import { getDocument, listDocuments } from '../../db/repositories/documents';
import type { RowJournal } from '../../db/repositories/row-journal';
import { type ActionOutcome, runCodingAction } from '../coding/undo-stack';

function withIds(choices: AttributeDefinitionInput['choices'], kind: AttributeDefinition['kind']): AttributeChoice[] {
  if (choices === undefined) return checkChoices([], kind);
  if (!Array.isArray(choices)) return checkChoices(choices, kind); // throws: not a list
  return checkChoices(choices.map((c: unknown) => (c && typeof c === 'object' && !(c as { id?: unknown }).id ? { ...c, id: randomUUID() } : c)), kind);
}

function existing(db: Db, id: unknown): AttributeDefinitionRow {
  const row = typeof id === 'string' ? getDefinitionRow(db, id) : null;
  if (!row) throw new GlossaError('attribute.notFound', 'This attribute no longer exists.', { id: String(id) });
  return row;
}

/** The value a fixed field gives a seeded attribute: the document's vocabulary id when it is one of the choices. */
function seedValue(doc: DocumentMeta, def: AttributeDefinition, from: 'organisation' | 'docType'): AttributeValue | null {
  const id = from === 'organisation' ? doc.organisation : doc.docType;
  if (!id || !def.choices.some((c) => c.id === id)) return null;
  return def.kind === 'choices' ? [id] : id;
}

/** Writes one value through the journal (null clears it: the row stays as JSON null, the merge's tombstone). */
export function writeValue(j: RowJournal, db: Db, documentId: string, def: AttributeDefinition, value: unknown, now: string): boolean {
  const checked = checkAttributeValue(value, def.kind, def.choices);
  const json = JSON.stringify(checked);
  const row = getValueRow(db, documentId, def.id);
  if (row) {
    if (row.value === json) return false;
    j.update('attribute_values', { document_id: documentId, definition_id: def.id }, { value: json, updated_at: now });
    return true;
  }
  if (checked === null) return false;
  j.insert('attribute_values', { document_id: documentId, definition_id: def.id, value: json, updated_at: now });
  return true;
}

export function createDefinition(db: Db, coder: Coder, input: AttributeDefinitionInput): ActionOutcome<AttributeDefinition> {
  const names = checkAttributeNames(input.nameEn, input.nameRu);
  const kind = checkAttributeKind(input.kind);
  const choices = withIds(input.choices, kind);
  const replaces = checkReplaces(input.replaces);
  const seedFrom = input.seedFrom === undefined ? undefined : checkReplaces(input.seedFrom) || undefined;
  if (seedFrom && !isChoiceKind(kind)) throw new GlossaError('attribute.badInput', 'Only a choice attribute can start from the organisations or document types.', { field: 'seedFrom' });
  return runCodingAction(db, coder, { action: 'attributes.create', label: 'Define attribute' }, (j, now) => {
    const row: AttributeDefinitionRow = {
      id: randomUUID(), name_en: names.en, name_ru: names.ru, kind, choices: JSON.stringify(choices), replaces, position: nextDefinitionPosition(db), created_at: now, updated_at: now,
    };
    j.insert('attribute_definitions', { ...row });
    const def = toDefinition(row);
    let seeded = 0;
    if (seedFrom) for (const doc of listDocuments(db)) if (writeValue(j, db, doc.id, def, seedValue(doc, def, seedFrom), now)) seeded++;
    return { result: def, summary: `Defined the attribute "${names.en || names.ru}"`, details: { definitionId: row.id, kind, seeded } };
  });
}

export function updateDefinition(db: Db, coder: Coder, id: string, patch: AttributeDefinitionPatch): ActionOutcome<AttributeDefinition> {
  const row = existing(db, id);
  const def = toDefinition(row);
  const next: Partial<AttributeDefinitionRow> = {};
  if (patch.nameEn !== undefined || patch.nameRu !== undefined) {
    const names = checkAttributeNames(patch.nameEn ?? row.name_en, patch.nameRu ?? row.name_ru);
    next.name_en = names.en;
    next.name_ru = names.ru;
  }
  let choices: AttributeChoice[] | null = null;
  if (patch.choices !== undefined) {
    choices = withIds(patch.choices, def.kind);
    next.choices = JSON.stringify(choices);
  }
  if (patch.replaces !== undefined) next.replaces = checkReplaces(patch.replaces);
  return runCodingAction(db, coder, { action: 'attributes.update', label: 'Edit attribute', coalesceKey: `attribute:${row.id}` }, (j, now) => {
    const changed = Object.entries(next).some(([k, v]) => row[k as keyof AttributeDefinitionRow] !== v);
    if (changed) j.update('attribute_definitions', { id: row.id }, { ...next, updated_at: now });
    if (choices) {
      // A removed choice leaves the documents that had it (the row check holds values to the list).
      const ids = new Set(choices.map((c) => c.id));
      for (const v of valueRowsOfDefinition(db, row.id)) {
        const value = JSON.parse(v.value) as AttributeValue | null;
        if (value === null) continue;
        const kept = Array.isArray(value) ? value.filter((x) => ids.has(x)) : typeof value === 'string' && ids.has(value) ? value : null;
        const json = JSON.stringify(Array.isArray(kept) && kept.length === 0 ? null : kept);
        if (json !== v.value) j.update('attribute_values', { document_id: v.document_id, definition_id: row.id }, { value: json, updated_at: now });
      }
    }
    const updated = toDefinition(getDefinitionRow(db, row.id)!);
    return { result: updated, summary: `Edited the attribute "${updated.nameEn || updated.nameRu}"`, details: { definitionId: row.id } };
  });
}

export function deleteDefinition(db: Db, coder: Coder, id: string): ActionOutcome<{ id: string }> {
  const row = existing(db, id);
  return runCodingAction(db, coder, { action: 'attributes.delete', label: 'Delete attribute' }, (j, now) => {
    // Values are journaled children of their definition (row-journal.ts): undo brings them back.
    j.delete('attribute_definitions', { id: row.id });
    if (getAttributeTombstone(db, row.id)) j.update('attribute_tombstones', { definition_id: row.id }, { deleted_at: now });
    else j.insert('attribute_tombstones', { definition_id: row.id, deleted_at: now });
    return { result: { id: row.id }, summary: `Deleted the attribute "${row.name_en || row.name_ru}"`, details: { definitionId: row.id } };
  });
}

/** Sets some of a document's values (null clears one); typing in the drawer coalesces. */
export function setDocumentValues(db: Db, coder: Coder, documentId: string, values: Record<string, unknown>): ActionOutcome<DocumentAttributeValues> {
  const doc = getDocument(db, documentId);
  const defs = Object.keys(values).map((id) => toDefinition(existing(db, id)));
  return runCodingAction(db, coder, { action: 'attributes.setValues', label: 'Edit attribute values', coalesceKey: `attribute-values:${doc.id}` }, (j, now) => {
    for (const def of defs) writeValue(j, db, doc.id, def, values[def.id], now);
    return { result: valuesOfDocument(db, doc.id), summary: `Edited the attributes of "${doc.title}"`, details: { documentId: doc.id } };
  });
}
