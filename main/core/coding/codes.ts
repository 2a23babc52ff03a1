// Codebook operations: list with counts, create, edit, move, merge, delete. Each mutating
// operation is ONE transaction and ONE undoable action (runCodingAction) returning plain data.
import { randomUUID } from 'node:crypto';
import { codeNameFor } from '../../../shared/codebook/code-text';
import type { Code, CodeDeleteInfo, CodeLang, CodeMergeResult, CodePatch, CodeText, CodeWithCounts, Coder, NewCode } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import { checkCodeColor, checkCodeName, checkNote } from '../../../shared/rules/code-rules';
import type { Db } from '../../db/connection';
import { codingsOfCode, deleteCoding, hasCoding, insertCoding } from '../../db/repositories/annotations';
import { type CodeColumnPatch, codingCountsByCode, deleteCodeRow, getCode, insertCode, listChildren, listCodes, textColumns, updateCode } from '../../db/repositories/codes';
import { codeLinkRows, deleteMemoRow, findLinkRow, getMemoRow, updateMemoRow } from '../../db/repositories/memos';
import type { RowJournal } from '../../db/repositories/row-journal';
import { childrenMap, isSelfOrDescendant, nextPaletteColor, subtree, treeOrder } from './code-tree';
import { type ActionOutcome, runCodingAction } from './undo-stack';

/** Every code in tree order with its own and its subtree's coding counts. */
export function listCodesWithCounts(db: Db): CodeWithCounts[] {
  const codes = listCodes(db);
  const counts = codingCountsByCode(db);
  const children = childrenMap(codes);
  const total = new Map<string, number>();
  const sum = (c: Code, guard: Set<string>): number => {
    const known = total.get(c.id);
    if (known !== undefined) return known;
    if (guard.has(c.id)) return 0;
    guard.add(c.id);
    let n = counts.get(c.id) ?? 0;
    for (const k of children.get(c.id) ?? []) n += sum(k, guard);
    total.set(c.id, n);
    return n;
  };
  return treeOrder(codes).map(({ code }) => ({
    ...code,
    codingCount: counts.get(code.id) ?? 0,
    totalCount: sum(code, new Set()),
  }));
}

export function requireCode(db: Db, id: unknown): Code {
  const code = typeof id === 'string' ? getCode(db, id) : null;
  if (!code) throw new GlossaError('code.notFound', 'This code no longer exists.', { id: String(id) });
  return code;
}

/** The shared rules (shared/rules/code-rules.ts), under the names the codebook modules use. */
export const checkName = checkCodeName;
export { checkNote };
const checkColor = checkCodeColor;

/** The English name for history summaries and messages, the Russian one when it has none. */
export const logName = (c: Pick<Code, 'text'>): string => codeNameFor(c, 'en');

/**
 * Refuses a name that a sibling already shows in `lang` (its own name there, or its fallback):
 * two codes that read the same in one interface could not be told apart there.
 */
export function assertUniqueAmongSiblings(db: Db, parentId: string | null, name: string, lang: CodeLang, exceptId?: string): void {
  const lower = name.toLocaleLowerCase();
  const clash = listChildren(db, parentId).find((c) => c.id !== exceptId && codeNameFor(c, lang).toLocaleLowerCase() === lower);
  if (clash) {
    throw new GlossaError('code.duplicateName', `A code named "${name}" already exists at this level.`, { name });
  }
}

/** A code's checked text in one language ('' allowed for the name: the other language is shown). */
export function checkText(t: Partial<CodeText> | undefined): CodeText {
  return {
    name: t?.name ? checkName(t.name) : '',
    definition: checkNote(t?.definition, 'definition'),
    inclusion: checkNote(t?.inclusion, 'inclusion note', 'inclusion'),
    exclusion: checkNote(t?.exclusion, 'exclusion note', 'exclusion'),
  };
}

