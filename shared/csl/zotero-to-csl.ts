// A Zotero item's metadata as a CSL-JSON item, the way Zotero's own itemToCSLJSON does it:
// the item type through Zotero's CSL type table, each CSL variable from the first Zotero
// field (or base field: a report's institution is its publisher, its reportNumber its
// number) that has a value, dates from Zotero's stored "multipart" form ("2021-03-00 March
// 2021"), creators by type, single-field creators (fieldMode 1) as institutional names
// ({ literal }). The citekey comes from Better BibTeX, Zotero 7's Citation Key field, or a
// "Citation Key: …" line in Extra, in that order. Pure: the caller reads the database.
import type { CslDate, CslItem, CslName } from '../domain/bibliography';
import { ZOTERO_CSL_DATE_FIELDS, ZOTERO_CSL_NAMES, ZOTERO_CSL_TEXT_FIELDS, ZOTERO_CSL_TYPES } from './zotero-csl-map';

export interface ZoteroCreator {
  creatorType: string;
  firstName: string;
  lastName: string;
  /** 1: one-field name (an institution); 0: last, first. */
  fieldMode: number;
}

export interface ZoteroItemData {
  itemType: string;
  /** Field values by field name AND by base field name (institution and publisher both). */
  fields: ReadonlyMap<string, string>;
  creators: readonly ZoteroCreator[];
  /** Better BibTeX's key for the item, when the plugin has one. */
  bbtCitekey?: string | null;
}

const CITATION_KEY_LINE = /^\s*Citation Key\s*:\s*(\S.*?)\s*$/im;

/** A Zotero multipart date ("2021-03-15 March 15, 2021", "2021-00-00 2021") or free text as CSL. */
export function zoteroDateToCsl(value: string): CslDate | null {
  const v = value.trim();
  if (!v) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:\s|$)/.exec(v);
  if (m) {
    const parts = [Number(m[1]), Number(m[2]), Number(m[3])];
    const out: number[] = [parts[0]];
    if (parts[1] > 0) {
      out.push(parts[1]);
      if (parts[2] > 0) out.push(parts[2]);
    }
    return parts[0] > 0 ? { 'date-parts': [out] } : { literal: v.slice(11) || v };
  }
  const year = /(?:^|\D)(\d{4})(?:\D|$)/.exec(v);
  return year ? { 'date-parts': [[Number(year[1])]] } : { literal: v };
}

export function zoteroNameToCsl(c: ZoteroCreator): CslName | null {
  const last = c.lastName.trim();
  const first = c.firstName.trim();
  if (c.fieldMode === 1) return last ? { literal: last } : null;
  if (!last && !first) return null;
  return last ? { family: last, ...(first ? { given: first } : {}) } : { literal: first };
}

/** The citekey: Better BibTeX's, then the Citation Key field, then Extra's "Citation Key:" line. */
export function zoteroCitekey(item: ZoteroItemData): string | null {
  const fromExtra = CITATION_KEY_LINE.exec(item.fields.get('extra') ?? '')?.[1] ?? '';
  for (const key of [item.bbtCitekey ?? '', item.fields.get('citationKey') ?? '', fromExtra]) if (key.trim()) return key.trim();
  return null;
}

export function zoteroToCsl(item: ZoteroItemData): CslItem {
  const csl: CslItem = { type: ZOTERO_CSL_TYPES[item.itemType] ?? 'document' };
  for (const [variable, fields] of Object.entries(ZOTERO_CSL_TEXT_FIELDS)) {
    for (const f of fields) {
      const value = item.fields.get(f)?.trim();
      if (value) {
        csl[variable] = value;
        break;
      }
    }
  }
  // Extra becomes the note, without the lines Zotero itself reads as fields.
  if (typeof csl.note === 'string') {
    const note = csl.note.replace(new RegExp(CITATION_KEY_LINE.source, 'gim'), '').trim();
    if (note) csl.note = note;
    else delete csl.note;
  }
  for (const [variable, field] of Object.entries(ZOTERO_CSL_DATE_FIELDS)) {
    const date = zoteroDateToCsl(item.fields.get(field) ?? '');
    if (date) csl[variable] = date;
  }
  for (const c of item.creators) {
    const variable = ZOTERO_CSL_NAMES[c.creatorType];
    const name = zoteroNameToCsl(c);
    if (!variable || !name) continue;
    const list = (csl[variable] as CslName[] | undefined) ?? [];
    list.push(name);
    csl[variable] = list;
  }
  const citekey = zoteroCitekey(item);
  if (citekey) csl['citation-key'] = citekey;
  return csl;
}

/** The first year of a CSL date, or null. */
export function cslYear(date: CslDate | undefined): number | null {
  const y = Number(date?.['date-parts']?.[0]?.[0]);
  return Number.isInteger(y) && y > 0 ? y : null;
}

/** "Family, Given; Institution": how Glossa's author attribute lists names. */
export function cslNamesText(names: readonly CslName[] | undefined): string {
  return (names ?? []).map((n) => n.literal ?? [n.family, n.given].filter(Boolean).join(', ')).filter(Boolean).join('; ');
}
