// Annotation (highlight) operations: create, update, delete, list. Each mutation is ONE
// transaction and ONE undoable action; every annotation and coding records coder and time.
// Targets are validated here because they arrive from the renderer (untrusted JSON).
import { randomUUID } from 'node:crypto';
import { positionHoldsQuote } from '../../../shared/anchoring/anchor';
import { sortIndex } from '../../../shared/anchoring/sort-index';
import type { AnchorStatus, Annotation, AnnotationFilter, AnnotationPatch, AnnotationTarget, NewAnnotation, PdfRect } from '../../../shared/domain/annotation';
import type { Coder } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
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
import { isHexColor } from './code-tree';
import { type ActionOutcome, runCodingAction } from './undo-stack';

/** A selection spans a few pages at most; 100 targets is a generous cap against junk input. */
const MAX_TARGETS = 100;
/** pdf.js gives one rect per text span: a full page of small print is ~2,000 rects. */
const MAX_RECTS = 5000;
/** A quote is a passage, not a book: 100,000 characters is ~30 pages. */
const MAX_QUOTE = 100_000;
const MAX_COMMENT = 1_000_000;
const ANCHOR_STATUSES: readonly AnchorStatus[] = ['anchored', 'reanchored', 'orphan'];

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

function checkRect(r: unknown): PdfRect {
  const o = r as Record<string, unknown>;
  if (typeof o !== 'object' || o === null) throw bad('A highlight rectangle is malformed.');
  const out = { x1: o.x1, y1: o.y1, x2: o.x2, y2: o.y2 };
  for (const v of Object.values(out)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > 1e6) throw bad('A highlight rectangle has a bad coordinate.');
  }
  return out as PdfRect;
}

function checkText(v: unknown, what: string, max: number): string {
  if (typeof v !== 'string' || v.length > max) throw bad(`The ${what} is missing or too long.`);
  return v;
}

/**
 * Validates targets against the document (page range; the quote must be the text at the
 * stored position of the stored page text, so a wrong offset is refused before it is saved
 * rather than found later as a "moved" highlight) and normalises them to plain data.
 */
export function checkTargets(db: Db, documentId: string, targets: unknown, kind: Annotation['kind']): AnnotationTarget[] {
  const pageCount = documentPageCount(db, documentId);
  if (pageCount === null) throw new GlossaError('document.notFound', 'This document is no longer in the project.', { id: documentId });
  if (!Array.isArray(targets) || targets.length === 0) throw bad('A highlight needs at least one target.');
  if (targets.length > MAX_TARGETS) throw bad(`A highlight has at most ${MAX_TARGETS} targets.`);
  const out: AnnotationTarget[] = targets.map((t: unknown) => {
    const o = t as Record<string, unknown>;
    if (typeof o !== 'object' || o === null) throw bad('A highlight target is malformed.');
    const pageIndex = o.pageIndex;
    if (typeof pageIndex !== 'number' || !Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= pageCount) {
      throw bad(`A highlight target points at a page outside the document (1-${pageCount}).`);
    }
    if (!Array.isArray(o.rects) || o.rects.length > MAX_RECTS) throw bad('A highlight target has too many rectangles.');
    const rects = o.rects.map(checkRect);
    let quote: AnnotationTarget['quote'] = null;
    if (o.quote !== null && o.quote !== undefined) {
      const q = o.quote as Record<string, unknown>;
      quote = {
        type: 'TextQuoteSelector',
        exact: checkText(q.exact, 'quoted text', MAX_QUOTE),
        prefix: checkText(q.prefix ?? '', 'quote prefix', 256),
        suffix: checkText(q.suffix ?? '', 'quote suffix', 256),
      };
    }
    let position: AnnotationTarget['position'] = null;
    if (o.position !== null && o.position !== undefined) {
      const p = o.position as Record<string, unknown>;
      const ok = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10_000_000;
      if (!ok(p.start) || !ok(p.end) || p.end < p.start) throw bad('A highlight target has a bad text position.');
      position = { type: 'TextPositionSelector', start: p.start, end: p.end };
    }
    if (kind === 'text' && !quote && !position) throw bad('A text highlight needs its quote or text position.');
    if (kind === 'area' && rects.length === 0) throw bad('An area highlight needs its rectangle.');
    const target: AnnotationTarget = { pageIndex, rects, quote, position };
    if (position && !positionHoldsQuote(target, (i) => storedPageText(db, documentId, i))) {
      throw bad(quote ? `The quoted text is not at the given position on page ${pageIndex + 1}.` : `A highlight target's text position is outside page ${pageIndex + 1}.`);
    }
    return target;
  });
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

function checkColor(color: unknown): string | null {
  if (color === null || color === undefined) return null;
  if (!isHexColor(color)) throw bad('A colour must look like #1a2b3c.');
  return color.toLowerCase();
}

function checkComment(comment: unknown): string {
  if (comment === undefined) return '';
  return checkText(comment, 'comment', MAX_COMMENT);
}

/** Inserts an annotation and its codings inside an open action (also used by auto-coding). */
export function insertAnnotation(j: RowJournal, coder: Coder, input: NewAnnotation, now: string): Annotation {
  const db = j.db;
  if (input.kind !== 'text' && input.kind !== 'area') throw bad('A highlight is either text or area.');
  if (typeof input.documentId !== 'string') throw bad('A highlight needs its document.');
  const targets = checkTargets(db, input.documentId, input.targets, input.kind);
  const codeIds = checkCodeIds(db, input.codeIds);
  const base: Omit<Annotation, 'codeIds'> = {
    id: randomUUID(),
    documentId: input.documentId,
    kind: input.kind,
    targets,
    color: checkColor(input.color),
    comment: checkComment(input.comment),
    sortIndex: computeSortIndex(targets),
    anchorStatus: 'anchored',
    coderId: coder.id,
    createdAt: now,
    updatedAt: now,
  };
  insertAnnotationRow(j, annotationToRow(base));
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
  if (patch.color !== undefined) cols.color = checkColor(patch.color);
  if (patch.comment !== undefined) cols.comment = checkComment(patch.comment);
  if (patch.targets !== undefined) {
    const targets = checkTargets(db, a.documentId, patch.targets, a.kind);
    cols.targets = JSON.stringify(targets);
    cols.sort_index = computeSortIndex(targets);
    // New targets come from a fresh selection on the current text.
    if (patch.anchorStatus === undefined) cols.anchor_status = 'anchored';
  }
  if (patch.anchorStatus !== undefined) {
    if (!ANCHOR_STATUSES.includes(patch.anchorStatus)) throw bad('Unknown anchor status.');
    cols.anchor_status = patch.anchorStatus;
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
  if (Object.keys(cols).length > 0 || codesChanged) updateAnnotationRow(j, id, { ...cols, updated_at: now });
  return requireAnnotation(db, id);
}

export function updateAnnotation(db: Db, coder: Coder, id: string, patch: AnnotationPatch): ActionOutcome<Annotation> {
  const label = patch.codeIds !== undefined ? 'Change codes' : patch.comment !== undefined ? 'Edit comment' : 'Edit highlight';
  return runCodingAction(db, coder, { action: 'annotation.update', label }, (j, now) => {
    const a = patchAnnotation(j, coder, id, patch, now);
    return { result: a, summary: `Edited highlight on page ${a.targets[0].pageIndex + 1}`, details: { annotationId: id, fields: Object.keys(patch) } };
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
