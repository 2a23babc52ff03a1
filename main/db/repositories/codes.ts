// Codebook rows: hierarchical codes ordered by `position` among siblings. Writes go through a
// RowJournal so every coding action can be undone; reads return plain domain objects.
import type { Code, CodeLang, CodeText } from '../../../shared/domain/code';
import type { Db } from '../connection';
import { prepared } from './statement-cache';
import type { Row, RowJournal } from './row-journal';

export interface CodeRow {
  id: string;
  parent_id: string | null;
  name_en: string;
  name_ru: string;
  color: string;
  definition_en: string;
  definition_ru: string;
  inclusion_en: string;
  inclusion_ru: string;
  exclusion_en: string;
  exclusion_ru: string;
  position: number;
  created_at: string;
  updated_at: string;
}

/** The row columns of one language's text: `name_en`, `definition_en`, … */
export function textColumns(lang: CodeLang): Record<keyof CodeText, keyof CodeRow> {
  return { name: `name_${lang}`, definition: `definition_${lang}`, inclusion: `inclusion_${lang}`, exclusion: `exclusion_${lang}` };
}

function textOf(r: CodeRow, lang: CodeLang): CodeText {
  const cols = textColumns(lang);
  return { name: r[cols.name] as string, definition: r[cols.definition] as string, inclusion: r[cols.inclusion] as string, exclusion: r[cols.exclusion] as string };
}

export function rowToCode(r: CodeRow): Code {
  return {
    id: r.id,
    parentId: r.parent_id,
    text: { en: textOf(r, 'en'), ru: textOf(r, 'ru') },
    color: r.color,
    position: r.position,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function codeToRow(c: Code): CodeRow {
  return {
    id: c.id,
    parent_id: c.parentId,
    name_en: c.text.en.name,
    name_ru: c.text.ru.name,
    color: c.color,
    definition_en: c.text.en.definition,
    definition_ru: c.text.ru.definition,
    inclusion_en: c.text.en.inclusion,
    inclusion_ru: c.text.ru.inclusion,
    exclusion_en: c.text.en.exclusion,
    exclusion_ru: c.text.ru.exclusion,
    position: c.position,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

/** Every code, ordered by parent then sibling position; callers build the tree. */
export function listCodes(db: Db): Code[] {
  const rows = prepared(db, 'SELECT * FROM codes ORDER BY parent_id IS NOT NULL, parent_id, position, name_en, name_ru').all() as CodeRow[];
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
      ? prepared(db, 'SELECT * FROM codes WHERE parent_id IS NULL ORDER BY position, name_en, name_ru').all()
      : prepared(db, 'SELECT * FROM codes WHERE parent_id = ? ORDER BY position, name_en, name_ru').all(parentId)
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
