// The rules for document attributes, applied by the document handlers and importers
// (main/db/repositories/documents.ts) and to every document row of a project file before it
// is opened (main/db/row-check.ts). Attribute values are vocabulary ids
// (shared/domain/vocabulary.ts) or '' for "unknown"; anything else is refused with
// api.badInput, because a stray value would silently drop the document out of every filter
// and export table.
import { type PageLabelFix, validPageLabelFix } from '../pdf/page-labels';
import type { DocumentPatch } from '../domain/document';
import { COUNTRIES, DOCUMENT_TYPES, LANGUAGES, ORGANISATIONS } from '../domain/vocabulary';
import { GlossaError } from '../errors';

/** Oldest plausible report year; the newest is next year (reports dated ahead of release). */
const MIN_YEAR = 1800;
/** Titles beyond this are pasted text, not titles. */
const MAX_TEXT = 2000;

function bad(field: string, message: string): GlossaError {
  return new GlossaError('api.badInput', message, { field });
}

function checkText(field: string, value: unknown, allowEmpty: boolean): string {
  if (typeof value !== 'string') throw bad(field, `${field} must be text`);
  const v = value.trim();
  if (!allowEmpty && v === '') throw bad(field, `${field} must not be empty`);
  if (v.length > MAX_TEXT) throw bad(field, `${field} is longer than ${MAX_TEXT} characters`);
  return v;
}

function checkVocab(field: string, value: unknown, list: readonly string[]): string {
  if (value === '') return '';
  if (typeof value !== 'string' || !list.includes(value)) throw bad(field, `Unknown ${field}: ${String(value)}`);
  return value;
}

export function checkCountries(value: unknown): string[] {
  if (!Array.isArray(value)) throw bad('countries', 'countries must be a list');
  return [...new Set(value.map((c) => checkVocab('countries', c, COUNTRIES)).filter((c) => c !== ''))];
}

export function checkYear(value: unknown): number | null {
  if (value === null) return null;
  const max = new Date().getUTCFullYear() + 1;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_YEAR || value > max) {
    throw bad('year', `year must be a whole number between ${MIN_YEAR} and ${max}`);
  }
  return value;
}

/** Validates and normalises the editable attributes present in `patch`. */
export function validatePatch(patch: DocumentPatch): DocumentPatch {
  if (typeof patch !== 'object' || patch === null) throw bad('patch', 'patch must be an object');
  const out: DocumentPatch = {};
  if (patch.title !== undefined) out.title = checkText('title', patch.title, false);
  if (patch.author !== undefined) out.author = checkText('author', patch.author, true);
  if (patch.organisation !== undefined) out.organisation = checkVocab('organisation', patch.organisation, ORGANISATIONS);
  if (patch.countries !== undefined) out.countries = checkCountries(patch.countries);
  if (patch.year !== undefined) out.year = checkYear(patch.year);
  if (patch.docType !== undefined) out.docType = checkVocab('docType', patch.docType, DOCUMENT_TYPES);
  if (patch.language !== undefined) out.language = checkVocab('language', patch.language, LANGUAGES);
  if (patch.pageLabelFix !== undefined) out.pageLabelFix = checkPageLabelFix(patch.pageLabelFix);
  return out;
}

/** Shape only: that pdfPage exists in the document is checked by updateDocument. */
function checkPageLabelFix(value: unknown): PageLabelFix | null {
  if (value === null) return null;
  const fix = validPageLabelFix(value, Number.MAX_SAFE_INTEGER);
  if (!fix) throw bad('pageLabelFix', 'The PDF page and the printed page must be whole numbers from 1.');
  return fix;
}

const SHA256_RE = /^[0-9a-f]{64}$/;

export function checkSha256(value: unknown): string {
  if (typeof value !== 'string' || !SHA256_RE.test(value)) throw bad('sha256', 'sha256 must be 64 lower-case hex digits');
  return value;
}

/** The stored countries column: a JSON list of country ids. */
export function checkCountriesJson(json: unknown): string[] {
  let v: unknown;
  try {
    v = typeof json === 'string' ? JSON.parse(json) : undefined;
  } catch {
    v = undefined;
  }
  return checkCountries(v);
}
