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

/** The codings recorded as independent in a round (round_codings), restricted like codingsForAgreement. */
export function independentCodingsForAgreement(db: Db, roundId: string, coderIds: readonly string[], documentIds: readonly string[], codeIds: readonly string[] | null): CodingWithTargets[] {
  const where = ['rc.round_id = @round', 'rc.coder_id IN (SELECT value FROM json_each(@coders))', 'a.document_id IN (SELECT value FROM json_each(@docs))'];
  if (codeIds) where.push('rc.code_id IN (SELECT value FROM json_each(@codes))');
  return db
    .prepare(
      `SELECT a.id AS annotationId, a.document_id AS documentId, a.kind, a.targets, rc.code_id AS codeId, rc.coder_id AS coderId
         FROM round_codings rc JOIN annotations a ON a.id = rc.annotation_id
        WHERE ${where.join(' AND ')} ORDER BY a.document_id, a.sort_index, a.id, rc.code_id`,
    )
    .all({ round: roundId, coders: JSON.stringify(coderIds), docs: JSON.stringify(documentIds), codes: JSON.stringify(codeIds ?? []) }) as CodingWithTargets[];
}
