// SQL for memos (migrations 0002, 0016): titled memos, each optionally the own memo of the
// project, a document or a code (target_type / target_id), linked to codes, documents, cases
// and passages (memo_links), and the tombstones deleted memos leave for merges. Writes the
// user makes go through the row journal (main/core/memos/memo-actions.ts) so they undo; the
// raw writes keep ids and times for the merge (main/core/share/merge-memos.ts). A passage's
// comment is its annotation's, in the annotations table.
import type { Memo, MemoTargetType } from '../../../shared/domain/code';
import type { MemoLinkKind, MemoListQuery } from '../../../shared/domain/memo';
import type { Db } from '../connection';
import { prepared } from './statement-cache';
import type { Row, RowJournal } from './row-journal';

/** A memo with an owner target (the one-per-target memos the merge plan keys by target). */
export interface MemoRow {
  id: string;
  title: string;
  target_type: Exclude<MemoTargetType, 'annotation'>;
  target_id: string;
  body: string;
  coder_id: string;
  created_at: string;
  updated_at: string;
}

/** Any memo: a journal memo has no owner target. */
export interface AnyMemoRow extends Omit<MemoRow, 'target_type' | 'target_id'> {
  target_type: MemoRow['target_type'] | null;
  target_id: string | null;
}

export interface MemoLinkRow {
  id: string;
  memo_id: string;
  document_id: string | null;
  code_id: string | null;
  case_id: string | null;
  annotation_id: string | null;
  created_at: string;
}

export interface MemoTombstoneRow {
  memo_id: string;
  deleted_at: string;
}

export const LINK_COLUMN: Record<MemoLinkKind, 'document_id' | 'code_id' | 'case_id' | 'annotation_id'> = {
  document: 'document_id',
  code: 'code_id',
  case: 'case_id',
  annotation: 'annotation_id',
};

export function linkOf(r: MemoLinkRow): { kind: MemoLinkKind; targetId: string } {
  for (const kind of Object.keys(LINK_COLUMN) as MemoLinkKind[]) {
    const id = r[LINK_COLUMN[kind]];
    if (id !== null) return { kind, targetId: id };
  }
  throw new Error(`memo link ${r.id} links to nothing`); // the table's CHECK makes this unreachable
}

export function rowToMemo(r: MemoRow): Memo {
  return { id: r.id, targetType: r.target_type, targetId: r.target_id, body: r.body, coderId: r.coder_id, createdAt: r.created_at, updatedAt: r.updated_at };
}

export function getMemoRow(db: Db, targetType: MemoRow['target_type'], targetId: string): MemoRow | null {
  const row = prepared(db, 'SELECT * FROM memos WHERE target_type = ? AND target_id = ?').get(targetType, targetId) as MemoRow | undefined;
  return row ?? null;
}

export function getAnyMemoRow(db: Db, id: string): AnyMemoRow | null {
  return (prepared(db, 'SELECT * FROM memos WHERE id = ?').get(id) as AnyMemoRow | undefined) ?? null;
}

export function insertMemoRow(j: RowJournal, row: AnyMemoRow): void {
  j.insert('memos', row as unknown as Row);
}

export function updateMemoRow(j: RowJournal, id: string, patch: Partial<Pick<MemoRow, 'title' | 'body' | 'coder_id' | 'updated_at'>>): void {
  j.update('memos', { id }, patch as Row);
}

export function deleteMemoRow(j: RowJournal, id: string): void {
  j.delete('memos', { id });
}

export function linkRowsOf(db: Db, memoId: string): MemoLinkRow[] {
  return prepared(db, 'SELECT * FROM memo_links WHERE memo_id = ? ORDER BY created_at, id').all(memoId) as MemoLinkRow[];
}

export function getLinkRow(db: Db, id: string): MemoLinkRow | null {
  return (prepared(db, 'SELECT * FROM memo_links WHERE id = ?').get(id) as MemoLinkRow | undefined) ?? null;
}

