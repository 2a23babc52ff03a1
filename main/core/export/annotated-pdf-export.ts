// The annotated copy of one document (annotated-pdf.ts) from the project: its highlights in
// reading order with their codes (paths, codebook order) and the name of who made them. The
// database is read synchronously first, so the PDF writing that follows cannot race a close.
import type { Db } from '../../db/connection';
import { listAnnotations } from '../../db/repositories/annotations';
import { listCoders } from '../../db/repositories/coders';
import { listCodes } from '../../db/repositories/codes';
import { getDocument, getPdfBytes } from '../../db/repositories/documents';
import { codeIndex } from '../evidence/evidence-rows';
import { type AnnotatedHighlight, DEFAULT_HIGHLIGHT_COLOR, writeAnnotatedPdf } from './annotated-pdf';

export interface AnnotatedPdfResult {
  bytes: Uint8Array;
  fileName: string;
  /** PDF annotations written (one per highlight target). */
  written: number;
  /** Targets without rects (not laid out yet), left out. */
  skipped: number;
}

export function annotatedHighlights(db: Db, documentId: string): AnnotatedHighlight[] {
  const codes = codeIndex(listCodes(db));
  const names = new Map(listCoders(db).map((c) => [c.id, c.name]));
  return listAnnotations(db, { documentId }).map((a) => {
    const ids = [...a.codeIds].filter((id) => codes.byId.has(id)).sort((x, y) => codes.order(x) - codes.order(y));
    return {
      id: a.id,
      kind: a.kind,
      targets: a.targets,
      color: (ids[0] ? codes.byId.get(ids[0])?.color : null) ?? a.color ?? DEFAULT_HIGHLIGHT_COLOR,
      codePaths: ids.map((id) => codes.path(id)),
      comment: a.comment,
      author: names.get(a.coderId) ?? '',
      modifiedAt: a.updatedAt,
    };
  });
}

export async function exportAnnotatedPdf(db: Db, documentId: string): Promise<AnnotatedPdfResult> {
  const meta = getDocument(db, documentId);
  const highlights = annotatedHighlights(db, documentId);
  const pdf = getPdfBytes(db, documentId).slice();
  const { bytes, written, skipped } = await writeAnnotatedPdf(pdf, highlights);
  const base = (meta.fileName || 'document.pdf').replace(/\.pdf$/i, '');
  return { bytes, fileName: `${base}-annotated.pdf`, written, skipped };
}
