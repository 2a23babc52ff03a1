// Reads for inter-coder agreement: every coding (annotation x code) with the coder who applied
// it and the annotation's targets, restricted to chosen coders, documents and codes.
import type { Db } from '../connection';

export interface CodingWithTargets {
  annotationId: string;
  documentId: string;
  kind: string;
  targets: string;
  codeId: string;
  coderId: string;
}

export function codingsForAgreement(db: Db, coderIds: readonly string[], documentIds: readonly string[] | null, codeIds: readonly string[] | null): CodingWithTargets[] {
  const where = ['ac.coder_id IN (SELECT value FROM json_each(@coders))'];
  if (documentIds) where.push('a.document_id IN (SELECT value FROM json_each(@docs))');
  if (codeIds) where.push('ac.code_id IN (SELECT value FROM json_each(@codes))');
  return db
    .prepare(
      `SELECT a.id AS annotationId, a.document_id AS documentId, a.kind, a.targets, ac.code_id AS codeId, ac.coder_id AS coderId
         FROM annotation_codes ac JOIN annotations a ON a.id = ac.annotation_id
        WHERE ${where.join(' AND ')} ORDER BY a.document_id, a.sort_index, a.id, ac.code_id`,
    )
    .all({ coders: JSON.stringify(coderIds), docs: JSON.stringify(documentIds ?? []), codes: JSON.stringify(codeIds ?? []) }) as CodingWithTargets[];
}
