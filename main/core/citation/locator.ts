// The locator of a cited passage, as CSL takes it (one locator + label per cite). A passage
// is cited by its PRINTED page (the row's page labels: a detected or corrected number, "iv",
// else the PDF page number), "45–46" with an en dash when it crosses pages. A passage in a
// numbered paragraph (UN, OSCE and Council of Europe documents number theirs) is cited by
// BOTH: "45, para. 87" under the label 'page' — the page finds the passage in this edition,
// the paragraph in every other edition and language version (and the old house style gave
// both, "p. 45, para. 87"). The style prints its page label before it ("p. 45, para. 87" in
// APA, "45, para. 87" in Chicago, "с. 45, п. 87" in GOST); the paragraph word is the
// locale's short term, OSCOLA's own "para" (no full stops in OSCOLA). In an in-text style the
// paragraph is the cite's suffix, after the page: inside the locator citeproc-js would read
// "1, п. 1" as a list of pages and print "сс." (it recognises only Latin label words); a note
// style (OSCOLA) prints no page word, and a suffix there would land after the URL.
import type { EvidenceRow } from '../../../shared/domain/evidence';
import type { CitationLocale, CitationStyleId } from '../../../shared/csl/citation-styles';

export type CitedPlace = Pick<EvidenceRow, 'page' | 'pageEnd' | 'pageLabel' | 'pageEndLabel' | 'paragraph'>;

/** The short "paragraph" term per locale (CSL locales en-US/en-GB "para.", ru-RU "п."). */
const PARAGRAPH_WORD: Record<CitationLocale, string> = { en: 'para.', ru: '\u043f.' };

/** "45", "iv", "45–46" from the printed labels (PDF numbers when absent). */
export function printedPages(row: Pick<CitedPlace, 'page' | 'pageEnd' | 'pageLabel' | 'pageEndLabel'>): string {
  const first = row.pageLabel || String(row.page);
  const last = row.pageEndLabel || String(row.pageEnd);
  return row.pageEnd > row.page && last !== first ? `${first}\u2013${last}` : first;
}

export function paragraphWord(style: CitationStyleId, locale: CitationLocale): string {
  return style === 'oscola' && locale === 'en' ? 'para' : PARAGRAPH_WORD[locale];
}

export function cslLocator(
  row: CitedPlace, style: CitationStyleId, locale: CitationLocale, noteStyle: boolean,
): { locator: string; label: 'page'; suffix?: string } {
  const pages = printedPages(row);
  if (typeof row.paragraph !== 'number') return { locator: pages, label: 'page' };
  const paragraph = `, ${paragraphWord(style, locale)} ${row.paragraph}`;
  return noteStyle ? { locator: pages + paragraph, label: 'page' } : { locator: pages, label: 'page', suffix: paragraph };
}
