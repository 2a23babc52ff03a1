// Codebook rows: hierarchical codes ordered by `position` among siblings. Writes go through a
// RowJournal so every coding action can be undone; reads return plain domain objects.
import type { Code } from '../../../shared/domain/code';
import type { Db } from '../connection';
import { prepared } from './statement-cache';
import type { Row, RowJournal } from './row-journal';

export interface CodeRow {
  id: string;
  parent_id: string | null;
  name: string;
  localized_names: string;
  color: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export function rowToCode(r: CodeRow): Code {
  let localizedNames: Code['localizedNames'] = {};
  try {
    const parsed = JSON.parse(r.localized_names) as Record<string, unknown>;
    if (typeof parsed.en === 'string') localizedNames.en = parsed.en;
    if (typeof parsed.ru === 'string') localizedNames.ru = parsed.ru;
  } catch {
    localizedNames = {};
  }
  return {
    id: r.id,
    parentId: r.parent_id,
    name: r.name,
    localizedNames,
    color: r.color,
    definition: r.definition,
    inclusion: r.inclusion,
    exclusion: r.exclusion,
    position: r.position,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function codeToRow(c: Code): CodeRow {
  return {
    id: c.id,
    parent_id: c.parentId,
    name: c.name,
    localized_names: JSON.stringify(c.localizedNames ?? {}),
    color: c.color,
    definition: c.definition,
    inclusion: c.inclusion,
    exclusion: c.exclusion,
    position: c.position,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

/** Every code, ordered by parent then sibling position; callers build the tree. */
export function listCodes(db: Db): Code[] {
  const rows = prepared(db, 'SELECT * FROM codes ORDER BY parent_id IS NOT NULL, parent_id, position, name').all() as CodeRow[];
  return rows.map(rowToCode);
}

export function getCode(db: Db, id: string): Code | null {
  const row = prepared(db, 'SELECT * FROM codes WHERE id = ?').get(id) as CodeRow | undefined;
  return row ? rowToCode(row) : null;
}

/** Children of `parentId` (null = top level) in sibling order. */
export function listChildren(db: Db, parentId: string | null): Code[] {
  const rows = (
    parentId === null
      ? prepared(db, 'SELECT * FROM codes WHERE parent_id IS NULL ORDER BY position, name').all()
      : prepared(db, 'SELECT * FROM codes WHERE parent_id = ? ORDER BY position, name').all(parentId)
  ) as CodeRow[];
  return rows.map(rowToCode);
}

/** Number of codings (annotation-code links) per code id; codes without codings are absent. */
export function codingCountsByCode(db: Db): Map<string, number> {
  const rows = prepared(db, 'SELECT code_id, COUNT(*) AS n FROM annotation_codes GROUP BY code_id').all() as Array<{ code_id: string; n: number }>;
  return new Map(rows.map((r) => [r.code_id, r.n]));
}

export function countCodes(db: Db): number {
  return (prepared(db, 'SELECT COUNT(*) AS n FROM codes').get() as { n: number }).n;
}

export function insertCode(j: RowJournal, code: Code): void {
  j.insert('codes', codeToRow(code) as unknown as Row);
}

export type CodeColumnPatch = Partial<Omit<CodeRow, 'id' | 'created_at'>>;

export function updateCode(j: RowJournal, id: string, patch: CodeColumnPatch): boolean {
  return j.update('codes', { id }, patch as Row);
}

export function deleteCodeRow(j: RowJournal, id: string): boolean {
  return j.delete('codes', { id });
}
