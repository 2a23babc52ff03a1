// The printed page(s) of a passage as the evidence browser lists them: "p. 3", "p. iv",
// "p. 3–4" (en dash) when a passage crosses pages, "с. 3" in Russian. The page is the PRINTED
// one (the PDF's page label, a detected or corrected number; see shared/pdf/page-labels.ts),
// falling back to the PDF page number for rows that carry no label. Citations themselves —
// exports, "Copy with citation" — are made in the user's CSL style by the backend
// (main/core/citation/: citeproc-js with the styles in assets/csl), not here.
import type { EvidenceRow } from './domain/evidence';
import type { LabelLanguage } from './organisation-labels';

/** The page abbreviation per language (GOST R 7.0.12: "с."). */
export const PAGE_WORD: Record<LabelLanguage, string> = { en: 'p.', ru: '\u0441.' };

/** "p. 3", "p. iv", "p. 3\u20134" ("с. 3" in Russian), from the printed labels (PDF numbers when absent). */
export function pagesCited(row: Pick<EvidenceRow, 'page' | 'pageEnd' | 'pageLabel' | 'pageEndLabel'>, lang: LabelLanguage = 'en'): string {
  const p = PAGE_WORD[lang];
  const first = row.pageLabel || String(row.page);
  const last = row.pageEndLabel || String(row.pageEnd);
  return row.pageEnd > row.page && last !== first ? `${p} ${first}\u2013${last}` : `${p} ${first}`;
}