/** Rewrites sibling positions to 0..n-1 in the given order, touching only rows that change. */
function renumber(j: RowJournal, siblings: readonly Code[], parentId: string | null, now: string): void {
  siblings.forEach((c, i) => {
    if (c.position !== i || c.parentId !== parentId) updateCode(j, c.id, { position: i, parent_id: parentId, updated_at: now });
  });
}

/** Orders a level: `firstIds` in that order, then the other children as they were (codebook import). */
export function reorderChildren(j: RowJournal, parentId: string | null, firstIds: readonly string[], now: string): void {
  const kids = listChildren(j.db, parentId);
  const rank = new Map<string, number>();
  firstIds.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i);
  });
  const ordered = [...kids.filter((k) => rank.has(k.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!), ...kids.filter((k) => !rank.has(k.id))];
  renumber(j, ordered, parentId, now);
}

/** A new code in both languages: what NewCode gives, in its language (default codebook and imports give both). */
export type NewCodeInput = Omit<NewCode, 'name' | 'definition' | 'inclusion' | 'exclusion' | 'lang'> & {
  id?: string;
  text: Partial<Record<CodeLang, Partial<CodeText>>>;
};

export function textsOf(input: NewCode): NewCodeInput['text'] {
  const lang = input.lang ?? 'en';
  if (lang !== 'en' && lang !== 'ru') throw new GlossaError('code.badInput', 'The language of a new code must be en or ru.', { field: 'lang' });
  return { [lang]: { name: input.name, definition: input.definition, inclusion: input.inclusion, exclusion: input.exclusion } };
}

/** Inserts a code row inside an open action (also used by codebook import and the seed). */
export function insertNewCode(j: RowJournal, input: NewCodeInput, now: string): Code {
  const db = j.db;
  const parentId = input.parentId ?? null;
  if (parentId !== null) requireCode(db, parentId);
  const text = { en: checkText(input.text.en), ru: checkText(input.text.ru) };
  if (!text.en.name && !text.ru.name) checkName(''); // "A code needs a name."
  for (const lang of ['en', 'ru'] as const) {
    const shown = codeNameFor({ text }, lang);
    assertUniqueAmongSiblings(db, parentId, shown, lang);
  }
  const siblings = listChildren(db, parentId);
  const position = Math.max(0, Math.min(input.position ?? siblings.length, siblings.length));
  const code: Code = {
    id: input.id ?? randomUUID(),
    parentId,
    text,
    color: input.color !== undefined ? checkColor(input.color) : nextPaletteColor(listCodes(db).map((c) => c.color)),
    position,
    createdAt: now,
    updatedAt: now,
  };
  // Make room first so positions stay unique among siblings.
  siblings.forEach((c, i) => {
    const want = i < position ? i : i + 1;
    if (c.position !== want) updateCode(j, c.id, { position: want, updated_at: now });
  });
  insertCode(j, code);
  return code;
}

export function createCode(db: Db, coder: Coder, input: NewCode): ActionOutcome<Code> {
  return runCodingAction(db, coder, { action: 'code.create', label: 'Create code' }, (j, now) => {
    const code = insertNewCode(j, { parentId: input.parentId, color: input.color, position: input.position, text: textsOf(input) }, now);
    return { result: code, summary: `Created code "${logName(code)}"`, details: { codeId: code.id } };
  });
}

/**
 * Edits one language's name and notes (patch.lang, the interface language) and the colour. The
 * other language is never touched.
 */
