// Cases in a merge (issue 14): a colleague's cases arrive with their segments. A case is one
// unit with its segments: when both copies have it, the later edit (updated_at) wins and its
// segments come with it; a case only one copy has is kept or added. Segments point at
// documents by sha256 across the two files (documents match by their bytes), so a segment of a
// document this project does not end up with is left out. Rules (decideCase) are tested in
// tests/unit/main/core/share/merge-cases.test.ts. Deleting a case leaves a tombstone (its id and
// when, case_tombstones), so a case deleted in one copy is not brought back by the other,
// unless it was edited there after the delete (an edit is never lost to an older delete);
// tombstones are a union (the later time), dropped for a case that lives on.
import type { Db } from '../../db/connection';
import {
  type CaseRow, type CaseSegmentRow, deleteCaseRaw, deleteCaseTombstoneRaw, putCaseRaw, putCaseTombstoneRaw, readCaseRows, readCaseTombstones,
  readSegmentRowsWithSha, replaceSegmentsRaw,
} from '../../db/repositories/cases';
import { decideRecord, type RecordDecision } from './later-edit-wins';

export type CaseDecision = RecordDecision;

/** One case: this copy's row, theirs, and the later of the two copies' tombstone times (null: none). */
export function decideCase(mine: CaseRow | null, theirs: CaseRow | null, deletedAt: string | null = null): CaseDecision {
  return decideRecord(mine, theirs, deletedAt);
}

/** Their segments of a case with document ids of this project; segments of documents it lacks are dropped. */
export function mapSegments(segments: ReadonlyArray<CaseSegmentRow & { sha256: string }>, docIdBySha: ReadonlyMap<string, string>): CaseSegmentRow[] {
  const out: CaseSegmentRow[] = [];
  for (const { sha256, ...s } of segments) {
    const documentId = docIdBySha.get(sha256);
    if (documentId) out.push({ ...s, document_id: documentId });
  }
  return out;
}

/** Inside the merge transaction, after documents are written: every case either copy has. */
export function mergeCases(db: Db, theirsDb: Db, docIdBySha: ReadonlyMap<string, string>): { added: number; updated: number; removed: number } {
  const mine = new Map(readCaseRows(db).map((r) => [r.id, r]));
  const theirs = new Map(readCaseRows(theirsDb).map((r) => [r.id, r]));
  const tombs = new Map(readCaseTombstones(db).map((t) => [t.case_id, t.deleted_at]));
  for (const t of readCaseTombstones(theirsDb)) if (!tombs.has(t.case_id) || t.deleted_at > tombs.get(t.case_id)!) tombs.set(t.case_id, t.deleted_at);
  const theirSegments = new Map<string, Array<CaseSegmentRow & { sha256: string }>>();
  for (const s of readSegmentRowsWithSha(theirsDb)) theirSegments.set(s.case_id, [...(theirSegments.get(s.case_id) ?? []), s]);
  const counts = { added: 0, updated: 0, removed: 0 };
  const alive = new Set<string>();
  for (const id of new Set([...mine.keys(), ...theirs.keys()])) {
    const m = mine.get(id) ?? null;
    const t = theirs.get(id) ?? null;
    const decision = decideCase(m, t, tombs.get(id) ?? null);
    if (decision === 'delete') {
      deleteCaseRaw(db, id);
      counts.removed++;
      continue;
    }
    if (decision === 'put') {
      putCaseRaw(db, t!);
      replaceSegmentsRaw(db, id, mapSegments(theirSegments.get(id) ?? [], docIdBySha));
      counts[m ? 'updated' : 'added']++;
    }
    if (decision === 'put' || m) alive.add(id);
  }
  for (const [case_id, deleted_at] of tombs) {
    if (alive.has(case_id)) deleteCaseTombstoneRaw(db, case_id);
    else putCaseTombstoneRaw(db, { case_id, deleted_at });
  }
  return counts;
}
