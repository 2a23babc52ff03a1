// The analysis view's co-occurrence matrix by passage position (shared/query/code-cooccurrence.ts):
// over the filter's codings, codes co-occur where their passages overlap — or lie within N
// characters, in one paragraph, on one page, as the user chooses — whoever coded them, with
// ATLAS.ti's c-coefficient per cell; and the passages behind one cell.
import type { EvidenceRow, EvidenceTables } from '../../../shared/domain/evidence';
import { cooccurrenceMatrix, type CooccurrenceMode } from '../../../shared/query/code-cooccurrence';
import type { Db } from '../../db/connection';
import { positionalCooccurrence } from '../query/coding-query';
import { cooccurrence } from '../export/evidence-tables';

export const DEFAULT_COOCCURRENCE: CooccurrenceMode = { kind: 'overlap' };

/** Annotation id → the codes the filter selected on it; and the documents they lie in. */
function codingsOf(rows: readonly EvidenceRow[]): { codings: Map<string, Set<string>>; documentIds: string[] } {
  const codings = new Map<string, Set<string>>();
  const documents = new Set<string>();
  for (const r of rows) {
    codings.set(r.annotationId, (codings.get(r.annotationId) ?? new Set()).add(r.codeId));
    documents.add(r.document.id);
  }
  return { codings, documentIds: [...documents] };
}

export function positionalTable(db: Db, rows: readonly EvidenceRow[], mode: CooccurrenceMode): EvidenceTables['cooccurrence'] {
  // The code order (by path, parents first) of the same-highlight table.
  const { codes } = cooccurrence(rows);
  const { codings, documentIds } = codingsOf(rows);
  const m = positionalCooccurrence(db, documentIds, codings, codes.map((c) => c.codeId), mode);
  return {
    codes,
    counts: m.cells.map((row) => row.map((cell) => cell.count)),
    c: m.cells.map((row) => row.map((cell) => cell.c)),
    distorted: m.cells.map((row) => row.map((cell) => cell.distorted)),
    mode,
  };
}

/** The passages behind cell (codeA, codeB): both sides of every co-occurring pair, or the
 *  code's passages on the diagonal. */
export function cellAnnotationIds(db: Db, rows: readonly EvidenceRow[], codeA: string, codeB: string, mode: CooccurrenceMode): string[] {
  const { codings, documentIds } = codingsOf(rows);
  if (codeA === codeB) return [...codings].filter(([, codes]) => codes.has(codeA)).map(([id]) => id);
  const m = documentIds.length ? positionalCooccurrence(db, documentIds, codings, [codeA, codeB], mode) : cooccurrenceMatrix([], [codeA, codeB], mode);
  return [...new Set(m.cells[0][1].pairs.flat())];
}