export function findLinkRow(db: Db, memoId: string, kind: MemoLinkKind, targetId: string): MemoLinkRow | null {
  const col = LINK_COLUMN[kind];
  return (prepared(db, `SELECT * FROM memo_links WHERE memo_id = ? AND ${col} = ?`).get(memoId, targetId) as MemoLinkRow | undefined) ?? null;
}

export function insertLinkRow(j: RowJournal, row: MemoLinkRow): void {
  j.insert('memo_links', row as unknown as Row);
}

export function deleteLinkRow(j: RowJournal, id: string): void {
  j.delete('memo_links', { id });
}

/** Links of `fromCodeId` (a code merged into another): every memo's link moves to `toCodeId`. */
export function codeLinkRows(db: Db, codeId: string): MemoLinkRow[] {
  return prepared(db, 'SELECT * FROM memo_links WHERE code_id = ?').all(codeId) as MemoLinkRow[];
}

/** Folds ё into е and lowercases, the way the rest of the app searches Russian text. */
function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}

const ORDER: Record<NonNullable<MemoListQuery['sort']>, string> = {
  updated: 'updated_at DESC, id',
  created: 'created_at DESC, id',
  title: 'title COLLATE NOCASE, id',
};

/**
 * The memos matching the query, bodies included (the caller shortens them). Search words must all
 * appear in the title or body: a journal has hundreds of memos, not millions, so a scan with
 * instr() over folded text (SQLite's lower() knows only ASCII, hence the JS fold) is quick.
 */
export function listMemoRows(db: Db, q: MemoListQuery): AnyMemoRow[] {
  const where: string[] = [];
  const params: string[] = [];
  if (q.linked) {
    const col = LINK_COLUMN[q.linked.kind];
    const owned = q.linked.kind === 'document' || q.linked.kind === 'code';
    where.push(`(EXISTS (SELECT 1 FROM memo_links l WHERE l.memo_id = m.id AND l.${col} = ?)${owned ? ' OR (m.target_type = ? AND m.target_id = ?)' : ''})`);
    params.push(q.linked.id);
    if (owned) params.push(q.linked.kind, q.linked.id);
  }
  const sql = `SELECT m.* FROM memos m ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${ORDER[q.sort ?? 'updated']}`;
  const rows = prepared(db, sql).all(...params) as AnyMemoRow[];
  const words = fold(q.search ?? '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((r) => {
    const text = fold(`${r.title}\n${r.body}`);
    return words.every((w) => text.includes(w));
  });
}

/** Every link of every memo, for the list and the merge. */
export function readLinkRows(db: Db): MemoLinkRow[] {
  return prepared(db, 'SELECT * FROM memo_links ORDER BY memo_id, created_at, id').all() as MemoLinkRow[];
}

/** Every memo (journal and owned), for the merge. */
export function readAllMemoRows(db: Db): AnyMemoRow[] {
  return prepared(db, 'SELECT * FROM memos ORDER BY id').all() as AnyMemoRow[];
}

export function readMemoTombstones(db: Db): MemoTombstoneRow[] {
  return prepared(db, 'SELECT * FROM memo_tombstones ORDER BY memo_id').all() as MemoTombstoneRow[];
}

/** Merge: a journal memo as it stands (insert or replace by id; its links stay). */
export function putJournalMemoRaw(db: Db, r: AnyMemoRow): void {
  prepared(
    db,
    `INSERT INTO memos (id, title, body, target_type, target_id, coder_id, created_at, updated_at)
     VALUES (@id, @title, @body, NULL, NULL, @coder_id, @created_at, @updated_at)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body, coder_id = excluded.coder_id,
       created_at = excluded.created_at, updated_at = excluded.updated_at`,
  ).run({ id: r.id, title: r.title, body: r.body, coder_id: r.coder_id, created_at: r.created_at, updated_at: r.updated_at });
}

/** Merge: a memo's title from the copy edited later (owned memos' bodies merge in the plan). */
export function setMemoTitleRaw(db: Db, id: string, title: string): void {
  prepared(db, 'UPDATE memos SET title = ? WHERE id = ?').run(title, id);
}

