// The mergeable content of one project as a map of items with stable keys and content hashes:
//   doc:<sha256>              document attributes (documents match by content, not by id)
//   code:<id>                 a code (name, parent, colour, notes; not its sibling position)
//   ann:<id>                  a highlight (its document by sha256; not its codes, not updated_at)
//   coding:<annId>|<codeId>   a code on a highlight (presence only)
//   memo:<type>:<target>      the memo of the project / a document (sha256) / a code
// A hash leaves out what changes as a side effect of other edits (updated_at when codes
// change, positions renumbered when a sibling is deleted), so such edits are not conflicts.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/connection';
import type { AnnotationRow, CodingRow } from '../../db/repositories/annotations';
import type { CodeRow } from '../../db/repositories/codes';
import type { DocumentRow } from '../../db/repositories/document-rows';
import type { MemoRow } from '../../db/repositories/memos';
import { readAnnotationRows, readCodeRows, readCodingRows, readDocumentRows, readMemoRows } from '../../db/repositories/merge';

export type Item =
  | { kind: 'doc'; key: string; hash: string; row: DocumentRow }
  | { kind: 'code'; key: string; hash: string; row: CodeRow }
  | { kind: 'ann'; key: string; hash: string; row: AnnotationRow; docSha: string }
  | { kind: 'coding'; key: string; hash: string; row: CodingRow }
  | { kind: 'memo'; key: string; hash: string; row: MemoRow; targetRef: string };

export interface ProjectItems {
  items: Map<string, Item>;
  /** Local document id -> sha256, and back. */
  shaById: Map<string, string>;
  idBySha: Map<string, string>;
  /** Codings per annotation id. */
  codingsByAnnotation: Map<string, CodingRow[]>;
}

export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

export const docKey = (sha: string) => `doc:${sha}`;
export const codeKey = (id: string) => `code:${id}`;
export const annKey = (id: string) => `ann:${id}`;
export const codingKey = (annId: string, codeId: string) => `coding:${annId}|${codeId}`;
export const memoKey = (type: string, ref: string) => `memo:${type}:${ref}`;

export function docHash(r: DocumentRow): string {
  const attrs: unknown[] = [r.title, r.author, r.organisation, r.countries, r.year, r.doc_type, r.language];
  // The page label fix joins the hash only when set: hashes stored by earlier versions (no
  // fix column) stay equal for documents nobody corrected.
  if (r.page_label_fix) attrs.push(r.page_label_fix);
  return hashOf(attrs);
}

/**
 * A code's hash is three part hashes joined by '.': its place and colour, its English text,
 * its Russian text. Equal as a whole means unchanged; the parts let the merge take one side's
 * English and the other side's Russian edits (merge-plan.ts mergeCodeParts).
 */
export function codeHash(r: CodeRow): string {
  return [
    hashOf([r.parent_id, r.color]),
    hashOf([r.name_en, r.definition_en, r.inclusion_en, r.exclusion_en]),
    hashOf([r.name_ru, r.definition_ru, r.inclusion_ru, r.exclusion_ru]),
  ].join('.');
}

/** The row columns each part of codeHash covers, in the same order. */
export const CODE_HASH_PARTS: ReadonlyArray<ReadonlyArray<keyof CodeRow>> = [
  ['parent_id', 'color'],
  ['name_en', 'definition_en', 'inclusion_en', 'exclusion_en'],
  ['name_ru', 'definition_ru', 'inclusion_ru', 'exclusion_ru'],
];

export function annHash(r: AnnotationRow, docSha: string): string {
  return hashOf([docSha, r.kind, r.targets, r.color, r.comment, r.sort_index, r.anchor_status, r.coder_id, r.created_at]);
}

export function memoHash(r: MemoRow): string {
  return hashOf([r.body]);
}

/** Codings carry no editable content: present or not. */
export const CODING_HASH = 'present';

export function loadItems(db: Db): ProjectItems {
  const items = new Map<string, Item>();
  const shaById = new Map<string, string>();
  const idBySha = new Map<string, string>();
  for (const row of readDocumentRows(db)) {
    shaById.set(row.id, row.sha256);
    idBySha.set(row.sha256, row.id);
    items.set(docKey(row.sha256), { kind: 'doc', key: docKey(row.sha256), hash: docHash(row), row });
  }
  for (const row of readCodeRows(db)) items.set(codeKey(row.id), { kind: 'code', key: codeKey(row.id), hash: codeHash(row), row });
  for (const row of readAnnotationRows(db)) {
    const docSha = shaById.get(row.document_id) ?? '';
    items.set(annKey(row.id), { kind: 'ann', key: annKey(row.id), hash: annHash(row, docSha), row, docSha });
  }
  const codingsByAnnotation = new Map<string, CodingRow[]>();
  for (const row of readCodingRows(db)) {
    const k = codingKey(row.annotation_id, row.code_id);
    items.set(k, { kind: 'coding', key: k, hash: CODING_HASH, row });
    const list = codingsByAnnotation.get(row.annotation_id);
    if (list) list.push(row);
    else codingsByAnnotation.set(row.annotation_id, [row]);
  }
  for (const row of readMemoRows(db)) {
    const targetRef = row.target_type === 'document' ? (shaById.get(row.target_id) ?? '') : row.target_id;
    if (row.target_type === 'document' && targetRef === '') continue; // memo of a missing document: not mergeable
    const k = memoKey(row.target_type, targetRef);
    items.set(k, { kind: 'memo', key: k, hash: memoHash(row), row, targetRef });
  }
  return { items, shaById, idBySha, codingsByAnnotation };
}

/** key -> hash for every item: what merge_state records as the base. */
export function hashesOf(p: ProjectItems): Map<string, string> {
  return new Map([...p.items.values()].map((i) => [i.key, i.hash]));
}

/** The keys an item needs to exist in the same project (foreign keys and memo targets). */
export function referencesOf(item: Item): string[] {
  switch (item.kind) {
    case 'doc':
      return [];
    case 'code':
      return item.row.parent_id ? [codeKey(item.row.parent_id)] : [];
    case 'ann':
      return [docKey(item.docSha)];
    case 'coding':
      return [annKey(item.row.annotation_id), codeKey(item.row.code_id)];
    case 'memo':
      if (item.row.target_type === 'document') return [docKey(item.targetRef)];
      if (item.row.target_type === 'code') return [codeKey(item.targetRef)];
      return [];
  }
}

/** Deterministic UUID (v5-shaped) from a name, for ids that must be the same on every re-run. */
export function uuidFrom(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
