// Boundary checks for the evidence and export channels: untrusted JSON to a typed
// EvidenceFilter / ExportStartInput, or GlossaError('api.badInput') naming the field.
import path from 'node:path';
import type { CooccurrenceMode } from '../../../shared/query/code-cooccurrence';
import { MAX_DISTANCE } from '../../../shared/query/query-syntax';
import type { EvidenceFilter, ExportFormat, ExportStartInput } from '../../../shared/domain/evidence';
import { asObject, badInput, int, parseAttributeTerms, str, stringArray } from '../app/input-checks';
import { CITATION_STYLES, isCitationLocale, isCitationStyle } from '../../../shared/csl/citation-styles';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'html', 'md', 'pdf', 'csv', 'xlsx', 'jsonld'];

/** A filter names at most a few hundred codes or documents; 10,000 bounds junk input. */
const MAX_LIST = 10_000;

function list(o: Record<string, unknown>, key: string): string[] | undefined {
  if (o[key] === undefined || o[key] === null) return undefined;
  const values = stringArray(o[key], key);
  if (values.length > MAX_LIST) throw badInput(`"${key}" has more than ${MAX_LIST} entries`);
  return values.length > 0 ? values : undefined;
}

export function parseFilter(input: unknown): EvidenceFilter {
  if (input === undefined || input === null) return {};
  const o = asObject(input, 'filter');
  const filter: EvidenceFilter = {};
  const codeIds = list(o, 'codeIds');
  if (codeIds) filter.codeIds = codeIds;
  if (o.codeMatch !== undefined) {
    if (o.codeMatch !== 'any' && o.codeMatch !== 'all') throw badInput('"codeMatch" must be any or all');
    filter.codeMatch = o.codeMatch;
  }
  if (o.includeSubcodes !== undefined) {
    if (typeof o.includeSubcodes !== 'boolean') throw badInput('"includeSubcodes" must be true or false');
    filter.includeSubcodes = o.includeSubcodes;
  }
  for (const key of ['organisations', 'countries', 'docTypes', 'languages', 'coderIds', 'documentIds', 'caseIds', 'caseCountries'] as const) {
    const values = list(o, key);
    if (values) filter[key] = values;
  }
  if (o.attributes !== undefined && o.attributes !== null) {
    const terms = parseAttributeTerms(o.attributes).filter((t) => t.values.length > 0);
    if (terms.length > 0) filter.attributes = terms;
  }
  const yearFrom = o.yearFrom === null ? undefined : int(o, 'yearFrom', { min: 0, max: 9999, optional: true });
  const yearTo = o.yearTo === null ? undefined : int(o, 'yearTo', { min: 0, max: 9999, optional: true });
  if (yearFrom !== undefined) filter.yearFrom = yearFrom;
  if (yearTo !== undefined) filter.yearTo = yearTo;
  if (o.text !== undefined && o.text !== null && o.text !== '') filter.text = str(o, 'text', { max: 1000 });
  if (o.query !== undefined && o.query !== null && String(o.query).trim() !== '') filter.query = str(o, 'query', { max: 2000 });
  if (o.exemplarsOnly !== undefined && o.exemplarsOnly !== null) {
    if (typeof o.exemplarsOnly !== 'boolean') throw badInput('"exemplarsOnly" must be true or false');
    if (o.exemplarsOnly) filter.exemplarsOnly = true;
  }
  return filter;
}

/** The options of an export (export.start, export.prepare): checked one by one, unknown ones dropped. */
export function parseExportOptions(input: unknown): NonNullable<ExportStartInput['options']> {
  const opts = asObject(input, 'options');
  const options: NonNullable<ExportStartInput['options']> = {};
  if (opts.includeMemos !== undefined) options.includeMemos = opts.includeMemos === true;
  if (opts.memoScope !== undefined) {
    if (opts.memoScope !== 'linked' && opts.memoScope !== 'all') throw badInput('"options.memoScope" must be linked or all');
    options.memoScope = opts.memoScope;
  }
  if (opts.includeTables !== undefined) options.includeTables = opts.includeTables === true;
  if (opts.language !== undefined) {
    if (opts.language !== 'en' && opts.language !== 'ru') throw badInput('"options.language" must be en or ru');
    options.language = opts.language;
  }
  if (opts.fullCodebook !== undefined) options.fullCodebook = opts.fullCodebook === true;
  if (opts.pandoc !== undefined) options.pandoc = opts.pandoc === true;
  if (opts.bibliography !== undefined) {
    if (opts.bibliography !== 'csl-json' && opts.bibliography !== 'bibtex') throw badInput('"options.bibliography" must be csl-json or bibtex');
    options.bibliography = opts.bibliography;
  }
  if (opts.style !== undefined) {
    if (!isCitationStyle(opts.style)) throw badInput(`"options.style" must be one of ${CITATION_STYLES.join(', ')}`);
    options.style = opts.style;
  }
  if (opts.locale !== undefined) {
    if (!isCitationLocale(opts.locale)) throw badInput('"options.locale" must be en or ru');
    options.locale = opts.locale;
  }
  const title = opts.title === '' ? undefined : str(opts, 'title', { optional: true, max: 300 });
  if (title !== undefined && title.trim() !== '') options.title = title.trim();
  return options;
}

export function parseExportStart(input: unknown): ExportStartInput {
  const o = asObject(input);
  if (!EXPORT_FORMATS.includes(o.format as ExportFormat)) throw badInput(`"format" must be one of ${EXPORT_FORMATS.join(', ')}`);
  const out: ExportStartInput = { format: o.format as ExportFormat };
  if (o.filter !== undefined && o.filter !== null) out.filter = parseFilter(o.filter);
  if (o.options !== undefined && o.options !== null) out.options = parseExportOptions(o.options);
  const target = str(o, 'path', { optional: true });
  if (target !== undefined) {
    if (!path.isAbsolute(target)) throw badInput('"path" must be an absolute path');
    out.path = target;
  }
  return out;
}

/** The co-occurrence matrix's basis: { kind: 'overlap' } (default) or { kind: 'near',
 *  distance: { unit: 'chars', n } | { unit: 'paragraph' } | { unit: 'page' } }. */
export function parseCooccurrenceMode(input: unknown): CooccurrenceMode {
  if (input === undefined || input === null) return { kind: 'overlap' };
  const o = asObject(input, 'cooccurrence');
  if (o.kind === 'overlap') return { kind: 'overlap' };
  if (o.kind !== 'near') throw badInput('"cooccurrence.kind" must be overlap or near');
  const d = asObject(o.distance, 'cooccurrence.distance');
  if (d.unit === 'paragraph' || d.unit === 'page') return { kind: 'near', distance: { unit: d.unit } };
  if (d.unit !== 'chars') throw badInput('"cooccurrence.distance.unit" must be chars, paragraph or page');
  return { kind: 'near', distance: { unit: 'chars', n: int(d, 'n', { min: 0, max: MAX_DISTANCE }) ?? 0 } };
}
