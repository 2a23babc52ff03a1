// SQL for cases and their segments (migration 0015): reads for the cases list, the analysis
// tables and the merge, and raw writes that keep ids and times for the merge. Writes the user
// makes go through the row journal (main/core/cases/case-actions.ts), so they undo.
import type { Case, CaseSegment } from '../../../shared/domain/case';
import type { Db } from '../connection';
import { prepared } from './statement-cache';

export interface CaseRow {
  id: string;
  name: string;
  country: string;
  attributes: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface CaseSegmentRow {
  id: string;
  case_id: string;
  document_id: string;
  first_page: number;
  last_page: number;
  start_offset: number | null;
  end_offset: number | null;
}

function toSegment(r: CaseSegmentRow): CaseSegment {
  return { id: r.id, documentId: r.document_id, firstPage: r.first_page, lastPage: r.last_page, startOffset: r.start_offset, endOffset: r.end_offset };
}

/** A row as the domain sees it; attributes that are not an object of strings read as {}. */
export function toCase(r: CaseRow, segments: CaseSegmentRow[]): Case {
  let attributes: Record<string, string> = {};
  try {
    const parsed = JSON.parse(r.attributes) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      attributes = Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    }
  } catch {
    // The row check refuses such a file; a row written by us is always JSON.
  }
  return { id: r.id, name: r.name, country: r.country, attributes, segments: segments.map(toSegment), createdAt: r.created_at, updatedAt: r.updated_at };
}

export function readCaseRows(db: Db): CaseRow[] {
  return prepared(db, 'SELECT * FROM cases ORDER BY created_at, position, id').all() as CaseRow[];
}

export function readSegmentRows(db: Db): CaseSegmentRow[] {
  return prepared(db, 'SELECT * FROM case_segments ORDER BY document_id, first_page, id').all() as CaseSegmentRow[];
}

export function getCaseRow(db: Db, id: string): CaseRow | null {
  return (prepared(db, 'SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined) ?? null;
}

export function segmentRowsOfCase(db: Db, caseId: string): CaseSegmentRow[] {
  return prepared(db, 'SELECT * FROM case_segments WHERE case_id = ? ORDER BY document_id, first_page, id').all(caseId) as CaseSegmentRow[];
}

/** Every case with its segments, in the order they were made (an outline's order). */
export function listCases(db: Db): Case[] {
  const byCase = new Map<string, CaseSegmentRow[]>();
  for (const s of readSegmentRows(db)) byCase.set(s.case_id, [...(byCase.get(s.case_id) ?? []), s]);
  return readCaseRows(db).map((r) => toCase(r, byCase.get(r.id) ?? []));
}

/** Merge: writes a case row as it stands (insert or replace). */
export function putCaseRaw(db: Db, r: CaseRow): void {
  prepared(
    db,
    `INSERT INTO cases (id, name, country, attributes, position, created_at, updated_at) VALUES (@id, @name, @country, @attributes, @position, @created_at, @updated_at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, country = excluded.country, attributes = excluded.attributes, position = excluded.position,
       created_at = excluded.created_at, updated_at = excluded.updated_at`,
  ).run(r);
}

/** Merge: replaces a case's segments with `segments`. */
export function replaceSegmentsRaw(db: Db, caseId: string, segments: readonly CaseSegmentRow[]): void {
  prepared(db, 'DELETE FROM case_segments WHERE case_id = ?').run(caseId);
  const insert = prepared(
    db,
    `INSERT INTO case_segments (id, case_id, document_id, first_page, last_page, start_offset, end_offset)
     VALUES (@id, @case_id, @document_id, @first_page, @last_page, @start_offset, @end_offset)
     ON CONFLICT (id) DO UPDATE SET case_id = excluded.case_id, document_id = excluded.document_id, first_page = excluded.first_page,
       last_page = excluded.last_page, start_offset = excluded.start_offset, end_offset = excluded.end_offset`,
  );
  for (const s of segments) insert.run({ ...s, case_id: caseId });
}

/** Merge: every segment with its document's sha256 (documents match by sha256 across copies). */
export function readSegmentRowsWithSha(db: Db): Array<CaseSegmentRow & { sha256: string }> {
  return prepared(db, 'SELECT s.*, d.sha256 FROM case_segments s JOIN documents d ON d.id = s.document_id ORDER BY s.case_id, s.document_id, s.first_page, s.id').all() as Array<
    CaseSegmentRow & { sha256: string }
  >;
}

export interface CaseTombstoneRow {
  case_id: string;
  deleted_at: string;
}

export function readCaseTombstones(db: Db): CaseTombstoneRow[] {
  return prepared(db, 'SELECT * FROM case_tombstones ORDER BY case_id').all() as CaseTombstoneRow[];
}

export function getCaseTombstone(db: Db, caseId: string): CaseTombstoneRow | null {
  return (prepared(db, 'SELECT * FROM case_tombstones WHERE case_id = ?').get(caseId) as CaseTombstoneRow | undefined) ?? null;
}

/** Merge: records (or moves later) a deletion. */
export function putCaseTombstoneRaw(db: Db, t: CaseTombstoneRow): void {
  prepared(db, 'INSERT INTO case_tombstones (case_id, deleted_at) VALUES (@case_id, @deleted_at) ON CONFLICT (case_id) DO UPDATE SET deleted_at = excluded.deleted_at').run(t);
}

export function deleteCaseTombstoneRaw(db: Db, caseId: string): void {
  prepared(db, 'DELETE FROM case_tombstones WHERE case_id = ?').run(caseId);
}

/** Merge: deletes a case (its segments go with it by ON DELETE CASCADE). */
export function deleteCaseRaw(db: Db, caseId: string): void {
  prepared(db, 'DELETE FROM cases WHERE id = ?').run(caseId);
}
