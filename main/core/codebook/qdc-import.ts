// Imports a REFI-QDA codebook into the open project: ONE transaction, ONE undoable action.
// A code whose guid exists in the project is updated in place (name, colour, notes, parent,
// order) in the languages the file carries (qdc-description.ts); otherwise a code with the same
// name at the same level is updated (another tool's export of the same codebook); otherwise a new code is created with the file's guid as id.
// Codes in the project but not in the file are left alone, after the imported ones.
import { randomUUID } from 'node:crypto';
import { codeNameFor } from '../../../shared/codebook/code-text';
import { type Code, CODE_LANGS, type CodebookImportResult, type Coder, type CodeLang, type CodeText } from '../../../shared/domain/code';
import type { Db } from '../../db/connection';
import { getCode, listChildren, textColumns } from '../../db/repositories/codes';
import type { RowJournal } from '../../db/repositories/row-journal';
import { checkName, checkText, insertNewCode, reorderChildren } from '../coding/codes';
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

/** The project code this file entry is: the same guid, else a sibling showing the same name in the entry's language. */
function matchOf(j: RowJournal, n: ParsedCode, parentId: string | null): Code | null {
  const langs = CODE_LANGS.filter((l) => n.text[l]?.name);
  return (
    getCode(j.db, n.id) ??
    listChildren(j.db, parentId).find((c) => langs.some((l) => codeNameFor(c, l).toLocaleLowerCase() === n.text[l]!.name.toLocaleLowerCase())) ??
    null
  );
}

function upsert(j: RowJournal, n: ParsedCode, parentId: string | null, used: ReadonlySet<string>, now: string): { id: string; created: boolean } {
  const db = j.db;
  const text = Object.fromEntries(Object.entries(n.text).map(([l, t]) => [l, checkText(t)])) as Partial<Record<CodeLang, CodeText>>;
  checkName(n.name);
  const found = matchOf(j, n, parentId);
  // A project code already matched by another entry of this file is not reused: matching it
  // twice could make a code its own ancestor.
  const existing = found && !used.has(found.id) ? found : null;
  if (!existing) {
    const id = found || getCode(db, n.id) ? randomUUID() : n.id;
    const code = insertNewCode(j, { id, parentId, color: n.color ?? undefined, text }, now);
    return { id: code.id, created: true };
  }
  // Only the languages the file carries are written: a file from another tool, in English,
  // leaves the Russian name and notes as they were.
  const patch: Record<string, string | number | null> = {};
  for (const lang of CODE_LANGS) {
    const t = text[lang];
    if (!t) continue;
    const cols = textColumns(lang);
    for (const field of ['name', 'definition', 'inclusion', 'exclusion'] as const) {
      if (field === 'name' && !t.name) continue;
      if (existing.text[lang][field] !== t[field]) patch[cols[field]] = t[field];
    }
  }
  if (n.color && existing.color !== n.color) patch.color = n.color;
  if (existing.parentId !== parentId) {
    // Siblings at the new level might already use this name: the file's structure wins, the
    // clash is resolved by the reorder below keeping both (names need not be unique in a file).
    patch.parent_id = parentId;
    patch.position = listChildren(db, parentId).length;
  }
  if (Object.keys(patch).length > 0) j.update('codes', { id: existing.id }, { ...patch, updated_at: now });
  return { id: existing.id, created: false };
}
