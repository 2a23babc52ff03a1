// Documents' bibliographic records in a merge. A record belongs to a document, which both
// copies match by sha256; it has no history of its own, so the rule is the attribute rule of
// a single value (decideBibliography, tested in tests/unit/main/core/share/merge-bibliography.test.ts):
//   only this side has a record   -> it is kept;
//   only their side has one       -> it is added (when the document is in the merged project);
//   both have one                 -> the later updated_at wins; a tie keeps this side's.
// A record removed in one copy comes back from the other (records keep no tombstones): a
// removal is rare and loses nothing, the opposite would drop a colleague's import.
import type { Db } from '../../db/connection';
import { type BibliographyRow, putBibliographyRaw, readAllBibliographyRows } from '../../db/repositories/bibliography';
import type { ProjectItems } from './merge-items';

export type BibliographyDecision = 'keep' | 'put';

export function decideBibliography(mine: BibliographyRow | null, theirs: BibliographyRow | null): BibliographyDecision {
  if (!theirs) return 'keep';
  if (!mine) return 'put';
  return theirs.updated_at > mine.updated_at ? 'put' : 'keep';
}

/** Inside the merge transaction, after the documents: their records onto this project's documents.
 *  Returns how many records were added or replaced. */
export function mergeBibliography(db: Db, theirsDb: Db, theirs: ProjectItems, docIdBySha: ReadonlyMap<string, string>): number {
  const mine = new Map(readAllBibliographyRows(db).map((r) => [r.document_id, r]));
  let written = 0;
  for (const row of readAllBibliographyRows(theirsDb)) {
    const sha = theirs.shaById.get(row.document_id);
    const documentId = sha ? docIdBySha.get(sha) : undefined;
    if (!documentId) continue;
    const local = { ...row, document_id: documentId };
    if (decideBibliography(mine.get(documentId) ?? null, local) !== 'put') continue;
    putBibliographyRaw(db, local);
    written++;
  }
  return written;
}
