// Turns a merge conflict's two stored versions (raw rows as the backend kept them) into the
// rows of a side-by-side comparison: one row per field, mine | theirs, with the rows that
// differ marked. Pure, so it is tested without a DOM.
import type { Code } from '../../../shared/domain/code';
import type { ConflictResolution, MergeConflict } from '../../../shared/domain/share';

export interface Lookups {
  codes: ReadonlyMap<string, { name: string; color: string; text?: Code['text'] }>;
  coders: ReadonlyMap<string, { name: string; color: string }>;
}

export type FieldValue =
  | { kind: 'text'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'codes'; codes: Array<{ id: string; name: string; color: string }> }
  | { kind: 'coder'; name: string; color: string }
  | { kind: 'date'; iso: string }
  | { kind: 'color'; color: string };

/** Field ids double as i18n keys: merge.field.<key>. */
export type FieldKey =
  | 'page' | 'quote' | 'codes' | 'comment' | 'coder' | 'createdBy' | 'editedBy' | 'createdAt' | 'updatedAt'
  | 'name_en' | 'name_ru' | 'color' | 'definition_en' | 'definition_ru' | 'inclusion_en' | 'inclusion_ru' | 'exclusion_en' | 'exclusion_ru' | 'parent'
  | 'body' | 'title' | 'author' | 'organisation' | 'countries' | 'year' | 'docType' | 'language';

export interface ComparisonRow { key: FieldKey; mine: FieldValue | null; theirs: FieldValue | null; differs: boolean }

type Row = Record<string, unknown>;

const s = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

function targetsOf(row: Row): Array<{ pageIndex?: number; quote?: { exact?: string } | null }> {
  const raw = row.targets;
  if (Array.isArray(raw)) return raw as never;
  try {
    const v: unknown = JSON.parse(s(raw));
    return Array.isArray(v) ? (v as never) : [];
  } catch {
    return [];
  }
}

function coderOf(id: string, lookups: Lookups): FieldValue {
  const c = lookups.coders.get(id);
  return { kind: 'coder', name: c?.name ?? id.slice(0, 8), color: c?.color ?? '#999999' };
}

function countriesOf(v: unknown): string {
  try {
    const list: unknown = JSON.parse(s(v));
    return Array.isArray(list) ? list.join(', ') : s(v);
  } catch {
    return s(v);
  }
}

function fieldsOf(c: MergeConflict, row: Row, lookups: Lookups): Array<[FieldKey, FieldValue]> {
  const text = (t: unknown): FieldValue => ({ kind: 'text', text: s(t) });
  const dates: Array<[FieldKey, FieldValue]> = [
    ['createdAt', { kind: 'date', iso: s(row.created_at ?? row.imported_at) }],
    ['updatedAt', { kind: 'date', iso: s(row.updated_at) }],
  ];
  switch (c.itemType) {
    case 'annotation': {
      const targets = targetsOf(row);
      const quote = targets.map((t) => t.quote?.exact ?? '').filter(Boolean).join(' … ');
      const ids = Array.isArray(row.codeIds) ? (row.codeIds as string[]) : [];
      const codes = ids.map((id) => ({ id, name: lookups.codes.get(id)?.name ?? id.slice(0, 8), color: lookups.codes.get(id)?.color ?? '#999999' }));
      codes.sort((a, b) => a.name.localeCompare(b.name));
      return [
        ['page', text(targets.length ? (targets[0].pageIndex ?? 0) + 1 : '')],
        ['quote', { kind: 'quote', text: quote }],
        ['codes', { kind: 'codes', codes }],
        ['comment', text(row.comment)],
        // Each side names who made ITS version: the creator, and the editor when someone edited it.
        ['createdBy', coderOf(s(row.coder_id), lookups)],
        ['editedBy', s(row.updated_by) ? coderOf(s(row.updated_by), lookups) : text('')],
        ...dates,
      ];
    }
    case 'code': {
      const parent = s(row.parent_id);
      return [
        ['name_en', text(s(row.name_en))],
        ['name_ru', text(s(row.name_ru))],
        ['color', { kind: 'color', color: s(row.color) }],
        ['parent', text(parent ? (lookups.codes.get(parent)?.name ?? parent.slice(0, 8)) : '')],
        ['definition_en', text(s(row.definition_en))],
        ['definition_ru', text(s(row.definition_ru))],
        ['inclusion_en', text(s(row.inclusion_en))],
        ['inclusion_ru', text(s(row.inclusion_ru))],
        ['exclusion_en', text(s(row.exclusion_en))],
        ['exclusion_ru', text(s(row.exclusion_ru))],
        ...dates,
      ];
    }
    case 'memo':
      return [['body', text(row.body)], ['coder', coderOf(s(row.coder_id), lookups)], ...dates];
    case 'document':
      return [
        ['title', text(row.title)],
        ['author', text(row.author)],
        ['organisation', text(row.organisation)],
        ['countries', text(countriesOf(row.countries))],
        ['year', text(row.year)],
        ['docType', text(row.doc_type)],
        ['language', text(row.language)],
        ['updatedAt', { kind: 'date', iso: s(row.updated_at) }],
      ];
  }
}

function same(a: FieldValue | null, b: FieldValue | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The comparison rows; a side that deleted the item has null in every row. */
export function compareVersions(c: MergeConflict, lookups: Lookups): ComparisonRow[] {
  const mine = c.mine ? new Map(fieldsOf(c, c.mine, lookups)) : null;
  const theirs = c.theirs ? new Map(fieldsOf(c, c.theirs, lookups)) : null;
  const keys = [...new Set([...(mine?.keys() ?? []), ...(theirs?.keys() ?? [])])];
  return keys
    .map((key) => {
      const m = mine?.get(key) ?? null;
      const t = theirs?.get(key) ?? null;
      // Dates always differ after edits; they are shown but do not count as the disagreement.
      const differs = key !== 'createdAt' && key !== 'updatedAt' && !same(m, t);
      return { key, mine: m, theirs: t, differs };
    })
    .filter((r) => !(isEmpty(r.mine) && isEmpty(r.theirs)));
}

function isEmpty(v: FieldValue | null): boolean {
  if (!v) return true;
  if (v.kind === 'text' || v.kind === 'quote') return v.text === '';
  if (v.kind === 'codes') return v.codes.length === 0;
  if (v.kind === 'date') return v.iso === '';
  return false;
}

/** The buttons a conflict offers, in display order (mirrors the backend's allowedResolutions). */
export function resolutionsFor(c: Pick<MergeConflict, 'kind' | 'itemType'>): ConflictResolution[] {
  if (c.kind === 'sameNameCode') return ['merge', 'both'];
  if (c.kind === 'bothChanged' && c.itemType === 'document') return ['mine', 'theirs'];
  return ['mine', 'theirs', 'both'];
}
