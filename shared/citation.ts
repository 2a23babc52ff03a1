// The citation line under every exported quote and on the clipboard:
// "Organisation (Year), Title, p. N", with "p. N–M" (en dash) when a passage crosses pages
// and ", para. 87" when the passage lies in a numbered paragraph. N is the PRINTED page
// (the PDF's page label, a detected or corrected number; see shared/pdf/page-labels.ts),
// falling back to the PDF page number for rows that carry no label.
// In a Russian report the same line reads "ОБСЕ/БДИПЧ (2019), Title, с. 12, п. 87" (GOST
// R 7.0.100 abbreviations: "с." page, "п." paragraph, "б. г." no year).
// Pure and shared: the exports (main) and the evidence browser's "copy with citation" (renderer).
import type { EvidenceRow } from './domain/evidence';
import { organisationLabel, type LabelLanguage } from './organisation-labels';

type CitedRow = Pick<EvidenceRow, 'document' | 'page' | 'pageEnd' | 'pageLabel' | 'pageEndLabel' | 'paragraph'>;

/** The abbreviations a citation uses, per language. */
export const CITATION_WORDS: Record<LabelLanguage, { page: string; paragraph: string; noYear: string }> = {
  en: { page: 'p.', paragraph: 'para.', noYear: 'n.d.' },
  ru: { page: '\u0441.', paragraph: '\u043f.', noYear: '\u0431. \u0433.' },
};

/** "p. 3", "p. iv", "p. 3\u20134" ("с. 3" in Russian), from the printed labels (PDF numbers when absent). */
export function pagesCited(row: Pick<CitedRow, 'page' | 'pageEnd' | 'pageLabel' | 'pageEndLabel'>, lang: LabelLanguage = 'en'): string {
  const p = CITATION_WORDS[lang].page;
  const first = row.pageLabel || String(row.page);
  const last = row.pageEndLabel || String(row.pageEnd);
  return row.pageEnd > row.page && last !== first ? `${p} ${first}\u2013${last}` : `${p} ${first}`;
}

export function citation(row: CitedRow, lang: LabelLanguage = 'en'): string {
  const { document: doc } = row;
  const words = CITATION_WORDS[lang];
  const year = doc.year === null ? words.noYear : String(doc.year);
  const organisation = organisationLabel(doc.organisation, lang);
  const title = doc.title || doc.fileName;
  // Without an organisation the year moves after the title: "(2019), Title" reads like an error.
  const head = organisation ? `${organisation} (${year}), ${title}` : `${title} (${year})`;
  const paragraph = typeof row.paragraph === 'number' ? `, ${words.paragraph} ${row.paragraph}` : '';
  return `${head}, ${pagesCited(row, lang)}${paragraph}`;
}

/** A passage as pasted into a paper ("copy with citation"): the quote in typographic quotes,
 *  an em dash, then its citation: “quote” — Organisation (Year), Title, p. N. */
export function quoteWithCitation(row: CitedRow & Pick<EvidenceRow, 'quote'>, lang: LabelLanguage = 'en'): string {
  return `\u201c${row.quote}\u201d \u2014 ${citation(row, lang)}`;
}
