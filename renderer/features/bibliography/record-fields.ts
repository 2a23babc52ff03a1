// What the properties panel shows of a document's bibliographic record, read-only: its CSL
// type, authors (institutions as they are, persons "Family, Given"), date, publisher with its
// place, number, URL, citekey and source. Also the short label of an entry in the attach
// table. Pure functions over plain CSL data.
import { nameText } from '../../../shared/csl/csl-attributes';
import type { CslDate, CslItem, DocumentBibliography } from '../../../shared/domain/bibliography';

export type RecordField = 'type' | 'authors' | 'date' | 'publisher' | 'number' | 'url' | 'citekey';

export function dateText(date: CslDate | undefined): string {
  if (!date) return '';
  if (typeof date.literal === 'string') return date.literal;
  const parts = date['date-parts']?.[0];
  if (!Array.isArray(parts)) return '';
  return parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-');
}

export function recordFields(rec: DocumentBibliography): Array<{ field: RecordField; value: string }> {
  const csl = rec.csl;
  const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  const authors = Array.isArray(csl.author) ? csl.author.map(nameText).filter(Boolean).join('; ') : '';
  const publisher = [str(csl.publisher), str(csl['publisher-place'])].filter(Boolean).join(', ');
  const out: Array<{ field: RecordField; value: string }> = [
    { field: 'type', value: [str(csl.type), str(csl.genre)].filter(Boolean).join(' · ') },
    { field: 'authors', value: authors },
    { field: 'date', value: dateText(csl.issued) },
    { field: 'publisher', value: publisher },
    { field: 'number', value: str(csl.number) },
    { field: 'url', value: str(csl.URL) || (str(csl.DOI) ? `https://doi.org/${str(csl.DOI)}` : '') },
    { field: 'citekey', value: rec.citekey ?? '' },
  ];
  return out.filter((f) => f.value !== '');
}

/** "Title (2019)" or the first author when the entry has no title. */
export function entryLabel(csl: CslItem): string {
  const title = typeof csl.title === 'string' && csl.title.trim() ? csl.title : Array.isArray(csl.author) && csl.author[0] ? nameText(csl.author[0]) : '?';
  const year = dateText(csl.issued).slice(0, 4);
  return year ? `${title} (${year})` : title;
}
