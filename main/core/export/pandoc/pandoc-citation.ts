// A passage's citation in Pandoc's citation syntax (pandoc manual, "Citations"): [@key, p. 45],
// [@key, pp. 45–46], [@key, para. 87], and [@key, p. 12, para. 87] when the passage has both (Pandoc
// takes one locator, the page, and keeps ", para. 87" as a suffix, which the style prints after
// it; Pandoc 2.17 has no braced locators). The locator is the PRINTED page label, as in every
// other export, so the text reads as the DOCX export's citeproc-js locator "45, para. 87"
// (main/core/citation/locator.ts). Pandoc's citeproc recognises locator labels in the terms of
// the document's locale (its `lang`, the CSL locale the style uses: citation-engine.ts
// cslLocaleTag): in en-US/en-GB "p."/"pp."; in ru-RU "p." is not a label and would be kept as
// text, so a ru-RU document (a Russian export, or GOST) writes the ru-RU short term "с.".
// Citekeys: Pandoc reads [@key] up to the first character that is not alphanumeric or internal
// punctuation; any other key (a Better BibTeX key from someone's library) is written as @{key}.
import type { EvidenceRow } from '../../../../shared/domain/evidence';
import type { CitationLocale, CitationStyleId } from '../../../../shared/csl/citation-styles';
import { cslLocaleTag } from '../../citation/citation-engine';
import { paragraphWord } from '../../citation/locator';

type LocatedRow = Pick<EvidenceRow, 'page' | 'pageEnd' | 'pageLabel' | 'pageEndLabel' | 'paragraph'>;

/** How a Pandoc document cites: its `lang:` and the locator words that language parses. */
export interface PandocCiting {
  lang: string;
  page: string;
  pages: string;
  /** Printed as the suffix's text: the word the style's own citations use. */
  paragraph: string;
}

export function pandocCiting(style: CitationStyleId, locale: CitationLocale): PandocCiting {
  const lang = cslLocaleTag(style, locale);
  const pages = lang === 'ru-RU' ? { page: '\u0441.', pages: '\u0441.' } : { page: 'p.', pages: 'pp.' };
  return { lang, ...pages, paragraph: paragraphWord(style, lang === 'ru-RU' ? 'ru' : locale) };
}

/** A page label as locator text: letters, digits and - . / only. A label comes from the PDF
 *  (untrusted): "]", ";", "@" or "*" in it would end the citation or turn into Markdown. */
function locatorText(label: string | undefined): string {
  return (label ?? '').replace(/[^\p{L}\p{N}.\-\u2013/]/gu, '');
}

/** "p. 45", "pp. 45–46", "para. 87", "p. 12, para. 87" (page labels; PDF numbers when absent). */
export function pandocLocator(row: LocatedRow, t: PandocCiting): string {
  const first = locatorText(row.pageLabel) || String(row.page);
  const last = locatorText(row.pageEndLabel) || String(row.pageEnd);
  const page = row.pageEnd > row.page && last !== first ? `${t.pages} ${first}\u2013${last}` : `${t.page} ${first}`;
  return typeof row.paragraph === 'number' ? `${page}, ${t.paragraph} ${row.paragraph}` : page;
}

/** A key Pandoc reads bare: starts with a letter, digit or _, then letters, digits and internal
 *  :.#$%&-+?<>~/ (none of them last). */
const BARE_KEY = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*$/u;

/** What a key may hold at all: @{…} ends at the first "}", and a key is one line of text. */
const UNSAFE_IN_KEY = /[{}\s\\@\[\];,]/gu;

/** Keys made safe for @{…} and kept distinct ("a b" and "a_b" cannot both become "a_b"). */
export function pandocCitekeys(keys: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const [docId, key] of keys) {
    const base = key.replace(UNSAFE_IN_KEY, '_') || 'ref';
    let safe = base;
    for (let i = 2; taken.has(safe); i++) safe = `${base}_${i}`;
    taken.add(safe);
    out.set(docId, safe);
  }
  return out;
}

/** "@key", or "@{key}" for a key Pandoc would not read bare. */
export function pandocKeyRef(key: string): string {
  return BARE_KEY.test(key) ? `@${key}` : `@{${key}}`;
}

/** "[@key, p. 45]". */
export function pandocCitation(key: string, row: LocatedRow, citing: PandocCiting): string {
  return `[${pandocKeyRef(key)}, ${pandocLocator(row, citing)}]`;
}
