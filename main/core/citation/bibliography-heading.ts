// The heading over a report's list of cited documents, as each style's guide names it:
// "References" (Chicago author-date, APA 7), "Reference list" (Cite Them Right), "Bibliography"
// (OSCOLA); a Russian report's "Список литературы" (GOST R 7.0.5, and any style in Russian).
import type { CitationStyleId } from '../../../shared/csl/citation-styles';

const ENGLISH: Record<CitationStyleId, string> = {
  'chicago-author-date': 'References',
  apa: 'References',
  'harvard-cite-them-right': 'Reference list',
  oscola: 'Bibliography',
  'gost-r-7-0-5-2008-author-date': 'References',
};

export function bibliographyHeading(style: CitationStyleId, language: 'en' | 'ru'): string {
  return language === 'ru' ? '\u0421\u043f\u0438\u0441\u043e\u043a \u043b\u0438\u0442\u0435\u0440\u0430\u0442\u0443\u0440\u044b' : ENGLISH[style];
}
