// The user's case actions, each one undoable step in the History (runCodingAction journals
// every row it writes): make cases from a document's outline, edit a case's name, country and
// attributes, delete a case with its segments.
import { randomUUID } from 'node:crypto';
import type { Case, CasePatch, OutlinePlan } from '../../../shared/domain/case';
import type { Coder } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import { checkCaseAttributes, checkCaseCountry, checkCaseName, checkSegmentRange } from '../../../shared/rules/case-rules';
import type { Db } from '../../db/connection';
import { type CaseRow, type CaseSegmentRow, getCaseRow, getCaseTombstone, segmentRowsOfCase, toCase } from '../../db/repositories/cases';
import { getDocument } from '../../db/repositories/documents';
import { type ActionOutcome, runCodingAction } from '../coding/undo-stack';
import { documentOutline } from './document-outline';
import { outlinePlan } from './outline-cases';

/** The cases `level` of the document's outline would make (nothing is written). */
export async function planFromOutline(db: Db, documentId: string, level?: number): Promise<OutlinePlan> {
  const doc = getDocument(db, documentId);
  const entries = await documentOutline(db, documentId);
  if (entries.length === 0) {
    throw new GlossaError('case.noOutline', `"${doc.title}" has no outline (bookmarks) to make cases from.`, { documentId });
  }
  const plan = outlinePlan(documentId, entries, doc.pageCount, level);
  if (level !== undefined && plan.cases.length === 0) {
    throw new GlossaError('case.badInput', `The outline has no entries at level ${level + 1}.`, { field: 'level' });
  }
  return plan;
}

/** Makes the plan's cases, one segment each, in one undoable action. */
export async function createCasesFromOutline(db: Db, coder: Coder, documentId: string, level?: number): Promise<ActionOutcome<Case[]>> {
  const plan = await planFromOutline(db, documentId, level);
  const doc = getDocument(db, documentId);
  return runCodingAction(db, coder, { action: 'cases.fromOutline', label: 'Cases from outline' }, (j, now) => {
    const made: Case[] = [];
    for (const [position, p] of plan.cases.entries()) {
      checkSegmentRange(p.firstPage, p.lastPage, doc.pageCount);
      const row: CaseRow = { id: randomUUID(), name: checkCaseName(p.name), country: p.country, attributes: '{}', position, created_at: now, updated_at: now };
      const seg: CaseSegmentRow = { id: randomUUID(), case_id: row.id, document_id: documentId, first_page: p.firstPage, last_page: p.lastPage, start_offset: null, end_offset: null };
      j.insert('cases', { ...row });
      j.insert('case_segments', { ...seg });
      made.push(toCase(row, [seg]));
    }
    return { result: made, summary: `Made ${made.length} cases from the outline of "${doc.title}"`, details: { documentId, level: plan.level, count: made.length } };
  });
}

function existing(db: Db, id: unknown): CaseRow {
  const row = typeof id === 'string' ? getCaseRow(db, id) : null;
  if (!row) throw new GlossaError('case.notFound', 'This case no longer exists.', { id: String(id) });
  return row;
}

export function updateCase(db: Db, coder: Coder, id: string, patch: CasePatch): ActionOutcome<Case> {
  const row = existing(db, id);
  const next: Partial<CaseRow> = {};
  if (patch.name !== undefined) next.name = checkCaseName(patch.name);
  if (patch.country !== undefined) next.country = checkCaseCountry(patch.country);
  if (patch.attributes !== undefined) next.attributes = JSON.stringify(checkCaseAttributes(patch.attributes));
  return runCodingAction(db, coder, { action: 'cases.update', label: 'Edit case', coalesceKey: `case:${row.id}` }, (j, now) => {
    const changed = Object.entries(next).some(([k, v]) => row[k as keyof CaseRow] !== v);
    if (changed) j.update('cases', { id: row.id }, { ...next, updated_at: now });
    const updated = getCaseRow(db, row.id)!;
    return { result: toCase(updated, segmentRowsOfCase(db, row.id)), summary: `Edited case "${updated.name}"`, details: { caseId: row.id } };
  });
}

export function deleteCase(db: Db, coder: Coder, id: string): ActionOutcome<{ id: string }> {
  const row = existing(db, id);
  return runCodingAction(db, coder, { action: 'cases.delete', label: 'Delete case' }, (j, now) => {
    // Segments are journaled children of their case (row-journal.ts): undo brings them back.
    j.delete('cases', { id: row.id });
    // The tombstone tells a merge this case was deleted here, not added there (merge-cases.ts).
    if (getCaseTombstone(db, row.id)) j.update('case_tombstones', { case_id: row.id }, { deleted_at: now });
    else j.insert('case_tombstones', { case_id: row.id, deleted_at: now });
    return { result: { id: row.id }, summary: `Deleted case "${row.name}"`, details: { caseId: row.id } };
  });
}
