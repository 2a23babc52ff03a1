// Annotation (highlight) operations: create, update, delete, list. Each mutation is ONE
// transaction and ONE undoable action; every annotation and coding records coder and time.
// Targets, colours and comments arrive from the renderer (untrusted JSON): they are checked
// by shared/rules/annotation-rules.ts, the same rules every project file's rows must pass.
import { randomUUID } from 'node:crypto';
import { positionHoldsQuote } from '../../../shared/anchoring/anchor';
import { sortIndex } from '../../../shared/anchoring/sort-index';
import type { Annotation, AnnotationFilter, AnnotationPatch, AnnotationTarget, NewAnnotation } from '../../../shared/domain/annotation';
import type { Coder } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import { checkAnchorStatus, checkComment, checkHighlightColor, checkKind, checkSourceKey, checkTargetList } from '../../../shared/rules/annotation-rules';
import type { Db } from '../../db/connection';
import {
  annotationToRow,
  codingsOfAnnotation,
  deleteAnnotationRow,
  deleteCoding,
  documentPageCount,
  getAnnotation,
  insertAnnotationRow,
  storedPageText,
  insertCoding,
  listAnnotations,
  updateAnnotationRow,
  type AnnotationRow,
} from '../../db/repositories/annotations';
import { getCode } from '../../db/repositories/codes';
import type { RowJournal } from '../../db/repositories/row-journal';
import { type ActionOutcome, runCodingAction } from './undo-stack';

function bad(message: string): GlossaError {
  return new GlossaError('annotation.badInput', message);
}

/**
 * Reading-order key "PPPPP|OOOOOOO|TTTTT" (shared/anchoring/sort-index.ts) from the first
 * target: page index, start offset in the page text, and a "top" that grows down the page.
 * The backend does not know page heights, so top = 99,999 - the highest y of the rects (PDF
 * space, y up): on one page it orders exactly like the renderer's distance from the top.
 */
export function computeSortIndex(targets: readonly AnnotationTarget[]): string {
  const first = targets[0];
  const maxY = first.rects.length > 0 ? Math.max(...first.rects.map((r) => Math.max(r.y1, r.y2))) : 99999;
  return sortIndex(first.pageIndex, first.position?.start ?? 0, 99999 - maxY);
}

/**
 * Validates targets against the document (page range; the quote must be the text at the
 * stored position of the stored page text, so a wrong offset is refused before it is saved
 * rather than found later as a "moved" highlight) and normalises them to plain data.
 */
export function checkTargets(db: Db, documentId: string, targets: unknown, kind: Annotation['kind']): AnnotationTarget[] {
  const pageCount = documentPageCount(db, documentId);
  if (pageCount === null) throw new GlossaError('document.notFound', 'This document is no longer in the project.', { id: documentId });
  const out = checkTargetList(targets, kind, pageCount);
  for (const target of out) {
    if (target.position && !positionHoldsQuote(target, (i) => storedPageText(db, documentId, i))) {
      const page = target.pageIndex + 1;
      throw bad(target.quote ? `The quoted text is not at the given position on page ${page}.` : `A highlight target's text position is outside page ${page}.`);
    }
  }
  return out;
}

function checkCodeIds(db: Db, codeIds: unknown): string[] {
  if (codeIds === undefined) return [];
  if (!Array.isArray(codeIds)) throw bad('The codes must be a list.');
  const unique = [...new Set(codeIds as unknown[])];
  for (const id of unique) {
    if (typeof id !== 'string' || !getCode(db, id)) throw new GlossaError('code.notFound', 'One of the chosen codes no longer exists.', { id: String(id) });
  }
  return unique as string[];
}

/** Where an imported highlight came from and how well it was placed (annotation imports). */
export interface ImportOrigin {
  sourceKey: string;
  anchorStatus?: Annotation['anchorStatus'];
}

/** Inserts an annotation and its codings inside an open action (also used by auto-coding and
 *  the annotation imports, which pass the source's key). */
export function insertAnnotation(j: RowJournal, coder: Coder, input: NewAnnotation, now: string, origin?: ImportOrigin): Annotation {
  const db = j.db;
  checkKind(input.kind);
  if (typeof input.documentId !== 'string') throw bad('A highlight needs its document.');
  const targets = checkTargets(db, input.documentId, input.targets, input.kind);
  const codeIds = checkCodeIds(db, input.codeIds);
  const base: Omit<Annotation, 'codeIds'> = {
    id: randomUUID(),
    documentId: input.documentId,
    kind: input.kind,
    targets,
    color: checkHighlightColor(input.color),
    comment: checkComment(input.comment),
    sortIndex: computeSortIndex(targets),
    anchorStatus: origin?.anchorStatus ?? 'anchored',
    coderId: coder.id,
    updatedBy: null,
    createdAt: now,
    updatedAt: now,
  };
  insertAnnotationRow(j, annotationToRow(base, origin ? checkSourceKey(origin.sourceKey) : null));
  for (const codeId of codeIds) insertCoding(j, { annotation_id: base.id, code_id: codeId, coder_id: coder.id, created_at: now });
  return { ...base, codeIds };
}

