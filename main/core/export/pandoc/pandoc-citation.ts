// A passage's citation in Pandoc's citation syntax (pandoc manual, "Citations"): [@key, p. 45],
// [@key, pp. 45–46], [@key, para. 87], and [@key, p. 12, para. 87] when the passage has both (Pandoc
// takes one locator, the page, and keeps ", para. 87" as a suffix, which the style prints after
// it). The locator is the PRINTED page label, as in every other export (shared/citation.ts).
// Pandoc's citeproc recognises locator labels in the terms of the document's locale (its `lang`):
// in an en-US document "p."/"pp."/"para."; in a ru-RU one "p." is not a label and would be kept as
// text, so a Russian export writes the CSL ru-RU short terms "с." (page) and "п." (paragraph).
// Citekeys: Pandoc reads [@key] up to the first character that is not alphanumeric or internal
// punctuation; any other key (a Better BibTeX key from someone's library) is written as @{key}.
import type { EvidenceRow } from '../../../../shared/domain/evidence';
import type { LabelLanguage } from '../../../../shared/organisation-labels';

type LocatedRow = Pick<EvidenceRow, 'page' | 'pageEnd' | 'pageLabel' | 'pageEndLabel' | 'paragraph'>;

/** Locator labels citeproc parses, per locale (CSL locale short forms). */
export const PANDOC_LOCATOR_TERMS: Record<LabelLanguage, { page: string; pages: string; paragraph: string }> = {
  en: { page: 'p.', pages: 'pp.', paragraph: 'para.' },
  ru: { page: '\u0441.', pages: '\u0441.', paragraph: '\u043f.' },
};

/** The `lang:` of a Pandoc document in this report language (picks citeproc's locale). */
export const PANDOC_LANG: Record<LabelLanguage, string> = { en: 'en-US', ru: 'ru-RU' };

/** A page label as locator text: letters, digits and - . / only. A label comes from the PDF
 *  (untrusted): "]", ";", "@" or "*" in it would end the citation or turn into Markdown. */
function locatorText(label: string | undefined): string {
  return (label ?? '').replace(/[^\p{L}\p{N}.\-\u2013/]/gu, '');
}

/** "p. 45", "pp. 45–46", "para. 87", "p. 12, para. 87" (page labels; PDF numbers when absent). */
export function pandocLocator(row: LocatedRow, lang: LabelLanguage): string {
  const t = PANDOC_LOCATOR_TERMS[lang];
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
export function pandocCitation(key: string, row: LocatedRow, lang: LabelLanguage): string {
  return `[${pandocKeyRef(key)}, ${pandocLocator(row, lang)}]`;
}
