// Replies on highlights in a merge. Deleting a reply leaves a tombstone (reply_tombstones: its
// id and when), written in the same undoable action, and tombstones travel with the file; so a
// merge tells a reply deleted in one copy from one the other copy added, and no union brings a
// deleted reply back. Rules (decideReply, tested in tests/unit/main/core/share/merge-replies.test.ts):
//   a tombstone on either side, and no version edited after it  -> the reply is deleted;
//   a version edited after the delete (on the other side)        -> it lives (an edit is never
//                                                                    lost to an older delete);
//   otherwise both have it -> the later edit; one side has it   -> it is kept or added.
// Tombstones themselves are a union (the later time when both have one), except for a reply
// that lives on: its tombstone is dropped.
import type { Db } from '../../db/connection';
import {
  deleteReplyRaw, deleteReplyTombstoneRaw, putReplyRaw, putReplyTombstoneRaw, readAllReplyRows, readReplyTombstones, type ReplyRow,
} from '../../db/repositories/replies';

export type ReplyDecision = 'keep' | 'put' | 'delete';

/** One reply: this side's row, theirs, and the later of the two sides' tombstone times (null: none). */
export function decideReply(mine: ReplyRow | null, theirs: ReplyRow | null, deletedAt: string | null): ReplyDecision {
  const newest = mine && theirs ? (theirs.updated_at > mine.updated_at ? theirs : mine) : (mine ?? theirs);
  if (deletedAt !== null && (!newest || newest.updated_at <= deletedAt)) return mine ? 'delete' : 'keep';
  if (!theirs) return 'keep';
  if (!mine) return 'put';
  return theirs.updated_at > mine.updated_at ? 'put' : 'keep';
}

/** Inside the merge transaction: every reply either side has, then the tombstones. */
export function mergeReplies(db: Db, theirsDb: Db): void {
  const mine = new Map(readAllReplyRows(db).map((r) => [r.id, r]));
  const theirs = new Map(readAllReplyRows(theirsDb).map((r) => [r.id, r]));
  const tombs = new Map(readReplyTombstones(db).map((t) => [t.reply_id, t.deleted_at]));
  for (const t of readReplyTombstones(theirsDb)) if (!tombs.has(t.reply_id) || t.deleted_at > tombs.get(t.reply_id)!) tombs.set(t.reply_id, t.deleted_at);
  const alive = new Set<string>();
  for (const id of new Set([...mine.keys(), ...theirs.keys()])) {
    const m = mine.get(id) ?? null;
    const t = theirs.get(id) ?? null;
    const decision = decideReply(m, t, tombs.get(id) ?? null);
    if (decision === 'put') putReplyRaw(db, t!);
    if (decision === 'delete') deleteReplyRaw(db, id);
    else if (decision === 'put' || m) alive.add(id);
  }
  for (const [reply_id, deleted_at] of tombs) {
    if (alive.has(reply_id)) deleteReplyTombstoneRaw(db, reply_id);
    else putReplyTombstoneRaw(db, { reply_id, deleted_at });
  }
}
