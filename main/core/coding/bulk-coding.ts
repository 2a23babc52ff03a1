// Second-cycle coding on many passages at once (the evidence browser's selection): add and
// remove codes on a set of highlights, and split a code by moving some of its passages into a
// new or existing sub-code. Each is ONE undoable action, whatever the number of passages, and
// touches only highlights that exist (ids from the renderer are checked, never trusted).
import type { BulkCodingResult } from '../../../shared/domain/bulk-coding';
import type { Coder } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { deleteCoding, getAnnotation, hasCoding, insertCoding, updateAnnotationRow } from '../../db/repositories/annotations';
import type { RowJournal } from '../../db/repositories/row-journal';
import { insertNewCode, requireCode, textsOf } from './codes';
import { type ActionOutcome, runCodingAction } from './undo-stack';

/** One request touches at most this many passages (a code's passages in a large project). */
export const MAX_BULK = 50_000;

export type { BulkCodingResult };

function checkIds(annotationIds: readonly string[]): string[] {
  const ids = [...new Set(annotationIds)];
  if (ids.length === 0) throw new GlossaError('annotation.badInput', 'Select at least one passage.', { field: 'annotationIds' });
  if (ids.length > MAX_BULK) throw new GlossaError('annotation.badInput', `At most ${MAX_BULK} passages at once.`, { field: 'annotationIds' });
  return ids;
}

function applyCodes(j: RowJournal, db: Db, coder: Coder, ids: readonly string[], add: readonly string[], remove: readonly string[], now: string): BulkCodingResult {
  let added = 0;
  let removed = 0;
  let passages = 0;
  for (const id of ids) {
    if (!getAnnotation(db, id)) throw new GlossaError('annotation.notFound', 'A selected passage no longer exists.', { id });
    let changed = false;
    for (const codeId of remove) {
      if (deleteCoding(j, id, codeId)) {
        removed++;
        changed = true;
      }
    }
    for (const codeId of add) {
      if (!hasCoding(db, id, codeId)) {
        insertCoding(j, { annotation_id: id, code_id: codeId, coder_id: coder.id, created_at: now });
        added++;
        changed = true;
      }
    }
    if (changed) {
      passages++;
      updateAnnotationRow(j, id, { updated_by: coder.id, updated_at: now });
    }
  }
  return { added, removed, passages };
}

/** Adds `add` to and removes `remove` from every passage in `annotationIds`. */
export function bulkCode(db: Db, coder: Coder, input: { annotationIds: string[]; add?: string[]; remove?: string[] }): ActionOutcome<BulkCodingResult> {
  const ids = checkIds(input.annotationIds);
  const add = [...new Set(input.add ?? [])];
  const remove = [...new Set(input.remove ?? [])].filter((c) => !add.includes(c));
  if (add.length + remove.length === 0) throw new GlossaError('code.badInput', 'Choose a code to add or remove.', { field: 'codes' });
  return runCodingAction(db, coder, { action: 'codings.bulk', label: 'Code selected passages' }, (j, now) => {
    for (const c of [...add, ...remove]) requireCode(db, c);
    const r = applyCodes(j, db, coder, ids, add, remove, now);
    return { result: r, summary: `Coded ${r.passages} passages (+${r.added}, −${r.removed})`, details: { add, remove, passages: r.passages } };
  });
}

export interface SplitCodeInput {
  /** The code being split. */
  codeId: string;
  /** Its passages to move. */
  annotationIds: string[];
  /** An existing sub-code (any code but the split one)… */
  intoCodeId?: string;
  /** …or the name of a new sub-code of `codeId`, in the interface language. */
  newName?: string;
  lang?: 'en' | 'ru';
}

/** Moves the chosen passages of a code into a new or existing sub-code: their coding with
 *  `codeId` becomes a coding with the target (one undo). */
export function splitCode(db: Db, coder: Coder, input: SplitCodeInput): ActionOutcome<BulkCodingResult & { intoCodeId: string }> {
  const ids = checkIds(input.annotationIds);
  if (!input.intoCodeId === !input.newName) throw new GlossaError('code.badInput', 'Choose a sub-code or name a new one.', { field: 'into' });
  return runCodingAction(db, coder, { action: 'code.split', label: 'Split code' }, (j, now) => {
    const source = requireCode(db, input.codeId);
    const into = input.intoCodeId
      ? requireCode(db, input.intoCodeId)
      : insertNewCode(j, { parentId: source.id, text: textsOf({ name: input.newName!.trim(), lang: input.lang }) }, now);
    if (into.id === source.id) throw new GlossaError('code.badInput', 'Choose a code other than the one being split.', { field: 'into' });
    const coded = ids.filter((id) => hasCoding(db, id, source.id));
    const r = applyCodes(j, db, coder, coded, [into.id], [source.id], now);
    return { result: { ...r, intoCodeId: into.id }, summary: `Moved ${r.passages} passages into a sub-code`, details: { codeId: source.id, intoCodeId: into.id, passages: r.passages } };
  });
}
