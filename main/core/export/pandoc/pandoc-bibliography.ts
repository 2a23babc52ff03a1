// The bibliography file a Pandoc export writes beside its Markdown: the CSL-JSON items (or their
// BibTeX) of exactly the documents the report cites, each with id = the citekey its [@key]
// citations use. CSL-JSON is the default: it is what citeproc reads natively, so nothing is lost.
// BibTeX comes from citation-js; its defaults suit LaTeX but not a UTF-8 reader like Pandoc or
// Biber: asciiOnly drops every Cyrillic letter (a title "Доклад" becomes {}), and the entry
// label is made up from the author and title instead of our key. So the export turns asciiOnly
// off, uses the id as label, and escapes the LaTeX specials (\ { } $ & % # _ ^ ~) itself: a
// title from someone's library with an unbalanced "}" must not end the field early.
// citation-js's BibTeX also drops the item's language; without it Pandoc takes a Russian title
// for English and title-cases it ("Доклад О Противодействии…"), so each entry gets a `langid`
// (BibLaTeX's field, which Pandoc reads and BibTeX ignores).
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CitableItem } from '../../../../shared/csl/csl-item';

export type BibliographyFormat = 'csl-json' | 'bibtex';

export const BIBLIOGRAPHY_EXTENSION: Record<BibliographyFormat, string> = { 'csl-json': 'json', bibtex: 'bib' };

/** Id first, so a person reading the file sees which key each record answers to. */
export function cslJsonBibliography(items: CitableItem[]): string {
  return `${JSON.stringify(items.map(({ id, ...rest }) => ({ id, ...rest })), null, 2)}\n`;
}

const LATEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

export function escapeLatex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) => LATEX_SPECIAL[c]).replace(/[\r\n]+/g, ' ');
}

/** Fields citation-js writes verbatim (url, doi): escaping them would change the address. */
const VERBATIM = new Set(['id', 'type', 'URL', 'DOI', 'ISBN', 'ISSN', 'language']);

/** Every string in a CSL value escaped for BibTeX (names, dates and lists included). */
function escapeValue(value: unknown): unknown {
  if (typeof value === 'string') return escapeLatex(value);
  if (Array.isArray(value)) return value.map(escapeValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeValue(v)]));
  return value;
}

function escapedItem(item: CitableItem): CitableItem {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) out[key] = VERBATIM.has(key) ? value : escapeValue(value);
  return out as CitableItem;
}

/** BibLaTeX langid (babel names) for the languages Glossa knows; others as given. */
const LANGID: Record<string, string> = { en: 'english', ru: 'russian' };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function withLangids(bibtex: string, items: CitableItem[]): string {
  let out = bibtex;
  for (const item of items) {
    if (typeof item.language !== 'string' || !/^[A-Za-z-]{2,20}$/.test(item.language)) continue;
    const langid = LANGID[item.language.toLowerCase()] ?? item.language;
    out = out.replace(new RegExp(`^(@\\w+\\{${escapeRegExp(item.id)},\\n)`, 'm'), `$1\tlangid = {${langid}},\n`);
  }
  return out;
}

export function bibtexBibliography(items: CitableItem[]): string {
  const config = plugins.config.get('@bibtex').format;
  const saved = { ...config };
  // citation-js's config is one object for the process; restored before anything else runs.
  config.useIdAsLabel = true;
  config.asciiOnly = false;
  try {
    return withLangids(new Cite(items.map(escapedItem)).format('bibtex', { format: 'text' }), items);
  } finally {
    Object.assign(config, saved);
  }
}

export function bibliographyFile(items: CitableItem[], format: BibliographyFormat): string {
  return format === 'bibtex' ? bibtexBibliography(items) : cslJsonBibliography(items);
}
