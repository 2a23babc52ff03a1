// The merge rule of every record that carries its last edit time (updated_at) and leaves a
// tombstone (its key and deleted_at) when deleted: cases, links between passages, titled memos,
// user-defined attributes, bibliographic records. Given this copy's row, theirs, and the later
// of the two copies' tombstone times:
//   deleted in a copy, and no copy's row is newer than the delete
//                               -> it stays deleted ('delete' here, or 'keep' the absence);
//   only this copy has it       -> 'keep';
//   only theirs has it          -> 'put';
//   both have it                -> the later updated_at wins; a tie keeps this copy's.
// An edit after the delete wins over it: an edit is never lost to an older delete.
export type RecordDecision = 'keep' | 'put' | 'delete';

export function decideRecord(mine: { updated_at: string } | null, theirs: { updated_at: string } | null, deletedAt: string | null = null): RecordDecision {
  const newest = mine && theirs ? (theirs.updated_at > mine.updated_at ? theirs : mine) : (mine ?? theirs);
  if (deletedAt !== null && (!newest || newest.updated_at <= deletedAt)) return mine ? 'delete' : 'keep';
  if (!theirs) return 'keep';
  if (!mine) return 'put';
  return theirs.updated_at > mine.updated_at ? 'put' : 'keep';
}
