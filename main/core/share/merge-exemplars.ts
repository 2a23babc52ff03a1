// Exemplar flags in a merge (issue 14 item 1): a colleague's flags arrive for the highlights
// this project has after the annotations were merged (annotation ids are kept across copies).
// One flag per highlight, and the later edit wins: a row's updated_at is when it was flagged
// or cleared, and a cleared flag keeps its row (flagged = 0), so "cleared later" beats
// "flagged earlier" in either copy without a separate tombstone table. Equal times keep this
// copy's row. The rule (decideExemplar) is tested in tests/unit/main/core/share/merge-exemplars.test.ts.
import type { Db } from '../../db/connection';
import { annotationExists, putExemplarRaw, readExemplarRows, type ExemplarRow } from '../../db/repositories/exemplars';

/** 'put' writes their row; 'keep' leaves this copy's (or no) row. */
export function decideExemplar(mine: ExemplarRow | null, theirs: ExemplarRow | null): 'keep' | 'put' {
  if (!theirs) return 'keep';
  if (!mine) return 'put';
  return theirs.updated_at > mine.updated_at ? 'put' : 'keep';
}

/** Inside the merge transaction, after the annotations are written. */
export function mergeExemplars(db: Db, theirsDb: Db): { updated: number } {
  const mine = new Map(readExemplarRows(db).map((r) => [r.annotation_id, r]));
  let updated = 0;
  for (const t of readExemplarRows(theirsDb)) {
    if (!annotationExists(db, t.annotation_id)) continue; // a highlight this copy does not keep
    if (decideExemplar(mine.get(t.annotation_id) ?? null, t) === 'put') {
      putExemplarRaw(db, t);
      updated++;
    }
  }
  return { updated };
}
