// The attributes editor's form state and the patch it sends (only the fields that changed),
// kept out of the component so it is unit-tested.
import type { DocumentMeta, DocumentPatch } from '../../../shared/domain/document';
import { parseYear } from './library-table';

export interface AttributesForm {
  title: string;
  author: string;
  organisation: string;
  countries: string[];
  year: string;
  docType: string;
  language: string;
}

export function formFromDocument(d: DocumentMeta): AttributesForm {
  return {
    title: d.title,
    author: d.author,
    organisation: d.organisation,
    countries: [...d.countries],
    year: d.year === null ? '' : String(d.year),
    docType: d.docType,
    language: d.language,
  };
}

/** A year box is valid when empty or a year between 1900 and 2100. */
export function isYearValid(text: string): boolean {
  return text.trim() === '' || parseYear(text) !== null;
}

export function buildPatch(d: DocumentMeta, f: AttributesForm): DocumentPatch {
  const patch: DocumentPatch = {};
  const title = f.title.trim();
  if (title !== d.title && title !== '') patch.title = title;
  if (f.author.trim() !== d.author) patch.author = f.author.trim();
  if (f.organisation !== d.organisation) patch.organisation = f.organisation;
  const sameCountries =
    f.countries.length === d.countries.length && f.countries.every((c) => d.countries.includes(c));
  if (!sameCountries) patch.countries = f.countries;
  const year = f.year.trim() === '' ? null : parseYear(f.year);
  if (isYearValid(f.year) && year !== d.year) patch.year = year;
  if (f.docType !== d.docType) patch.docType = f.docType;
  if (f.language !== d.language) patch.language = f.language;
  return patch;
}
