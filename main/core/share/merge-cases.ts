// Cases in a merge (issue 14): a colleague's cases arrive with their segments. A case is one
// unit with its segments: when both copies have it, the later edit (updated_at) wins and its
// segments come with it; a case only one copy has is kept or added. Segments point at
// documents by sha256 across the two files (documents match by their bytes), so a segment of a
// document this project does not end up with is left out. Rules (decideCase) are tested in
// tests/unit/main/core/share/merge-cases.test.ts. Deleting a case leaves no tombstone yet: a
// case deleted here comes back when the colleague's copy still has it.
import type { Db } from '../../db/connection';
import { type CaseRow, type CaseSegmentRow, putCaseRaw, readCaseRows, readSegmentRowsWithSha, replaceSegmentsRaw } from '../../db/repositories/cases';

export type CaseDecision = 'keep' | 'put';

/** One case: this copy's row and theirs. */
export function decideCase(mine: CaseRow | null, theirs: CaseRow | null): CaseDecision {
  if (!theirs) return 'keep';
  if (!mine) return 'put';
  return theirs.updated_at > mine.updated_at ? 'put' : 'keep';
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
export function mergeCases(db: Db, theirsDb: Db, docIdBySha: ReadonlyMap<string, string>): { added: number; updated: number } {
  const mine = new Map(readCaseRows(db).map((r) => [r.id, r]));
  const theirSegments = new Map<string, Array<CaseSegmentRow & { sha256: string }>>();
  for (const s of readSegmentRowsWithSha(theirsDb)) theirSegments.set(s.case_id, [...(theirSegments.get(s.case_id) ?? []), s]);
  const counts = { added: 0, updated: 0 };
  for (const theirs of readCaseRows(theirsDb)) {
    const m = mine.get(theirs.id) ?? null;
    if (decideCase(m, theirs) !== 'put') continue;
    putCaseRaw(db, theirs);
    replaceSegmentsRaw(db, theirs.id, mapSegments(theirSegments.get(theirs.id) ?? [], docIdBySha));
    counts[m ? 'updated' : 'added']++;
  }
  return counts;
}
