// Generic row-level journal for undo/redo of coding actions. Every write a coding action makes
// goes through `jInsert` / `jUpdate` / `jDelete`, which record the row's before and after image
// (table, primary key, before | null, after | null) inside the action's transaction. Undo writes
// the before images back in reverse order, redo the after images in order — so merges, deletes
// of whole subtrees and auto-coding runs of thousands of rows undo exactly, ids included.
// Table and column names come from the whitelist below, never from callers' data.
// A document's removal is journaled too (documents, its file, pages, position); the two search
// indexes (exact and stemmed) are contentless indexes derived from pages.text, so they are kept
// in step with every pages image.
import type { Db } from '../connection';
import { indexPage, unindexPage } from './page-index';
import { prepared } from './statement-cache';

export type SqlValue = string | number | bigint | null | Buffer;
export type Row = Record<string, SqlValue>;

export interface RowChange {
  table: JournalTable;
  key: Row;
  before: Row | null;
  after: Row | null;
}

/** Journaled tables and their primary-key columns. */
const TABLE_KEYS = {
  documents: ['id'],
  document_files: ['document_id'],
  pages: ['id'],
  page_ocr: ['document_id', 'page_index'],
  page_previews: ['document_id', 'page_index'],
  reading_positions: ['document_id'],
  codes: ['id'],
  annotations: ['id'],
  annotation_codes: ['annotation_id', 'code_id'],
  memos: ['id'],
  memo_links: ['id'],
  memo_tombstones: ['memo_id'],
  consensus_resolutions: ['id'],
  annotation_replies: ['id'],
  reply_tombstones: ['reply_id'],
  document_bibliography: ['document_id'],
  bibliography_tombstones: ['document_sha256'],
  cases: ['id'],
  case_segments: ['id'],
  case_tombstones: ['case_id'],
  exemplars: ['annotation_id'],
  passage_links: ['id'],
  passage_link_tombstones: ['link_id'],
  attribute_definitions: ['id'],
  attribute_values: ['document_id', 'definition_id'],
  attribute_tombstones: ['definition_id'],
  round_codings: ['round_id', 'annotation_id', 'code_id'],
} as const;

/**
 * Rows that ON DELETE CASCADE would remove unseen when their parent goes: deleted through the
 * journal first, so undoing a highlight's, code's or document's deletion brings its replies,
 * independent-coding records, consensus resolutions and memo links back too. (Codings, pages and files are
 * deleted explicitly by their callers already.)
 */
const JOURNALED_CHILDREN: Partial<Record<JournalTable, ReadonlyArray<{ table: JournalTable; column: string }>>> = {
  annotations: [
    { table: 'annotation_replies', column: 'annotation_id' },
    { table: 'round_codings', column: 'annotation_id' },
    { table: 'exemplars', column: 'annotation_id' },
    { table: 'memo_links', column: 'annotation_id' },
    // A link goes with either of its passages, never left pointing at nothing.
    { table: 'passage_links', column: 'from_annotation_id' },
    { table: 'passage_links', column: 'to_annotation_id' },
  ],
  codes: [{ table: 'round_codings', column: 'code_id' }, { table: 'consensus_resolutions', column: 'code_id' }, { table: 'memo_links', column: 'code_id' }],
  documents: [
    { table: 'consensus_resolutions', column: 'document_id' }, { table: 'case_segments', column: 'document_id' }, { table: 'memo_links', column: 'document_id' },
    { table: 'attribute_values', column: 'document_id' },
  ],
  cases: [{ table: 'case_segments', column: 'case_id' }, { table: 'memo_links', column: 'case_id' }],
  memos: [{ table: 'memo_links', column: 'memo_id' }],
  attribute_definitions: [{ table: 'attribute_values', column: 'definition_id' }],
};

export type JournalTable = keyof typeof TABLE_KEYS;

const IDENT_RE = /^[a-z_][a-z0-9_]*$/;

function ident(name: string): string {
  // Column names come from our own row objects; this guards against a mapper bug ever
  // turning data into SQL.
  if (!IDENT_RE.test(name)) throw new Error(`Bad SQL identifier: ${name}`);
  return name;
}

function keyOf(table: JournalTable, row: Row): Row {
  const key: Row = {};
  for (const col of TABLE_KEYS[table]) key[col] = row[col];
  return key;
}

function whereKey(table: JournalTable): string {
  return TABLE_KEYS[table].map((c) => `${c} = @k_${c}`).join(' AND ');
}

function keyParams(key: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(key)) out[`k_${k}`] = v;
  return out;
}

/** The search index rows of a page (exact and stemmed) follow the page: removed with it, rebuilt from its text. */
function syncPageIndex(db: Db, table: JournalTable, key: Row, image: Row | null): void {
  if (table !== 'pages') return;
  unindexPage(db, key.id as number);
  if (image !== null) indexPage(db, image.id as number, String(image.text));
}

export function readRow(db: Db, table: JournalTable, key: Row): Row | null {
  const row = prepared(db, `SELECT * FROM ${table} WHERE ${whereKey(table)}`).get(keyParams(key)) as Row | undefined;
  return row ?? null;
}

