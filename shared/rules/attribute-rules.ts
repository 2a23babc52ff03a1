// The rules for attribute definitions and values (issue 14 item 3), applied by the handlers to
// input, by the CSV/XLSX import to every cell, and to every row of a project file before it is
// opened (main/db/row-check.ts): a colleague's file is untrusted, and names, choices and values
// are shown in the library, the filters and exports as they stand.
import {
  ATTRIBUTE_KINDS, type AttributeChoice, type AttributeKind, type AttributeValue, type ImportRowProblem, REPLACEABLE_FIELDS, type ReplaceableField,
} from '../domain/attribute';
import { GlossaError } from '../errors';

export const MAX_ATTRIBUTE_NAME = 200;
/** 500 choices hold the organisation list several times over and bound a hostile row. */
export const MAX_CHOICES = 500;
export const MAX_CHOICE_LABEL = 300;
export const MAX_TEXT_VALUE = 2000;
const ID_RE = /^[A-Za-z0-9-]{1,100}$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', years 1000–2999. */
const DATE_RE = /^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function bad(field: string, message: string): GlossaError {
  return new GlossaError('attribute.badInput', message, { field });
}

function line(value: unknown, field: string, max: number, what: string, allowEmpty: boolean): string {
  if (typeof value !== 'string') throw bad(field, `The ${what} must be text.`);
  const v = value.trim();
  if (!allowEmpty && v === '') throw bad(field, `The ${what} must not be empty.`);
  if (v.length > max) throw bad(field, `The ${what} is at most ${max} characters.`);
  if (CONTROL.test(v)) throw bad(field, `The ${what} must be one line of text.`);
  return v;
}

/** Both names as typed; at least one of the two must be given. */
export function checkAttributeNames(en: unknown, ru: unknown): { en: string; ru: string } {
  const e = line(en, 'name_en', MAX_ATTRIBUTE_NAME, 'attribute name', true);
  const r = line(ru, 'name_ru', MAX_ATTRIBUTE_NAME, 'attribute name', true);
  if (e === '' && r === '') throw bad('name_en', 'An attribute needs a name (English or Russian).');
  return { en: e, ru: r };
}

export function checkAttributeKind(v: unknown): AttributeKind {
  if (typeof v !== 'string' || !(ATTRIBUTE_KINDS as readonly string[]).includes(v)) throw bad('kind', `The attribute kind must be one of ${ATTRIBUTE_KINDS.join(', ')}.`);
  return v as AttributeKind;
}

export function checkReplaces(v: unknown): ReplaceableField | '' {
  if (v === '' || v === undefined) return '';
  if (typeof v !== 'string' || !(REPLACEABLE_FIELDS as readonly string[]).includes(v)) throw bad('replaces', 'An attribute replaces the organisation or the document type, or nothing.');
  return v as ReplaceableField;
}

export function isChoiceKind(kind: AttributeKind): boolean {
  return kind === 'choice' || kind === 'choices';
}

/** A list of choices with ids, labels in one or both languages, no id twice. */
export function checkChoices(v: unknown, kind: AttributeKind): AttributeChoice[] {
  if (!Array.isArray(v)) throw bad('choices', 'The choices must be a list.');
  if (!isChoiceKind(kind) && v.length > 0) throw bad('choices', 'Only choice attributes have choices.');
  if (v.length > MAX_CHOICES) throw bad('choices', `An attribute has at most ${MAX_CHOICES} choices.`);
  const seen = new Set<string>();
  return v.map((c: unknown) => {
    if (typeof c !== 'object' || c === null || Array.isArray(c)) throw bad('choices', 'A choice is an id with its labels.');
    const o = c as Record<string, unknown>;
    if (typeof o.id !== 'string' || !ID_RE.test(o.id)) throw bad('choices', 'A choice id is letters, digits and dashes.');
    if (seen.has(o.id)) throw bad('choices', `The choice "${o.id}" is listed twice.`);
    seen.add(o.id);
    const en = line(o.en, 'choices', MAX_CHOICE_LABEL, 'choice label', true);
    const ru = line(o.ru, 'choices', MAX_CHOICE_LABEL, 'choice label', true);
    if (en === '' && ru === '') throw bad('choices', 'A choice needs a label.');
    return { id: o.id, en, ru };
  });
}

export function checkChoicesJson(json: unknown, kind: AttributeKind): AttributeChoice[] {
  if (typeof json !== 'string') throw bad('choices', 'The choices must be JSON text.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw bad('choices', 'The choices are not JSON.');
  }
  return checkChoices(parsed, kind);
}

