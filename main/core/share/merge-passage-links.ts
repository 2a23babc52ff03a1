// Links between passages in a merge (issue 14 item 8): a colleague's links arrive. Highlights
// keep their ids across copies, so a link needs no mapping; a link is written only when both
// its passages are in this project once the annotations are merged (a passage deleted here, and
// not edited there, takes its links with it). When both copies have a link the later edit
// (updated_at) wins. Deleting a link leaves a tombstone (passage_link_tombstones), so a link
// deleted in one copy is not brought back by the other unless edited there after the delete;
// tombstones are a union (the later time), dropped for a link that lives on. Two coders who made
// the same link (same passages and relation) under different ids keep this copy's one.
import type { Db } from '../../db/connection';
import {
  annotationExists, deleteLinkRaw, deleteLinkTombstoneRaw, findLinkRow, type PassageLinkRow, putLinkRaw, putLinkTombstoneRaw, readLinkRows,
  readLinkTombstones,
} from '../../db/repositories/passage-links';
import { decideRecord, type RecordDecision } from './later-edit-wins';

export type LinkDecision = RecordDecision;

/** One link: this copy's row, theirs, and the later of the two copies' tombstone times (null: none). */
export function decideLink(mine: PassageLinkRow | null, theirs: PassageLinkRow | null, deletedAt: string | null = null): LinkDecision {
  return decideRecord(mine, theirs, deletedAt);
}

/** Later of two tombstone maps, per link id. */
export function unionTombstones(a: ReadonlyArray<{ link_id: string; deleted_at: string }>, b: ReadonlyArray<{ link_id: string; deleted_at: string }>): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of [...a, ...b]) if (!out.has(t.link_id) || t.deleted_at > out.get(t.link_id)!) out.set(t.link_id, t.deleted_at);
  return out;
}

/** Inside the merge transaction, after annotations are written: every link either copy has. */
export function mergePassageLinks(db: Db, theirsDb: Db): { added: number; updated: number; removed: number } {
  const mine = new Map(readLinkRows(db).map((r) => [r.id, r]));
  const theirs = new Map(readLinkRows(theirsDb).map((r) => [r.id, r]));
  const tombs = unionTombstones(readLinkTombstones(db), readLinkTombstones(theirsDb));
  const counts = { added: 0, updated: 0, removed: 0 };
  const alive = new Set<string>();
  for (const id of new Set([...mine.keys(), ...theirs.keys()])) {
    const m = mine.get(id) ?? null;
    const t = theirs.get(id) ?? null;
    const decision = decideLink(m, t, tombs.get(id) ?? null);
    if (decision === 'delete') {
      deleteLinkRaw(db, id);
      counts.removed++;
      continue;
    }
    if (decision === 'put' && t) {
      const ends = annotationExists(db, t.from_annotation_id) && annotationExists(db, t.to_annotation_id);
      const twin = findLinkRow(db, t.from_annotation_id, t.to_annotation_id, t.relation);
      if (ends && (!twin || twin.id === id)) {
        putLinkRaw(db, t);
        counts[m ? 'updated' : 'added']++;
        alive.add(id);
        continue;
      }
    }
    if (m) alive.add(id);
  }
  for (const [link_id, deleted_at] of tombs) {
    if (alive.has(link_id)) deleteLinkTombstoneRaw(db, link_id);
    else putLinkTombstoneRaw(db, { link_id, deleted_at });
  }
  return counts;
}
