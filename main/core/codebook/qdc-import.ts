// Imports a REFI-QDA codebook into the open project: ONE transaction, ONE undoable action.
// A code whose guid exists in the project is updated in place (name, colour, notes, parent,
// order); otherwise a code with the same name at the same level is updated (another tool's
// export of the same codebook); otherwise a new code is created with the file's guid as id.
// Codes in the project but not in the file are left alone, after the imported ones.
import { randomUUID } from 'node:crypto';
import type { CodebookImportResult, Coder } from '../../../shared/domain/code';
import type { Db } from '../../db/connection';
import { getCode, listChildren } from '../../db/repositories/codes';
import type { RowJournal } from '../../db/repositories/row-journal';
import { checkName, checkNote, insertNewCode, reorderChildren } from '../coding/codes';
import { type ActionOutcome, runCodingAction } from '../coding/undo-stack';
import { type ParsedCode, parseQdc } from './qdc-parse';

export function importQdc(db: Db, coder: Coder, xml: string): ActionOutcome<CodebookImportResult> {
  const roots = parseQdc(xml);
  return runCodingAction(db, coder, { action: 'codebook.import', label: 'Import codebook' }, (j, now) => {
    let created = 0;
    let updated = 0;
    const used = new Set<string>();
    const place = (nodes: ParsedCode[], parentId: string | null) => {
      const ordered: string[] = [];
      for (const n of nodes) {
        const id = upsert(j, n, parentId, used, now);
        used.add(id.id);
        if (id.created) created++;
        else updated++;
        ordered.push(id.id);
        place(n.children, id.id);
      }
      reorderChildren(j, parentId, ordered, now);
    };
    place(roots, null);
    return { result: { created, updated }, summary: `Imported a codebook (${created} new codes, ${updated} updated)`, details: { created, updated } };
  });
}

function upsert(j: RowJournal, n: ParsedCode, parentId: string | null, used: ReadonlySet<string>, now: string): { id: string; created: boolean } {
  const db = j.db;
  const name = checkName(n.name);
  const found =
    getCode(db, n.id) ?? listChildren(db, parentId).find((c) => c.name.toLocaleLowerCase() === name.toLocaleLowerCase()) ?? null;
  // A project code already matched by another entry of this file is not reused: matching it
  // twice could make a code its own ancestor.
  const existing = found && !used.has(found.id) ? found : null;
  if (!existing) {
    const code = insertNewCode(
      j,
      { id: found || getCode(db, n.id) ? randomUUID() : n.id, parentId, name, color: n.color ?? undefined, definition: n.definition, inclusion: n.inclusion, exclusion: n.exclusion },
      now,
    );
    return { id: code.id, created: true };
  }
  const patch: Record<string, string | number | null> = {};
  if (existing.name !== name) {
    patch.name = name;
    patch.localized_names = '{}';
  }
  if (n.color && existing.color !== n.color) patch.color = n.color;
  const notes = { definition: checkNote(n.definition, 'definition'), inclusion: checkNote(n.inclusion, 'inclusion note'), exclusion: checkNote(n.exclusion, 'exclusion note') };
  for (const [k, v] of Object.entries(notes)) if (existing[k as keyof typeof notes] !== v) patch[k] = v;
  if (existing.parentId !== parentId) {
    // Siblings at the new level might already use this name: the file's structure wins, the
    // clash is resolved by the reorder below keeping both (names need not be unique in a file).
    patch.parent_id = parentId;
    patch.position = listChildren(db, parentId).length;
  }
  if (Object.keys(patch).length > 0) j.update('codes', { id: existing.id }, { ...patch, updated_at: now });
  return { id: existing.id, created: false };
}
