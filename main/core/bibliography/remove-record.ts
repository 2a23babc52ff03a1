// "Remove bibliographic record": deletes a document's record as one undoable action (the
// document and its attributes stay; citations fall back to CSL data from the attributes).
import type { Coder } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { getBibliography } from '../../db/repositories/bibliography';
import { getDocument } from '../../db/repositories/documents';
import { type ActionOutcome, runCodingAction } from '../coding/undo-stack';

export function removeBibliographyRecord(db: Db, coder: Coder, documentId: string): ActionOutcome<void> {
  const doc = getDocument(db, documentId);
  if (!doc) throw new GlossaError('document.notFound', 'The document is no longer in this project.', { id: documentId });
  const had = getBibliography(db, documentId) !== null;
  return runCodingAction(db, coder, { action: 'bibliography.remove', label: 'Remove bibliographic record' }, (j) => {
    if (had) j.delete('document_bibliography', { document_id: documentId });
    return { result: undefined, summary: `Removed the bibliographic record of "${doc.title}"`, details: { documentId } };
  });
}