export function deleteAnyMemoRaw(db: Db, id: string): void {
  prepared(db, 'DELETE FROM memos WHERE id = ?').run(id);
}

/** Merge: replaces a memo's links (links whose item this project lacks are left out by the caller). */
export function replaceLinksRaw(db: Db, memoId: string, links: readonly MemoLinkRow[]): void {
  prepared(db, 'DELETE FROM memo_links WHERE memo_id = ?').run(memoId);
  const insert = prepared(
    db,
    `INSERT INTO memo_links (id, memo_id, document_id, code_id, case_id, annotation_id, created_at)
     VALUES (@id, @memo_id, @document_id, @code_id, @case_id, @annotation_id, @created_at)
     ON CONFLICT DO NOTHING`,
  );
  for (const l of links) insert.run({ ...l, memo_id: memoId });
}

export function putMemoTombstoneRaw(db: Db, t: MemoTombstoneRow): void {
  prepared(db, 'INSERT INTO memo_tombstones (memo_id, deleted_at) VALUES (@memo_id, @deleted_at) ON CONFLICT (memo_id) DO UPDATE SET deleted_at = excluded.deleted_at').run(t);
}

export function deleteMemoTombstoneRaw(db: Db, memoId: string): void {
  prepared(db, 'DELETE FROM memo_tombstones WHERE memo_id = ?').run(memoId);
}

/** Whether the item a link points at is in this project. */
export function linkTargetExists(db: Db, kind: MemoLinkKind, id: string): boolean {
  const table = { document: 'documents', code: 'codes', case: 'cases', annotation: 'annotations' }[kind];
  return prepared(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** Labels for links: code paths are built by the caller from the codebook; these are the rest. */
export function linkLabelSources(db: Db): { documents: Map<string, string>; cases: Map<string, string> } {
  const docs = prepared(db, 'SELECT id, title, file_name FROM documents').all() as Array<{ id: string; title: string; file_name: string }>;
  const cases = prepared(db, 'SELECT id, name FROM cases').all() as Array<{ id: string; name: string }>;
  return { documents: new Map(docs.map((d) => [d.id, d.title || d.file_name])), cases: new Map(cases.map((c) => [c.id, c.name])) };
}

/** Merge: every link with its document's sha256 (documents match by their bytes across copies). */
export function readLinkRowsWithSha(db: Db): Array<MemoLinkRow & { sha256: string | null }> {
  return prepared(db, 'SELECT l.*, d.sha256 FROM memo_links l LEFT JOIN documents d ON d.id = l.document_id ORDER BY l.memo_id, l.created_at, l.id').all() as Array<
    MemoLinkRow & { sha256: string | null }
  >;
}

/** Merge: the id of the document with these bytes in a copy (null: none or no sha). */
export function documentIdOfSha(db: Db, sha: string | undefined): string | null {
  if (!sha) return null;
  return (prepared(db, 'SELECT id FROM documents WHERE sha256 = ?').get(sha) as { id: string } | undefined)?.id ?? null;
}

/** A link written outside the journal (a REFI-QDA import builds a new project in one transaction). */
export function insertLinkRaw(db: Db, l: MemoLinkRow): void {
  prepared(
    db,
    `INSERT INTO memo_links (id, memo_id, document_id, code_id, case_id, annotation_id, created_at)
     VALUES (@id, @memo_id, @document_id, @code_id, @case_id, @annotation_id, @created_at) ON CONFLICT DO NOTHING`,
  ).run(l);
}

/** The documents each case's segments lie in (a case link counts for a report of those documents). */
export function caseDocumentIds(db: Db): Map<string, string[]> {
  const rows = prepared(db, 'SELECT DISTINCT case_id, document_id FROM case_segments').all() as Array<{ case_id: string; document_id: string }>;
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.case_id, [...(out.get(r.case_id) ?? []), r.document_id]);
  return out;
}
