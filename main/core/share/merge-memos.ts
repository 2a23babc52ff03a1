// Memos in a merge (issue 14 item 7). The memos of a target (project, document, code) keep
// their three-way merge by target in the plan (merge-plan.ts: body changes, conflicts); the
// journal's titled memos and every memo's links are merged here, inside the merge transaction
// after documents, codes, highlights and cases are written:
//   - a journal memo is one unit with its links: when both copies have it, the later edit
//     (updated_at; linking and unlinking count as edits) wins and its links come with it; a
//     memo only one copy has is kept or added;
//   - a deleted journal memo leaves a tombstone (memo_tombstones), so the other copy does not
//     bring it back unless it was edited there after the delete; tombstones are a union (the
//     later time), dropped for a memo that lives on;
//   - a target's memo gets the union of both copies' links (the plan decides its body).
// Links point at documents by sha256 across the two files (documents match by their bytes) and
// at codes, cases and passages by id; a link to an item this project does not end up with is
// left out. The rules (decideMemo, mapLinks) are tested in tests/unit/main/core/share/merge-memos.test.ts.
import type { Db } from '../../db/connection';
import {
  type AnyMemoRow, deleteAnyMemoRaw, documentIdOfSha, deleteMemoTombstoneRaw, getAnyMemoRow, linkOf, linkRowsOf, linkTargetExists, type MemoLinkRow, putJournalMemoRaw,
  putMemoTombstoneRaw, readAllMemoRows, readLinkRowsWithSha, readMemoTombstones, replaceLinksRaw,
} from '../../db/repositories/memos';
import { decideRecord, type RecordDecision } from './later-edit-wins';

export type MemoDecision = RecordDecision;

/** One journal memo: this copy's row, theirs, and the later of the two copies' tombstone times (null: none). */
export function decideMemo(mine: AnyMemoRow | null, theirs: AnyMemoRow | null, deletedAt: string | null = null): MemoDecision {
  return decideRecord(mine, theirs, deletedAt);
}

/** Their links with this project's document ids; links to items this project lacks are dropped. */
export function mapLinks(db: Db, links: ReadonlyArray<MemoLinkRow & { sha256: string | null }>, docIdBySha: ReadonlyMap<string, string>): MemoLinkRow[] {
  const out: MemoLinkRow[] = [];
  for (const { sha256, ...l } of links) {
    if (l.document_id !== null) {
      const documentId = sha256 ? docIdBySha.get(sha256) : undefined;
      if (documentId) out.push({ ...l, document_id: documentId });
      continue;
    }
    const { kind, targetId } = linkOf(l);
    if (linkTargetExists(db, kind, targetId)) out.push(l);
  }
  return out;
}

const targetKey = (l: MemoLinkRow) => {
  const { kind, targetId } = linkOf(l);
  return `${kind}:${targetId}`;
};

export function mergeMemos(db: Db, theirsDb: Db, docIdBySha: ReadonlyMap<string, string>): { added: number; updated: number; removed: number } {
  const all = readAllMemoRows(db);
  const mine = new Map(all.filter((r) => r.target_type === null).map((r) => [r.id, r]));
  const theirRows = readAllMemoRows(theirsDb);
  const theirs = new Map(theirRows.filter((r) => r.target_type === null).map((r) => [r.id, r]));
  const tombs = new Map(readMemoTombstones(db).map((t) => [t.memo_id, t.deleted_at]));
  for (const t of readMemoTombstones(theirsDb)) if (!tombs.has(t.memo_id) || t.deleted_at > tombs.get(t.memo_id)!) tombs.set(t.memo_id, t.deleted_at);
  const theirLinks = new Map<string, Array<MemoLinkRow & { sha256: string | null }>>();
  for (const l of readLinkRowsWithSha(theirsDb)) theirLinks.set(l.memo_id, [...(theirLinks.get(l.memo_id) ?? []), l]);

  const counts = { added: 0, updated: 0, removed: 0 };
  const alive = new Set<string>();
  for (const id of new Set([...mine.keys(), ...theirs.keys()])) {
    const m = mine.get(id) ?? null;
    const t = theirs.get(id) ?? null;
    // An id that is a target's memo in this copy is the plan's, never a journal memo here.
    if (!m && getAnyMemoRow(db, id)) continue;
    const decision = decideMemo(m, t, tombs.get(id) ?? null);
    if (decision === 'delete') {
      deleteAnyMemoRaw(db, id);
      counts.removed++;
      continue;
    }
    if (decision === 'put') {
      putJournalMemoRaw(db, t!);
      replaceLinksRaw(db, id, mapLinks(db, theirLinks.get(id) ?? [], docIdBySha));
      counts[m ? 'updated' : 'added']++;
    }
    if (decision === 'put' || m) alive.add(id);
  }
  for (const [memo_id, deleted_at] of tombs) {
    if (alive.has(memo_id)) deleteMemoTombstoneRaw(db, memo_id);
    else putMemoTombstoneRaw(db, { memo_id, deleted_at });
  }

  // A target's memo, as the plan left it: both copies' links. The memo may have their id (the
  // plan put theirs) or mine; their links are looked up by their memo of the same target.
  const theirOwned = new Map(theirRows.filter((r) => r.target_type !== null).map((r) => [`${r.target_type}:${r.target_id}`, r]));
  const theirDocSha = new Map([...docIdBySha].map(([sha, id]) => [id, sha]));
  for (const row of readAllMemoRows(db)) {
    if (row.target_type === null || row.target_id === null) continue;
    const theirTarget = row.target_type === 'document' ? documentIdOfSha(theirsDb, theirDocSha.get(row.target_id)) : row.target_id;
    const t = theirTarget === null ? undefined : theirOwned.get(`${row.target_type}:${theirTarget}`);
    if (!t) continue;
    const have = linkRowsOf(db, row.id);
    const seen = new Set(have.map(targetKey));
    const extra = mapLinks(db, theirLinks.get(t.id) ?? [], docIdBySha).filter((l) => !seen.has(targetKey(l)) && !have.some((h) => h.id === l.id));
    if (extra.length > 0) replaceLinksRaw(db, row.id, [...have, ...extra]);
  }
  return counts;
}
