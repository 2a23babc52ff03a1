// Flagging a passage as an exemplar quote (issue 14 item 1): one undoable coding action per
// toggle, recorded with its coder and time so a merge can let the later edit win. The flag
// lives in its own table (migration 0016) and never touches the highlight's own row, so
// starring a passage is not an edit of its quote, codes or comment.
import type { Coder } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import { checkExemplarFlag } from '../../../shared/rules/exemplar-rules';
import type { Db } from '../../db/connection';
import { getAnnotation } from '../../db/repositories/annotations';
import { exemplarIdsOfDocument, getExemplarRow, writeExemplar } from '../../db/repositories/exemplars';
import { type ActionOutcome, runCodingAction } from './undo-stack';

export function setExemplar(db: Db, coder: Coder, annotationId: string, exemplar: unknown): ActionOutcome<{ annotationId: string; exemplar: boolean }> {
  const flagged = checkExemplarFlag(exemplar);
  return runCodingAction(db, coder, { action: 'annotation.exemplar', label: flagged ? 'Flag exemplar' : 'Unflag exemplar' }, (j, now) => {
    const a = getAnnotation(db, annotationId);
    if (!a) throw new GlossaError('annotation.notFound', 'This highlight no longer exists.', { id: annotationId });
    if ((getExemplarRow(db, annotationId)?.flagged ?? 0) !== flagged) writeExemplar(j, { annotation_id: annotationId, flagged, coder_id: coder.id, updated_at: now });
    const page = a.targets[0].pageIndex + 1;
    return {
      result: { annotationId, exemplar: flagged === 1 },
      summary: flagged ? `Flagged an exemplar quote on page ${page}` : `Unflagged an exemplar quote on page ${page}`,
      details: { annotationId, documentId: a.documentId },
    };
  });
}

export function listExemplars(db: Db, documentId: string): string[] {
  return exemplarIdsOfDocument(db, documentId);
}
