// The user's case actions, each one undoable step in the History (runCodingAction journals
// every row it writes): make cases from a document's outline or, for a PDF without one, from
// the headings of its layout; make one case from a page range; edit a case's name, country and
// attributes; delete a case with its segments.
import { randomUUID } from 'node:crypto';
import type { Case, CasePatch, CaseSource, ManualCaseInput, OutlinePlan } from '../../../shared/domain/case';
import type { Coder } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import { checkCaseAttributes, checkCaseCountry, checkCaseName, checkSegmentRange } from '../../../shared/rules/case-rules';
import type { Db } from '../../db/connection';
import { type CaseRow, type CaseSegmentRow, getCaseRow, getCaseTombstone, listCases, segmentRowsOfCase, toCase } from '../../db/repositories/cases';
import { getDocument } from '../../db/repositories/documents';
import { type ActionOutcome, runCodingAction } from '../coding/undo-stack';
import { documentHeadings } from './document-headings';
import { documentOutline } from './document-outline';
import { headingsPlan } from './heading-cases';
import { countryOfTitle, outlinePlan } from './outline-cases';

/** The cases `level` of the document's outline (or of its headings) would make (nothing is written). */
export async function planFromOutline(db: Db, documentId: string, level?: number, source: CaseSource = 'outline', onPage?: (done: number, total: number) => void): Promise<OutlinePlan> {
  const doc = getDocument(db, documentId);
  const entries = source === 'headings' ? await documentHeadings(db, documentId, onPage) : await documentOutline(db, documentId);
  if (entries.length === 0) {
    throw source === 'headings'
      ? new GlossaError('case.noHeadings', `No headings were found in "${doc.title}": its lines are all set in one size and weight.`, { documentId })
      : new GlossaError('case.noOutline', `"${doc.title}" has no outline (bookmarks) to make cases from.`, { documentId });
  }
  const plan = source === 'headings' ? headingsPlan(documentId, entries, doc.pageCount, level) : outlinePlan(documentId, entries, doc.pageCount, level);
  if (level !== undefined && plan.cases.length === 0) {
    throw new GlossaError('case.badInput', `The ${source === 'headings' ? 'headings have' : 'outline has'} no entries at level ${level + 1}.`, { field: 'level' });
  }
  return plan;
}

/** Makes the plan's cases, one segment each, in one undoable action. */
export async function createCasesFromOutline(
  db: Db,
  coder: Coder,
  documentId: string,
  level?: number,
  source: CaseSource = 'outline',
  onPage?: (done: number, total: number) => void,
): Promise<ActionOutcome<Case[]>> {
  const plan = await planFromOutline(db, documentId, level, source, onPage);
  const doc = getDocument(db, documentId);
  const what = source === 'headings' ? 'headings' : 'outline';
  return runCodingAction(db, coder, { action: 'cases.fromOutline', label: source === 'headings' ? 'Cases from headings' : 'Cases from outline' }, (j, now) => {
    const made: Case[] = [];
    for (const [position, p] of plan.cases.entries()) {
      checkSegmentRange(p.firstPage, p.lastPage, doc.pageCount);
      const row: CaseRow = { id: randomUUID(), name: checkCaseName(p.name), country: p.country, attributes: '{}', position, created_at: now, updated_at: now };
      const seg: CaseSegmentRow = { id: randomUUID(), case_id: row.id, document_id: documentId, first_page: p.firstPage, last_page: p.lastPage, start_offset: null, end_offset: null };
      j.insert('cases', { ...row });
      j.insert('case_segments', { ...seg });
      made.push(toCase(row, [seg]));
    }
    return { result: made, summary: `Made ${made.length} cases from the ${what} of "${doc.title}"`, details: { documentId, level: plan.level, count: made.length, source } };
  });
}

/** One case over a page range of a document; its country, when not given, the one its name names. */
export function createManualCase(db: Db, coder: Coder, input: ManualCaseInput): ActionOutcome<Case> {
  const doc = getDocument(db, input.documentId);
  const name = checkCaseName(input.name);
  checkSegmentRange(input.firstPage, input.lastPage, doc.pageCount);
  const country = input.country === undefined ? countryOfTitle(name) : checkCaseCountry(input.country);
  const position = listCases(db).length;
  return runCodingAction(db, coder, { action: 'cases.create', label: 'New case' }, (j, now) => {
    const row: CaseRow = { id: randomUUID(), name, country, attributes: '{}', position, created_at: now, updated_at: now };
    const seg: CaseSegmentRow = { id: randomUUID(), case_id: row.id, document_id: doc.id, first_page: input.firstPage, last_page: input.lastPage, start_offset: null, end_offset: null };
    j.insert('cases', { ...row });
    j.insert('case_segments', { ...seg });
    return { result: toCase(row, [seg]), summary: `Made case "${name}" from pages ${input.firstPage + 1}–${input.lastPage + 1} of "${doc.title}"`, details: { caseId: row.id, documentId: doc.id } };
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
