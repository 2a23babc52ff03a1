// The rules for codebook entries, applied by the codebook handlers (main/core/coding/codes.ts,
// codebook import) and to every code row of a project file before it is opened
// (main/db/row-check.ts). Pure functions; uniqueness among siblings needs the database and
// stays with the handlers.
import { GlossaError } from '../errors';
import { isHexColor } from './colour-rules';

export const MAX_CODE_NAME = 200;
/** Definitions and notes are prose, not documents: 20,000 characters is several pages. */
export const MAX_NOTE = 20_000;

function bad(message: string, field: string): GlossaError {
  return new GlossaError('code.badInput', message, { field });
}

/** A code name, whitespace folded; refused when empty, too long or with control characters. */
export function checkCodeName(name: unknown): string {
  const n = typeof name === 'string' ? name.trim().replace(/\s+/g, ' ') : '';
  if (n.length === 0) throw bad('A code needs a name.', 'name');
  if (n.length > MAX_CODE_NAME) throw bad(`A code name is limited to ${MAX_CODE_NAME} characters.`, 'name');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(n)) throw bad('A code name cannot contain control characters.', 'name');
  return n;
}

export function checkNote(value: unknown, what: string, field = what): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') throw bad(`The ${what} must be text.`, field);
  if (value.length > MAX_NOTE) throw bad(`The ${what} is limited to ${MAX_NOTE} characters.`, field);
  return value.replace(/\u0000/g, '');
}

export function checkCodeColor(value: unknown): string {
  if (!isHexColor(value)) throw bad('A colour must look like #1a2b3c.', 'color');
  return value.toLowerCase();
}

/**
 * A code's names in both languages (the bilingual columns name_en / name_ru): each one that is
 * set is a valid name, and at least one is set. `field` names the offending column.
 */
export function checkCodeNames(names: { en: unknown; ru: unknown }): void {
  for (const lang of ['en', 'ru'] as const) {
    const n = names[lang];
    if (typeof n !== 'string') throw bad('A code name must be text.', `name_${lang}`);
    if (n !== '') {
      try {
        checkCodeName(n);
      } catch (err) {
        throw bad((err as Error).message, `name_${lang}`);
      }
    }
  }
  if (names.en === '' && names.ru === '') throw bad('A code needs a name in English or in Russian.', 'name_en');
}

/** The stored localized_names column (project files from before the bilingual codebook): a JSON object whose en/ru entries, if present, are names. */
export function checkLocalizedNamesJson(json: unknown): void {
  let v: unknown;
  try {
    v = typeof json === 'string' ? JSON.parse(json) : undefined;
  } catch {
    v = undefined;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad('The translated names must be a JSON object.', 'localized_names');
  for (const lang of ['en', 'ru'] as const) {
    const name = (v as Record<string, unknown>)[lang];
    if (name !== undefined) checkCodeName(name);
  }
}
