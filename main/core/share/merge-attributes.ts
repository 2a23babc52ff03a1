// Attributes in a merge (issue 14): a colleague's attribute definitions arrive with their
// documents' values. Definitions match by id: when both copies have one, the later edit
// (updated_at) wins, names and choices together; one only one copy has is kept or added. A
// deleted definition leaves a tombstone (attribute_tombstones), so a definition deleted in one
// copy is not brought back by the other unless it was edited there after the delete; tombstones
// are a union (the later time), dropped for a definition that lives on. Values match by the
// document's sha256 and the definition id; the later value wins, and a cleared value (JSON null
// with its time) is itself a tombstone, so an older value does not come back. Last, values are
// held to the winning definition (kind and choices): a value the merged definition no longer
// allows (a choice the later edit removed) is cleared, as the edit itself does.
// Rules (decideDefinition, decideValue) are tested in tests/unit/main/core/share/merge-attributes.test.ts.
import type { Db } from '../../db/connection';
import {
  type AttributeDefinitionRow, type AttributeValueRow, deleteAttributeTombstoneRaw, deleteDefinitionRaw, putAttributeTombstoneRaw, putDefinitionRaw,
  putValueRaw, readAttributeTombstones, readDefinitionRows, readValueRows, readValueRowsWithSha, toDefinition,
} from '../../db/repositories/attributes';
import { checkAttributeValueJson } from '../../../shared/rules/attribute-rules';
import { decideRecord, type RecordDecision } from './later-edit-wins';

export type DefinitionDecision = RecordDecision;

/** One definition: this copy's row, theirs, and the later of the two copies' tombstone times (null: none). */
export function decideDefinition(mine: AttributeDefinitionRow | null, theirs: AttributeDefinitionRow | null, deletedAt: string | null = null): DefinitionDecision {
  return decideRecord(mine, theirs, deletedAt);
}

/** One value of one document: theirs replaces mine only when it is later. */
export function decideValue(mine: AttributeValueRow | null, theirs: AttributeValueRow | null): 'keep' | 'put' {
  if (!theirs) return 'keep';
  return !mine || theirs.updated_at > mine.updated_at ? 'put' : 'keep';
}

/** Inside the merge transaction, after documents are written. */
export function mergeAttributes(db: Db, theirsDb: Db, docIdBySha: ReadonlyMap<string, string>, now: string): { added: number; updated: number; removed: number; values: number } {
  const mine = new Map(readDefinitionRows(db).map((r) => [r.id, r]));
  const theirs = new Map(readDefinitionRows(theirsDb).map((r) => [r.id, r]));
  const tombs = new Map(readAttributeTombstones(db).map((t) => [t.definition_id, t.deleted_at]));
  for (const t of readAttributeTombstones(theirsDb)) if (!tombs.has(t.definition_id) || t.deleted_at > tombs.get(t.definition_id)!) tombs.set(t.definition_id, t.deleted_at);
  const counts = { added: 0, updated: 0, removed: 0, values: 0 };
  const alive = new Set<string>();
  for (const id of new Set([...mine.keys(), ...theirs.keys()])) {
    const m = mine.get(id) ?? null;
    const t = theirs.get(id) ?? null;
    const decision = decideDefinition(m, t, tombs.get(id) ?? null);
    if (decision === 'delete') {
      deleteDefinitionRaw(db, id);
      counts.removed++;
      continue;
    }
    if (decision === 'put') {
      putDefinitionRaw(db, t!);
      counts[m ? 'updated' : 'added']++;
    }
    if (decision === 'put' || m) alive.add(id);
  }
  for (const [definition_id, deleted_at] of tombs) {
    if (alive.has(definition_id)) deleteAttributeTombstoneRaw(db, definition_id);
    else putAttributeTombstoneRaw(db, { definition_id, deleted_at });
  }
  const myValues = new Map(readValueRows(db).map((v) => [`${v.document_id}\u0000${v.definition_id}`, v]));
  for (const { sha256, ...v } of readValueRowsWithSha(theirsDb)) {
    const documentId = docIdBySha.get(sha256);
    if (!documentId || !alive.has(v.definition_id)) continue;
    const row = { ...v, document_id: documentId };
    if (decideValue(myValues.get(`${documentId}\u0000${v.definition_id}`) ?? null, row) === 'put') {
      putValueRaw(db, row);
      counts.values++;
    }
  }
  // Values held to the definitions that won: one the merged definition does not allow is cleared.
  const defs = new Map(readDefinitionRows(db).map((r) => [r.id, toDefinition(r)]));
  for (const v of readValueRows(db)) {
    const def = defs.get(v.definition_id);
    if (!def) continue;
    try {
      checkAttributeValueJson(v.value, def.kind, def.choices);
    } catch {
      putValueRaw(db, { ...v, value: 'null', updated_at: now });
    }
  }
  return counts;
}