function requireAnnotation(db: Db, id: unknown): Annotation {
  const a = typeof id === 'string' ? getAnnotation(db, id) : null;
  if (!a) throw new GlossaError('annotation.notFound', 'This highlight no longer exists.', { id: String(id) });
  return a;
}

export function createAnnotation(db: Db, coder: Coder, input: NewAnnotation): ActionOutcome<Annotation> {
  return runCodingAction(db, coder, { action: 'annotation.create', label: 'Create highlight' }, (j, now) => {
    const a = insertAnnotation(j, coder, input, now);
    const quote = a.targets.map((t) => t.quote?.exact ?? '').join(' ').slice(0, 60);
    return { result: a, summary: `Highlighted "${quote}" (page ${a.targets[0].pageIndex + 1})`, details: { annotationId: a.id, documentId: a.documentId } };
  });
}

/** Applies a patch inside an open action; returns the updated annotation. */
export function patchAnnotation(j: RowJournal, coder: Coder, id: string, patch: AnnotationPatch, now: string): Annotation {
  const db = j.db;
  const a = requireAnnotation(db, id);
  const cols: Partial<Omit<AnnotationRow, 'id'>> = {};
  if (patch.color !== undefined) cols.color = checkHighlightColor(patch.color);
  if (patch.comment !== undefined) cols.comment = checkComment(patch.comment);
  if (patch.targets !== undefined) {
    const targets = checkTargets(db, a.documentId, patch.targets, a.kind);
    cols.targets = JSON.stringify(targets);
    cols.sort_index = computeSortIndex(targets);
    // New targets come from a fresh selection on the current text.
    if (patch.anchorStatus === undefined) cols.anchor_status = 'anchored';
  }
  if (patch.anchorStatus !== undefined) {
    cols.anchor_status = checkAnchorStatus(patch.anchorStatus);
  }
  let codesChanged = false;
  if (patch.codeIds !== undefined) {
    const want = checkCodeIds(db, patch.codeIds);
    const have = codingsOfAnnotation(db, id).map((c) => c.code_id);
    for (const codeId of have) if (!want.includes(codeId)) deleteCoding(j, id, codeId);
    for (const codeId of want) {
      if (!have.includes(codeId)) insertCoding(j, { annotation_id: id, code_id: codeId, coder_id: coder.id, created_at: now });
    }
    codesChanged = want.length !== have.length || want.some((c) => !have.includes(c));
  }
  // The creator stays in coder_id; the editor of this change is recorded beside it.
  if (Object.keys(cols).length > 0 || codesChanged) updateAnnotationRow(j, id, { ...cols, updated_by: coder.id, updated_at: now });
  return requireAnnotation(db, id);
}

/** What a targets-only patch does: moves a highlight's edges, or re-attaches an orphan to a new passage. */
function targetsLabel(db: Db, id: string, patch: AnnotationPatch): 'Move highlight' | 'Re-attach highlight' | null {
  if (Object.keys(patch ?? {}).join() !== 'targets') return null;
  return typeof id === 'string' && getAnnotation(db, id)?.anchorStatus === 'orphan' ? 'Re-attach highlight' : 'Move highlight';
}

export function updateAnnotation(db: Db, coder: Coder, id: string, patch: AnnotationPatch): ActionOutcome<Annotation> {
  const moved = targetsLabel(db, id, patch);
  const label = moved ?? (patch.codeIds !== undefined ? 'Change codes' : patch.comment !== undefined ? 'Edit comment' : 'Edit highlight');
  // A comment typed into the panel or the popup autosaves: its saves undo as one step; so do
  // the steps of one highlight's edges moved with Shift+arrows (a re-attach stays its own step).
  const keys = Object.keys(patch ?? {}).join();
  const coalesceKey = keys === 'comment' ? `comment:${String(id)}` : moved === 'Move highlight' ? `targets:${String(id)}` : undefined;
  return runCodingAction(db, coder, { action: 'annotation.update', label, coalesceKey }, (j, now) => {
    const a = patchAnnotation(j, coder, id, patch, now);
    const page = a.targets[0].pageIndex + 1;
    const quote = a.targets.map((t) => t.quote?.exact ?? '').join(' ').slice(0, 60);
    const summary = moved === 'Re-attach highlight' ? `Re-attached highlight to "${quote}" (page ${page})` : moved ? `Moved highlight to "${quote}" (page ${page})` : `Edited highlight on page ${page}`;
    return { result: a, summary, details: { annotationId: id, fields: Object.keys(patch) } };
  });
}

export function deleteAnnotation(db: Db, coder: Coder, id: string): ActionOutcome<{ id: string }> {
  return runCodingAction(db, coder, { action: 'annotation.delete', label: 'Delete highlight' }, (j) => {
    const a = requireAnnotation(db, id);
    deleteAnnotationRow(j, id);
    return { result: { id }, summary: `Deleted highlight on page ${a.targets[0]?.pageIndex + 1}`, details: { annotationId: id, documentId: a.documentId } };
  });
}

export function listAnnotationsFiltered(db: Db, filter: AnnotationFilter = {}): Annotation[] {
  return listAnnotations(db, filter);
}