export function updateCodeFields(db: Db, coder: Coder, id: string, patch: CodePatch): ActionOutcome<Code> {
  const label = patch.name !== undefined ? 'Rename code' : patch.color !== undefined ? 'Recolour code' : 'Edit code definition';
  const lang: CodeLang = patch.lang ?? 'en';
  if (patch.lang !== undefined && patch.lang !== 'en' && patch.lang !== 'ru') {
    throw new GlossaError('code.badInput', 'The language of a code edit must be en or ru.', { field: 'lang' });
  }
  return runCodingAction(db, coder, { action: 'code.update', label }, (j, now) => {
    const code = requireCode(db, id);
    const cols: CodeColumnPatch = {};
    const names = textColumns(lang);
    if (patch.name !== undefined) {
      const name = checkName(patch.name);
      if (name !== code.text[lang].name) {
        assertUniqueAmongSiblings(db, code.parentId, name, lang, code.id);
        (cols as Record<string, string>)[names.name] = name;
      }
    }
    const set = (field: 'definition' | 'inclusion' | 'exclusion', value: string) => {
      if (value !== code.text[lang][field]) (cols as Record<string, string>)[names[field]] = value;
    };
    if (patch.color !== undefined) {
      const color = checkColor(patch.color);
      if (color !== code.color) cols.color = color;
    }
    if (patch.definition !== undefined) set('definition', checkNote(patch.definition, 'definition'));
    if (patch.inclusion !== undefined) set('inclusion', checkNote(patch.inclusion, 'inclusion note', 'inclusion'));
    if (patch.exclusion !== undefined) set('exclusion', checkNote(patch.exclusion, 'exclusion note', 'exclusion'));
    if (Object.keys(cols).length > 0) updateCode(j, id, { ...cols, updated_at: now });
    const after = requireCode(db, id);
    const renamed = names.name in cols;
    const summary = renamed ? `Renamed code "${logName(code)}" to "${after.text[lang].name || logName(after)}"` : `Edited code "${logName(code)}"`;
    return { result: after, summary, details: { codeId: id, lang, fields: Object.keys(cols) } };
  });
}

export function moveCode(db: Db, coder: Coder, id: string, parentId: string | null, position: number): ActionOutcome<Code> {
  return runCodingAction(db, coder, { action: 'code.move', label: 'Move code' }, (j, now) => {
    const code = requireCode(db, id);
    const all = listCodes(db);
    const byId = new Map(all.map((c) => [c.id, c]));
    if (parentId !== null) {
      requireCode(db, parentId);
      if (isSelfOrDescendant(byId, id, parentId)) {
        throw new GlossaError('code.moveCycle', `"${logName(code)}" cannot be moved into itself or one of its sub-codes.`, { name: logName(code) });
      }
    }
    if (parentId !== code.parentId) for (const lang of ['en', 'ru'] as const) assertUniqueAmongSiblings(db, parentId, codeNameFor(code, lang), lang, code.id);
    const oldSiblings = listChildren(db, code.parentId).filter((c) => c.id !== id);
    const newSiblings = parentId === code.parentId ? oldSiblings : listChildren(db, parentId);
    const at = Math.max(0, Math.min(Number.isInteger(position) ? position : newSiblings.length, newSiblings.length));
    const moved = { ...code, position: -1 }; // force the update of the moved row below
    newSiblings.splice(at, 0, moved);
    if (parentId !== code.parentId) renumber(j, oldSiblings, code.parentId, now);
    renumber(j, newSiblings, parentId, now);
    return { result: requireCode(db, id), summary: `Moved code "${logName(code)}"`, details: { codeId: id, parentId, position: at } };
  });
}