/** A value of `kind` (null: no value); choice ids must be among `choices`. */
export function checkAttributeValue(v: unknown, kind: AttributeKind, choices: readonly AttributeChoice[]): AttributeValue | null {
  if (v === null) return null;
  const ids = new Set(choices.map((c) => c.id));
  switch (kind) {
    case 'text': {
      const s = typeof v === 'string' ? v.trim() : v;
      if (typeof s !== 'string' || s.length > MAX_TEXT_VALUE || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s)) throw bad('value', `A text value is at most ${MAX_TEXT_VALUE} characters.`);
      return s === '' ? null : s;
    }
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) throw bad('value', 'A number value must be a finite number.');
      return v;
    case 'date':
      if (typeof v !== 'string' || !DATE_RE.test(v)) throw bad('value', 'A date is written 2019, 2019-05 or 2019-05-31.');
      return v;
    case 'choice':
      if (typeof v !== 'string' || !ids.has(v)) throw bad('value', 'The value is not one of the attribute\'s choices.');
      return v;
    case 'choices': {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !ids.has(x))) throw bad('value', 'The values are not among the attribute\'s choices.');
      const unique = [...new Set(v as string[])];
      return unique.length === 0 ? null : unique;
    }
  }
}

/** A stored value (JSON text) held to the rules of its definition. */
export function checkAttributeValueJson(json: unknown, kind: AttributeKind, choices: readonly AttributeChoice[]): AttributeValue | null {
  if (typeof json !== 'string' || json.length > MAX_TEXT_VALUE * 2 + 64) throw bad('value', 'The value must be short JSON text.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw bad('value', 'The value is not JSON.');
  }
  return checkAttributeValue(parsed, kind, choices);
}

function fold(s: string): string {
  return s.normalize('NFKC').trim().toLocaleLowerCase('ru').replace(/ё/g, 'е');
}

/** The choice a cell names: by id, English or Russian label, case- and ё-insensitive. */
export function findChoice(choices: readonly AttributeChoice[], text: string): AttributeChoice | null {
  const t = fold(text);
  return choices.find((c) => c.id === text.trim() || fold(c.en) === t || fold(c.ru) === t) ?? null;
}

/** A date cell: ISO text, or an Excel-style Date when the XLSX held a date. */
function dateOf(text: string): string | null {
  const t = text.trim();
  if (DATE_RE.test(t)) return t;
  const m = /^(\d{4}-\d\d-\d\d)T/.exec(t);
  if (m && DATE_RE.test(m[1])) return m[1];
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (dmy) {
    const iso = `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
    if (DATE_RE.test(iso)) return iso;
  }
  return null;
}

/**
 * A file cell read as a value of `kind`: { value } (null for an empty cell, which leaves the
 * document's value as it is) or { problem }. Several choices are separated by ';' (or '|').
 * Numbers take '.' or ',' as the decimal mark ("1 234,5" as written in Russian tables).
 */
export function parseCell(text: string, kind: AttributeKind, choices: readonly AttributeChoice[]): { value: AttributeValue | null } | { problem: ImportRowProblem } {
  const t = text.trim();
  if (t === '') return { value: null };
  switch (kind) {
    case 'text':
      return t.length > MAX_TEXT_VALUE ? { problem: 'tooLong' } : { value: t.replace(/[\u0000-\u001f\u007f]+/g, ' ') };
    case 'number': {
      const n = t.replace(/[\s\u00a0]/g, '').replace(',', '.');
      return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(n) && Number.isFinite(Number(n)) ? { value: Number(n) } : { problem: 'badNumber' };
    }
    case 'date': {
      const d = dateOf(t);
      return d ? { value: d } : { problem: 'badDate' };
    }
    case 'choice': {
      const c = findChoice(choices, t);
      return c ? { value: c.id } : { problem: 'notInChoices' };
    }
    case 'choices': {
      const ids: string[] = [];
      for (const part of t.split(/[;|]/).map((p) => p.trim()).filter(Boolean)) {
        const c = findChoice(choices, part);
        if (!c) return { problem: 'notInChoices' };
        if (!ids.includes(c.id)) ids.push(c.id);
      }
      return { value: ids };
    }
  }
}

/** A value as a library cell or a filter term shows it (choice labels in `lang`). */
export function valueText(value: AttributeValue | undefined, choices: readonly AttributeChoice[], lang: 'en' | 'ru'): string {
  if (value === undefined) return '';
  const label = (id: string) => {
    const c = choices.find((x) => x.id === id);
    return c ? (lang === 'ru' ? c.ru || c.en : c.en || c.ru) : id;
  };
  if (Array.isArray(value)) return value.map(label).join('; ');
  if (typeof value === 'number') return String(value);
  return choices.length > 0 ? label(value) : value;
}

export function attributeName(def: { nameEn: string; nameRu: string }, lang: 'en' | 'ru'): string {
  return lang === 'ru' ? def.nameRu || def.nameEn : def.nameEn || def.nameRu;
}
