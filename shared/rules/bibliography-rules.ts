// The rules for a document's bibliographic record (table document_bibliography): applied when
// an attach or import writes one, and to every record of a project file before it is opened
// (main/db/row-check.ts). A colleague's file is untrusted: the CSL item goes straight to
// citeproc-js and into the properties panel, so it must be one JSON object of a sane size with
// a string type; the keys are short printable text; the source one Glossa writes.
import type { BibliographySource } from '../domain/bibliography';
import { GlossaError } from '../errors';
import { checkRecordTime } from './record-rules';

/** A rich Zotero report item is ~3 KB of CSL-JSON; 64 KB leaves room and bounds a hostile row. */
export const MAX_CSL_JSON = 64 * 1024;
/** Better BibTeX keys are ~20 characters; 200 is plenty for any hand-made key. */
export const MAX_CITEKEY = 200;
export const BIBLIOGRAPHY_SOURCES: readonly BibliographySource[] = ['zotero', 'csl-json', 'bibtex', 'ris'];

function bad(field: string, message: string): GlossaError {
  return new GlossaError('bibliography.badInput', message, { field });
}

/** JSON text of one CSL item: an object (not an array) with a string `type`. */
export function checkCslJson(value: unknown): Record<string, unknown> {
  if (typeof value !== 'string') throw bad('csl_json', 'The bibliographic record must be JSON text.');
  if (value.length > MAX_CSL_JSON) throw bad('csl_json', `A bibliographic record is limited to ${MAX_CSL_JSON / 1024} KB.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw bad('csl_json', 'The bibliographic record is not JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw bad('csl_json', 'The bibliographic record must be a JSON object.');
  const type = (parsed as { type?: unknown }).type;
  if (typeof type !== 'string' || type.trim() === '' || type.length > 64) throw bad('csl_json', 'The bibliographic record needs a CSL item type.');
  return parsed as Record<string, unknown>;
}

export function checkBibliographySource(value: unknown): BibliographySource {
  if (!(BIBLIOGRAPHY_SOURCES as readonly unknown[]).includes(value)) throw bad('source', `The record source is one of ${BIBLIOGRAPHY_SOURCES.join(', ')}.`);
  return value as BibliographySource;
}

/** A Zotero item key: 8 characters of A-Z and 0-9 (Zotero's own alphabet is a subset). */
export function checkZoteroKey(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !/^[A-Z0-9]{8}$/.test(value)) throw bad('zotero_key', 'A Zotero item key is 8 characters of A-Z and 0-9.');
  return value;
}

export function checkZoteroLibrary(value: unknown): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw bad('zotero_library', 'A Zotero library id is a whole number.');
  return value;
}

/** A citekey as Pandoc cites it: printable, no spaces, no brackets or commas, at most MAX_CITEKEY. */
export function checkCitekey(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_CITEKEY || !/^[^\s\p{C}[\]{},;@]+$/u.test(value)) {
    throw bad('citekey', `A citekey is up to ${MAX_CITEKEY} printable characters without spaces, brackets or commas.`);
  }
  return value;
}

export interface BibliographyFields {
  csl_json: unknown;
  source: unknown;
  zotero_library: unknown;
  zotero_key: unknown;
  citekey: unknown;
  updated_at: unknown;
}

/** Throws bibliography.badInput (or record.badInput for the time) naming the first bad field. */
export function checkBibliographyRow(r: BibliographyFields): void {
  checkCslJson(r.csl_json);
  checkBibliographySource(r.source);
  checkZoteroLibrary(r.zotero_library);
  checkZoteroKey(r.zotero_key);
  checkCitekey(r.citekey);
  checkRecordTime(r.updated_at, 'updated_at');
}