/** Collects the changes of one action; create one per transaction. */
export class RowJournal {
  readonly changes: RowChange[] = [];
  constructor(readonly db: Db) {}

  insert(table: JournalTable, row: Row): void {
    const cols = Object.keys(row).map(ident);
    prepared(this.db, `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(row);
    const after = readRow(this.db, table, keyOf(table, row));
    syncPageIndex(this.db, table, keyOf(table, row), after);
    this.changes.push({ table, key: keyOf(table, row), before: null, after });
  }

  /** Updates the given columns; no-op (and nothing recorded) when the row is missing. */
  update(table: JournalTable, key: Row, patch: Row): boolean {
    const before = readRow(this.db, table, key);
    if (!before) return false;
    const cols = Object.keys(patch).map(ident);
    if (cols.length === 0) return true;
    const params: Row = { ...keyParams(key) };
    for (const c of cols) params[`v_${c}`] = patch[c];
    prepared(this.db, `UPDATE ${table} SET ${cols.map((c) => `${c} = @v_${c}`).join(', ')} WHERE ${whereKey(table)}`).run(params);
    const after = readRow(this.db, table, key);
    syncPageIndex(this.db, table, key, after);
    this.changes.push({ table, key, before, after });
    return true;
  }

  /** Deletes one row, recording its image; returns false when it did not exist. */
  delete(table: JournalTable, key: Row): boolean {
    const before = readRow(this.db, table, key);
    if (!before) return false;
    for (const child of JOURNALED_CHILDREN[table] ?? []) {
      const rows = prepared(this.db, `SELECT * FROM ${child.table} WHERE ${ident(child.column)} = ?`).all(before.id) as Row[];
      for (const row of rows) this.delete(child.table, keyOf(child.table, row));
    }
    prepared(this.db, `DELETE FROM ${table} WHERE ${whereKey(table)}`).run(keyParams(key));
    syncPageIndex(this.db, table, key, null);
    this.changes.push({ table, key, before, after: null });
    return true;
  }
}

/** Writes one image back: deletes the row when `image` is null, else upserts it (no REPLACE: that would cascade). */
function writeImage(db: Db, change: RowChange, image: Row | null): void {
  const { table, key } = change;
  if (image === null) {
    prepared(db, `DELETE FROM ${table} WHERE ${whereKey(table)}`).run(keyParams(key));
    syncPageIndex(db, table, key, null);
    return;
  }
  const cols = Object.keys(image).map(ident);
  const pk = TABLE_KEYS[table] as readonly string[];
  const nonKey = cols.filter((c) => !pk.includes(c));
  const update = nonKey.length > 0 ? `DO UPDATE SET ${nonKey.map((c) => `${c} = excluded.${c}`).join(', ')}` : 'DO NOTHING';
  prepared(db, 
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')}) ON CONFLICT (${pk.join(', ')}) ${update}`,
  ).run(image);
  syncPageIndex(db, table, key, image);
}

/**
 * Applies before images (direction 'undo', newest change first) or after images ('redo',
 * oldest first). Must run inside a transaction; foreign keys are deferred to its commit so
 * intermediate states (a coding restored before its code) do not fail.
 */
export function replayChanges(db: Db, changes: readonly RowChange[], direction: 'undo' | 'redo'): void {
  db.pragma('defer_foreign_keys = ON');
  if (direction === 'undo') {
    for (let i = changes.length - 1; i >= 0; i--) writeImage(db, changes[i], changes[i].before);
  } else {
    for (const change of changes) writeImage(db, change, change.after);
  }
}

/**
 * True when every row still looks the way the action left it (for undo) or the way undo
 * left it (for redo). A mismatch means something outside the undo stack changed the rows
 * (e.g. a document was removed), and replaying would clobber that change.
 */
export function changesStillCurrent(db: Db, changes: readonly RowChange[], direction: 'undo' | 'redo'): boolean {
  // Only the last image per row matters (a row may be touched several times in one action).
  const latest = new Map<string, Row | null>();
  const first = new Map<string, Row | null>();
  for (const c of changes) {
    const id = `${c.table}\u0000${JSON.stringify(c.key)}`;
    if (!first.has(id)) first.set(id, c.before);
    latest.set(id, c.after);
  }
  const expected = direction === 'undo' ? latest : first;
  for (const c of changes) {
    const id = `${c.table}\u0000${JSON.stringify(c.key)}`;
    if (!expected.has(id)) continue;
    const want = expected.get(id) ?? null;
    expected.delete(id);
    const have = readRow(db, c.table, c.key);
    if (!sameRow(have, want)) return false;
  }
  return true;
}

function sameRow(a: Row | null, b: Row | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    const x = a[k];
    const y = b[k];
    // A PDF's bytes come back as a new Buffer on every read: compare contents.
    return Buffer.isBuffer(x) && Buffer.isBuffer(y) ? x.equals(y) : x === y;
  });
}
