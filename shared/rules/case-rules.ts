// The rules for a case and its segments, applied by the case handlers to input and to every
// case row of a project file before it is opened (main/db/row-check.ts): a colleague's file is
// untrusted, and a case name, country or attribute is shown in tables and exports as it stands.
import { GlossaError } from '../errors';

export const MAX_CASE_NAME = 300;
export const MAX_CASE_COUNTRY = 100;
/** A case carries a handful of attributes; 50 keys of 1,000 characters bound a hostile row. */
export const MAX_CASE_ATTRIBUTES = 50;
const MAX_ATTRIBUTE_KEY = 100;
const MAX_ATTRIBUTE_VALUE = 1000;
// Control characters (other than none at all) would break table cells and CSV lines.
const CONTROL = /[\u0000-\u001f\u007f]/;

function bad(field: string, message: string): GlossaError {
  return new GlossaError('case.badInput', message, { field });
}

function line(value: unknown, field: string, max: number, what: string, allowEmpty: boolean): string {
  if (typeof value !== 'string') throw bad(field, `The ${what} must be text.`);
  const v = value.trim();
  if (!allowEmpty && v === '') throw bad(field, `The ${what} must not be empty.`);
  if (v.length > max) throw bad(field, `The ${what} is at most ${max} characters.`);
  if (CONTROL.test(v)) throw bad(field, `The ${what} must be one line of text.`);
  return v;
}

export const checkCaseName = (v: unknown): string => line(v, 'name', MAX_CASE_NAME, 'case name', false);
export const checkCaseCountry = (v: unknown): string => line(v, 'country', MAX_CASE_COUNTRY, 'case country', true);

/** Any other attributes: an object of short text values under short keys. */
export function checkCaseAttributes(v: unknown): Record<string, string> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad('attributes', 'The case attributes must be an object of text values.');
  const entries = Object.entries(v);
  if (entries.length > MAX_CASE_ATTRIBUTES) throw bad('attributes', `A case has at most ${MAX_CASE_ATTRIBUTES} attributes.`);
  const out: Record<string, string> = {};
  for (const [k, val] of entries) {
    const key = line(k, 'attributes', MAX_ATTRIBUTE_KEY, 'attribute name', false);
    out[key] = line(val, 'attributes', MAX_ATTRIBUTE_VALUE, 'attribute value', true);
  }
  return out;
}

export function checkCaseAttributesJson(json: unknown): Record<string, string> {
  if (typeof json !== 'string') throw bad('attributes', 'The case attributes must be JSON text.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw bad('attributes', 'The case attributes are not JSON.');
  }
  return checkCaseAttributes(parsed);
}

/**
 * A segment's pages (0-based, inclusive) within the document's `pageCount` (null: unknown),
 * and its offsets, when given, non-negative integers.
 */
export function checkSegmentRange(firstPage: unknown, lastPage: unknown, pageCount: number | null, startOffset: unknown = null, endOffset: unknown = null): void {
  const page = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && (pageCount === null || v < pageCount);
  if (!page(firstPage)) throw bad('first_page', 'The segment starts on a page the document does not have.');
  if (!page(lastPage)) throw bad('last_page', 'The segment ends on a page the document does not have.');
  if ((lastPage as number) < (firstPage as number)) throw bad('last_page', 'A segment ends on or after the page it starts on.');
  for (const [field, v] of [['start_offset', startOffset], ['end_offset', endOffset]] as const) {
    if (v !== null && !(typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10_000_000)) throw bad(field, 'A segment offset is a character position on its page.');
  }
}
