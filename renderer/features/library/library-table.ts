// Sorting and filtering of the library table, kept out of React so it runs in unit tests.
// The library holds at most a few hundred documents, so filtering in memory on every keystroke
// costs well under a millisecond and needs no round trip to the backend.
import type { AttributeDefinition, DocumentAttributeValues } from '../../../shared/domain/attribute';
import type { DocumentMeta } from '../../../shared/domain/document';
import { valueText } from '../../../shared/rules/attribute-rules';

export type SortKey =
  | 'title' | 'organisation' | 'countries' | 'year' | 'docType' | 'language' | 'pageCount' | 'importedAt'
  /** An attribute the user defined, by its id. */
  | `attr:${string}`;
export type SortDir = 'asc' | 'desc';
export interface SortState { key: SortKey; dir: SortDir }

export interface LibraryFilter {
  text: string;
  organisations: string[];
  countries: string[];
  docTypes: string[];
  languages: string[];
  yearFrom: number | null;
  yearTo: number | null;
  /** Attributes the user defined: documents whose value is one of the term's values. */
  attributes: Array<{ definitionId: string; values: string[] }>;
}

export const EMPTY_FILTER: LibraryFilter = {
  text: '', organisations: [], countries: [], docTypes: [], languages: [], yearFrom: null, yearTo: null, attributes: [],
};

/** What the attribute columns and filters read: the definitions and every document's values. */
export interface AttributeContext {
  defs: readonly AttributeDefinition[];
  values: Readonly<Record<string, DocumentAttributeValues>>;
  lang: 'en' | 'ru';
}

/** Whether a document's value (one, or one of several choices) is among `wanted` (compared as text, as the backend does). */
export function valueMatches(value: DocumentAttributeValues[string] | undefined, wanted: readonly string[]): boolean {
  if (value === undefined) return false;
  return (Array.isArray(value) ? value : [value]).some((v) => wanted.includes(String(v)));
}

/** Translates a vocabulary id for display; sorting by label keeps the order users see. */
export type LabelFn = (list: 'organisation' | 'country' | 'docType' | 'language', id: string) => string;

/** Lower-case and fold ё to е: Russian readers type both (same rule as the FTS index). */
export function foldText(s: string): string {
  return s.toLocaleLowerCase().replace(/ё/g, 'е');
}

export function isFilterActive(f: LibraryFilter): boolean {
  return (
    f.text.trim() !== '' || f.organisations.length > 0 || f.countries.length > 0 ||
    f.docTypes.length > 0 || f.languages.length > 0 || f.yearFrom !== null || f.yearTo !== null ||
    (f.attributes ?? []).some((t) => t.values.length > 0)
  );
}

export function filterDocuments(docs: DocumentMeta[], f: LibraryFilter, values: AttributeContext['values'] = {}): DocumentMeta[] {
  const words = foldText(f.text).split(/\s+/).filter(Boolean);
  const terms = (f.attributes ?? []).filter((t) => t.values.length > 0);
  return docs.filter((d) => {
    for (const t of terms) if (!valueMatches(values[d.id]?.[t.definitionId], t.values)) return false;
    if (f.organisations.length && !f.organisations.includes(d.organisation)) return false;
    if (f.countries.length && !d.countries.some((c) => f.countries.includes(c))) return false;
    if (f.docTypes.length && !f.docTypes.includes(d.docType)) return false;
    if (f.languages.length && !f.languages.includes(d.language)) return false;
    if (f.yearFrom !== null && (d.year === null || d.year < f.yearFrom)) return false;
    if (f.yearTo !== null && (d.year === null || d.year > f.yearTo)) return false;
    if (words.length) {
      const hay = foldText(`${d.title} ${d.fileName} ${d.author}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

function sortValue(d: DocumentMeta, key: SortKey, label: LabelFn, attrs?: AttributeContext): string | number | null {
  if (key.startsWith('attr:')) {
    const id = key.slice(5);
    const def = attrs?.defs.find((x) => x.id === id);
    const v = attrs?.values[d.id]?.[id];
    if (!def || v === undefined) return null;
    return typeof v === 'number' ? v : valueText(v, def.choices, attrs!.lang);
  }
  switch (key) {
    case 'title': return d.title || d.fileName;
    case 'organisation': return d.organisation ? label('organisation', d.organisation) : null;
    case 'countries':
      return d.countries.length ? d.countries.map((c) => label('country', c)).sort().join(', ') : null;
    case 'year': return d.year;
    case 'docType': return d.docType ? label('docType', d.docType) : null;
    case 'language': return d.language ? label('language', d.language) : null;
    case 'pageCount': return d.pageCount;
    case 'importedAt': return d.importedAt;
    default: return null;
  }
}

// One collator per interface language: in Russian, Cyrillic titles come before Latin ones (and
// in English the other way round), whatever the system's own locale is. Base sensitivity puts
// ё beside е and ignores case.
const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string | undefined): Intl.Collator {
  const key = locale ?? '';
  let c = collators.get(key);
  if (!c) collators.set(key, (c = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })));
  return c;
}

/**
 * Stable sort by one column. Empty values (unknown year, no organisation) go last in both
 * directions, so flipping the order never buries the filled-in rows under blanks. Ties fall
 * back to title, so the order is deterministic. `locale` is the interface language (text
 * columns collate in its order); omitted: the system's.
 */
export function sortDocuments(docs: DocumentMeta[], sort: SortState, label: LabelFn, locale?: string, attrs?: AttributeContext): DocumentMeta[] {
  const collator = collatorFor(locale);
  const sign = sort.dir === 'asc' ? 1 : -1;
  const rows = docs.map((d, i) => ({ d, i, v: sortValue(d, sort.key, label, attrs) }));
  rows.sort((a, b) => {
    const av = a.v, bv = b.v;
    const aEmpty = av === null || av === '', bEmpty = bv === null || bv === '';
    if (aEmpty !== bEmpty) return aEmpty ? 1 : -1;
    let c = 0;
    if (!aEmpty) c = typeof av === 'number' && typeof bv === 'number' ? av - bv : collator.compare(String(av), String(bv));
    if (c !== 0) return c * sign;
    c = collator.compare(a.d.title || a.d.fileName, b.d.title || b.d.fileName);
    return c !== 0 ? c : a.i - b.i;
  });
  return rows.map((r) => r.d);
}

/** Clicking the sorted column flips it; a new column starts ascending (numbers/dates descending: newest first). */
export function nextSort(prev: SortState, key: SortKey, numeric = false): SortState {
  if (prev.key === key) return { key, dir: prev.dir === 'asc' ? 'desc' : 'asc' };
  const descFirst = numeric || key === 'year' || key === 'pageCount' || key === 'importedAt';
  return { key, dir: descFirst ? 'desc' : 'asc' };
}

/** Toggles one id in a multi-select filter list. */
export function toggleValue(list: string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/** Parses a year text box: '' -> null, otherwise a 4-digit year or null when invalid. */
export function parseYear(text: string): number | null {
  const s = text.trim();
  if (!/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return y >= 1900 && y <= 2100 ? y : null;
}