export function mergeCodes(db: Db, coder: Coder, sourceId: string, targetId: string): ActionOutcome<CodeMergeResult> {
  return runCodingAction(db, coder, { action: 'code.merge', label: 'Merge codes' }, (j, now) => {
    const source = requireCode(db, sourceId);
    const target = requireCode(db, targetId);
    const byId = new Map(listCodes(db).map((c) => [c.id, c]));
    if (isSelfOrDescendant(byId, sourceId, targetId)) {
      throw new GlossaError('code.moveCycle', `"${logName(source)}" cannot be merged into itself or one of its sub-codes.`, { name: logName(source) });
    }
    let moved = 0;
    let collapsed = 0;
    for (const c of codingsOfCode(db, sourceId)) {
      deleteCoding(j, c.annotation_id, sourceId);
      if (hasCoding(db, c.annotation_id, targetId)) {
        collapsed++;
      } else {
        insertCoding(j, { ...c, code_id: targetId });
        moved++;
      }
    }
    // Children follow their parent into the target, after the target's own children.
    const targetKids = listChildren(db, targetId);
    const shown = (c: Code) => (['en', 'ru'] as const).map((l) => `${l}:${codeNameFor(c, l).toLocaleLowerCase()}`);
    const takenNames = new Set(targetKids.flatMap(shown));
    const newKids = [...targetKids];
    for (const kid of listChildren(db, sourceId)) {
      if (shown(kid).some((n) => takenNames.has(n))) {
        throw new GlossaError('code.duplicateName', `Both codes have a sub-code named "${logName(kid)}"; merge or rename those first.`, {
          name: logName(kid),
        });
      }
      newKids.push({ ...kid, position: -1 });
    }
    renumber(j, newKids, targetId, now);
    mergeMemo(j, sourceId, targetId, logName(source), now);
    moveMemoLinks(j, sourceId, targetId);
    deleteCodeRow(j, sourceId);
    renumber(j, listChildren(db, source.parentId), source.parentId, now);
    updateCode(j, targetId, { updated_at: now });
    return {
      result: { target: requireCode(db, targetId), moved, collapsed },
      summary: `Merged code "${logName(source)}" into "${logName(target)}" (${moved} codings moved, ${collapsed} duplicates collapsed)`,
      details: { sourceId, targetId, moved, collapsed },
    };
  });
}

/** Memos linked to the source are linked to the target instead (once each). */
function moveMemoLinks(j: RowJournal, sourceId: string, targetId: string): void {
  for (const link of codeLinkRows(j.db, sourceId)) {
    if (findLinkRow(j.db, link.memo_id, 'code', targetId)) j.delete('memo_links', { id: link.id });
    else j.update('memo_links', { id: link.id }, { code_id: targetId });
  }
}

/** The source's memo is kept: moved to the target, or appended under a heading. */
function mergeMemo(j: RowJournal, sourceId: string, targetId: string, sourceName: string, now: string): void {
  const from = getMemoRow(j.db, 'code', sourceId);
  if (!from) return;
  const into = getMemoRow(j.db, 'code', targetId);
  if (!into) {
    j.update('memos', { id: from.id }, { target_id: targetId, updated_at: now });
    return;
  }
  updateMemoRow(j, into.id, { body: `${into.body}\n\n## ${sourceName}\n\n${from.body}`, updated_at: now });
  deleteMemoRow(j, from.id);
}

export function codeDeleteInfo(db: Db, id: string): CodeDeleteInfo {
  const code = requireCode(db, id);
  const codes = subtree(childrenMap(listCodes(db)), code);
  const counts = codingCountsByCode(db);
  return { codeCount: codes.length, codingCount: codes.reduce((n, c) => n + (counts.get(c.id) ?? 0), 0) };
}

/** Removes the code, its descendants, their codings and memos; highlights stay (uncoded). */
export function deleteCode(db: Db, coder: Coder, id: string): ActionOutcome<CodeDeleteInfo> {
  return runCodingAction(db, coder, { action: 'code.delete', label: 'Delete code' }, (j, now) => {
    const code = requireCode(db, id);
    const codes = subtree(childrenMap(listCodes(db)), code);
    let codingCount = 0;
    // Deepest first, so no row ever points at a deleted parent.
    for (const c of [...codes].reverse()) {
      for (const coding of codingsOfCode(db, c.id)) {
        deleteCoding(j, coding.annotation_id, c.id);
        codingCount++;
      }
      const memo = getMemoRow(db, 'code', c.id);
      if (memo) deleteMemoRow(j, memo.id);
      deleteCodeRow(j, c.id);
    }
    renumber(j, listChildren(db, code.parentId), code.parentId, now);
    return {
      result: { codeCount: codes.length, codingCount },
      summary: `Deleted code "${logName(code)}" (${codes.length} codes, ${codingCount} codings)`,
      details: { codeId: id, codeCount: codes.length, codingCount },
    };
  });
}
