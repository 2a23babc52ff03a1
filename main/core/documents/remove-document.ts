// Removing a document is a coding action like any other: ONE transaction through the row
// journal (document, PDF bytes, pages with their index rows, position, highlights, codings,
// memo), one history entry, and one step on the undo stack, so Ctrl+Z brings it all back with
// the same ids. The caller writes a backup of the project first (backups.ts), which is what
// remains once the session's undo stack is gone.
import type { Coder } from '../../../shared/domain/code';
import type { DocumentRemovalInfo } from '../../../shared/domain/document';
import type { Db } from '../../db/connection';
import { documentRemovalInfo, removeDocumentRows } from '../../db/repositories/document-removal';
import { getDocument } from '../../db/repositories/documents';
import { type ActionOutcome, runCodingAction } from '../coding/undo-stack';

export const REMOVE_DOCUMENT_LABEL = 'Remove document';

/** Throws document.notFound for an unknown id (nothing is changed then). */
export function removeDocumentAction(db: Db, coder: Coder, documentId: string): ActionOutcome<DocumentRemovalInfo> {
  return runCodingAction(db, coder, { action: 'document.remove', label: REMOVE_DOCUMENT_LABEL }, (j) => {
    const doc = getDocument(db, documentId);
    const info = documentRemovalInfo(db, documentId);
    removeDocumentRows(j, documentId);
    return {
      result: info,
      summary: `Removed document "${doc.title}" (${info.annotations} highlights, ${info.codings} codings)`,
      details: { documentId, title: doc.title, sha256: doc.sha256, ...info },
    };
  });
}
