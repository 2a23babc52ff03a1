// Reads a bibliography file into CSL items with maintained parsers: citation-js's BibTeX /
// BibLaTeX and RIS plugins, JSON.parse for CSL-JSON (already the target model). The format is
// the file's extension, else what its first characters look like. What the parsers give is
// tidied for storage: citation-js's own fields (_graph, id, citation-key) go, a citekey is
// kept only when Pandoc could cite by it, and a name with a family and no given name — how
// citation-js reads BibTeX's {{OSCE}} and a RIS "AU  - OSCE" — becomes an institutional
// (literal) name, so styles print "OSCE", never "OSCE, ." A malformed file is one
// bibliography.badFile error with the parser's words; nothing is attached.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CslItem, CslName } from '../../../shared/domain/bibliography';
import type { BibliographyFileFormat } from '../../../shared/domain/bibliography-attach';
import { GlossaError } from '../../../shared/errors';
import { checkCitekey, checkCslJson } from '../../../shared/rules/bibliography-rules';

/** A Zotero export of 5,000 items is ~10 MB of BibTeX; 20 MB bounds what one call parses. */
export const MAX_BIBLIOGRAPHY_CHARS = 20_000_000;
export const MAX_ENTRIES = 20_000;

export interface ParsedEntry {
  citekey: string | null;
  csl: CslItem;
}

export interface ParsedFile {
  format: BibliographyFileFormat;
  entries: ParsedEntry[];
}

function badFile(detail: string): GlossaError {
  return new GlossaError('bibliography.badFile', `This bibliography file could not be read: ${detail}. Nothing was attached.`, { detail });
}

export function detectFormat(fileName: string, text: string): BibliographyFileFormat {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'bib' || ext === 'bibtex' || ext === 'biblatex') return 'bibtex';
  if (ext === 'ris') return 'ris';
  if (ext === 'json') return 'csl-json';
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('[') || head.startsWith('{')) return 'csl-json';
  if (/^TY {2}- /m.test(head.slice(0, 2000))) return 'ris';
  if (head.startsWith('@') || /^\s*@[a-z]+\s*[{(]/im.test(head.slice(0, 5000))) return 'bibtex';
  throw badFile('it is not CSL-JSON, BibTeX or RIS (choose a .json, .bib or .ris file)');
}

function institutionalNames(names: unknown): CslName[] | undefined {
  if (!Array.isArray(names)) return undefined;
  return names
    .filter((n): n is CslName => !!n && typeof n === 'object')
    .map((n) => (n.family && !n.given && !n.literal ? { literal: n.family } : n));
}

/** BibLaTeX's langid names (babel's) as CSL language tags; other values are kept as given. */
const BABEL_LANGUAGES: Record<string, string> = {
  english: 'en', american: 'en-US', british: 'en-GB', russian: 'ru', ukrainian: 'uk', french: 'fr', german: 'de', ngerman: 'de', spanish: 'es', italian: 'it', polish: 'pl',
};

/** One parsed entry as Glossa stores it (throws when the entry cannot be stored). */
function tidy(raw: Record<string, unknown>, position: number): ParsedEntry {
  const { _graph, id, 'citation-key': key, ...rest } = raw;
  const csl = { ...rest } as CslItem;
  if (typeof csl.type !== 'string' || csl.type === '') csl.type = 'document';
  for (const role of ['author', 'editor'] as const) {
    if (csl[role] === undefined) continue;
    const names = institutionalNames(csl[role]);
    if (names) csl[role] = names;
    else delete csl[role]; // a name list that is not a list would break every style
  }
  if (typeof csl.language === 'string') csl.language = BABEL_LANGUAGES[csl.language.toLowerCase()] ?? csl.language;
  const candidate = typeof key === 'string' ? key : typeof id === 'string' && !id.startsWith('temp_id_') ? id : null;
  let citekey: string | null = null;
  try {
    citekey = checkCitekey(candidate);
  } catch {
    citekey = null;
  }
  try {
    checkCslJson(JSON.stringify(csl));
  } catch (err) {
    throw badFile(`entry ${position + 1}${citekey ? ` (${citekey})` : ''}: ${(err as Error).message}`);
  }
  return { citekey, csl };
}

function parseCslJson(text: string): Array<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw badFile(`it is not valid JSON (${(err as Error).message})`);
  }
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw badFile(`entry ${i + 1} is not a CSL-JSON object`);
  });
  return items as Array<Record<string, unknown>>;
}

function parseWithCitationJs(text: string, type: '@biblatex/text' | '@ris/file'): Array<Record<string, unknown>> {
  try {
    return new Cite(text, { forceType: type }).data;
  } catch (err) {
    const first = String((err as Error)?.message ?? err).split('\n')[0];
    throw badFile(first);
  }
}

export function parseBibliographyFile(fileName: string, text: string): ParsedFile {
  if (typeof text !== 'string' || text.length > MAX_BIBLIOGRAPHY_CHARS) throw badFile(`it is larger than ${MAX_BIBLIOGRAPHY_CHARS / 1_000_000} MB`);
  const format = detectFormat(fileName, text);
  const raw =
    format === 'csl-json' ? parseCslJson(text) : parseWithCitationJs(text.replace(/^\uFEFF/, ''), format === 'bibtex' ? '@biblatex/text' : '@ris/file');
  if (raw.length === 0) throw badFile(`no ${format === 'bibtex' ? 'BibTeX' : format === 'ris' ? 'RIS' : 'CSL-JSON'} entries were found in it`);
  if (raw.length > MAX_ENTRIES) throw badFile(`it has more than ${MAX_ENTRIES} entries`);
  return { format, entries: raw.map(tidy) };
}
