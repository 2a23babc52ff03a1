// "Remove bibliographic record": deletes a document's record as one undoable action (the
// document and its attributes stay; citations fall back to CSL data from the attributes) and
// leaves a tombstone, so merging a colleague's copy that still has the record does not bring
// it back (merge-bibliography.ts); undo takes the tombstone away with the removal.
import type { Coder } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { getBibliography, getBibliographyTombstone } from '../../db/repositories/bibliography';
import { getDocument } from '../../db/repositories/documents';
import { type ActionOutcome, runCodingAction } from '../coding/undo-stack';

export function removeBibliographyRecord(db: Db, coder: Coder, documentId: string): ActionOutcome<void> {
  const doc = getDocument(db, documentId);
  if (!doc) throw new GlossaError('document.notFound', 'The document is no longer in this project.', { id: documentId });
  const had = getBibliography(db, documentId) !== null;
  return runCodingAction(db, coder, { action: 'bibliography.remove', label: 'Remove bibliographic record' }, (j) => {
    if (had) {
      j.delete('document_bibliography', { document_id: documentId });
      const now = new Date().toISOString();
      if (getBibliographyTombstone(db, doc.sha256)) j.update('bibliography_tombstones', { document_sha256: doc.sha256 }, { deleted_at: now });
      else j.insert('bibliography_tombstones', { document_sha256: doc.sha256, deleted_at: now });
    }
    return { result: undefined, summary: `Removed the bibliographic record of "${doc.title}"`, details: { documentId } };
  });
}
