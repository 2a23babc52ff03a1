// Coding queries and the positional co-occurrence matrix over a project: the passages in scope
// placed in their documents (passage-positions.ts), the query parsed and evaluated by the pure
// modules in shared/query/, code names resolved against the codebook in both languages.
import { cooccurrenceMatrix, type CooccurrenceMatrix, type CooccurrenceMode } from '../../../shared/query/code-cooccurrence';
import { codeResolver, evaluateQuery, type QueryCode } from '../../../shared/query/query-evaluate';
import type { QueryPassage } from '../../../shared/query/query-passage';
import { parseQuery, type QueryNode } from '../../../shared/query/query-syntax';
import type { Db } from '../../db/connection';
import { listCodes } from '../../db/repositories/codes';
import { placedPassages } from './passage-positions';

export interface CodingQueryInput {
  expression: string;
  documentIds?: string[];
  coderIds?: string[];
}

export interface CodingQueryResult {
  /** The passages found, in reading order (document, then position). */
  annotationIds: string[];
  /** Coded passages the query looked at. */
  considered: number;
}

function queryCodes(db: Db): QueryCode[] {
  return listCodes(db).map((c) => ({ id: c.id, parentId: c.parentId, names: [c.text.en.name, c.text.ru.name].filter(Boolean) }));
}

function usesParagraphs(node: QueryNode): boolean {
  if (node.kind === 'code') return false;
  if (node.kind === 'not') return usesParagraphs(node.operand);
  if (node.kind === 'relation' && node.distance?.unit === 'paragraph') return true;
  return usesParagraphs(node.left) || usesParagraphs(node.right);
}

const readingOrder = (a: QueryPassage, b: QueryPassage) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start || a.end - b.end);

export function runCodingQuery(db: Db, input: CodingQueryInput): CodingQueryResult {
  const tree = parseQuery(input.expression);
  const resolve = codeResolver(queryCodes(db));
  const passages = placedPassages(db, { documentIds: input.documentIds, coderIds: input.coderIds }, usesParagraphs(tree));
  const found = evaluateQuery(tree, passages, resolve).sort(readingOrder);
  return { annotationIds: found.map((p) => p.annotationId), considered: passages.length };
}

/** The positional matrix over the given codings (annotation id → the code ids the caller's
 *  filter selected on it): passages outside the map, and other codes, take no part. */
export function positionalCooccurrence(db: Db, documentIds: string[], codings: Map<string, Set<string>>, codeIds: string[], mode: CooccurrenceMode): CooccurrenceMatrix {
  if (documentIds.length === 0) return cooccurrenceMatrix([], codeIds, mode);
  const withParagraphs = mode.kind === 'near' && mode.distance.unit === 'paragraph';
  const passages = placedPassages(db, { documentIds }, withParagraphs)
    .filter((p) => codings.has(p.annotationId))
    .map((p) => ({ ...p, codeIds: [...codings.get(p.annotationId)!] }));
  return cooccurrenceMatrix(passages, codeIds, mode);
}
