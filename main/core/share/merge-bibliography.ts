// Documents' bibliographic records in a merge. A record belongs to a document, which both
// copies match by sha256; it has no history of its own, so the rule is the attribute rule of
// a single value, with removals remembered (decideBibliography, tested in
// tests/unit/main/core/share/merge-bibliography.test.ts):
//   a copy removed the record, and no copy's record is newer than the removal
//                                 -> it stays removed (a record only their side still has is
//                                    not added; one this side still has is removed);
//   only this side has a record   -> it is kept;
//   only their side has one       -> it is added (when the document is in the merged project);
//   both have one                 -> the later updated_at wins; a tie keeps this side's.
// A record attached or edited after the removal wins over it: an edit is never lost to an
// older removal. Tombstones (bibliography_tombstones, by sha256) are a union keeping the later
// time, dropped for a document whose record lives on.
import type { Db } from '../../db/connection';
import {
  type BibliographyRow, deleteBibliography, deleteBibliographyTombstoneRaw, putBibliographyRaw, putBibliographyTombstoneRaw, readAllBibliographyRows,
  readBibliographyTombstones,
} from '../../db/repositories/bibliography';
import { decideRecord, type RecordDecision } from './later-edit-wins';
import type { ProjectItems } from './merge-items';

export type BibliographyDecision = RecordDecision;

/** One document's record: this copy's, theirs, and the later of the two copies' removal times (null: none). */
export function decideBibliography(mine: BibliographyRow | null, theirs: BibliographyRow | null, removedAt: string | null = null): BibliographyDecision {
  return decideRecord(mine, theirs, removedAt);
}

/** Inside the merge transaction, after the documents: their records onto this project's documents.
 *  Returns how many records were added, replaced or removed. */
export function mergeBibliography(db: Db, theirsDb: Db, theirs: ProjectItems, docIdBySha: ReadonlyMap<string, string>): number {
  const shaByDocId = new Map([...docIdBySha].map(([sha, id]) => [id, sha]));
  const mine = new Map(readAllBibliographyRows(db).map((r) => [r.document_id, r]));
  const theirRows = new Map<string, BibliographyRow>();
  for (const row of readAllBibliographyRows(theirsDb)) {
    const sha = theirs.shaById.get(row.document_id);
    const documentId = sha ? docIdBySha.get(sha) : undefined;
    if (documentId) theirRows.set(documentId, { ...row, document_id: documentId });
  }
  const removed = new Map(readBibliographyTombstones(db).map((t) => [t.document_sha256, t.deleted_at]));
  for (const t of readBibliographyTombstones(theirsDb)) {
    if (!removed.has(t.document_sha256) || t.deleted_at > removed.get(t.document_sha256)!) removed.set(t.document_sha256, t.deleted_at);
  }

  let written = 0;
  const alive = new Set<string>();
  for (const documentId of new Set([...mine.keys(), ...theirRows.keys()])) {
    const sha = shaByDocId.get(documentId);
    const decision = decideBibliography(mine.get(documentId) ?? null, theirRows.get(documentId) ?? null, sha ? (removed.get(sha) ?? null) : null);
    if (decision === 'delete') {
      deleteBibliography(db, documentId);
      written++;
      continue;
    }
    if (decision === 'put') {
      putBibliographyRaw(db, theirRows.get(documentId)!);
      written++;
    }
    if (sha && (decision === 'put' || mine.has(documentId))) alive.add(sha);
  }
  for (const [document_sha256, deleted_at] of removed) {
    if (alive.has(document_sha256)) deleteBibliographyTombstoneRaw(db, document_sha256);
    else putBibliographyTombstoneRaw(db, { document_sha256, deleted_at });
  }
  return written;
}
