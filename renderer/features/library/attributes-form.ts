// The attributes editor's form state and the patch it sends (only the fields that changed),
// kept out of the component so it is unit-tested.
import type { DocumentMeta, DocumentPatch, PageLabelFix } from '../../../shared/domain/document';
import { parseYear } from './library-table';

export interface AttributesForm {
  title: string;
  author: string;
  organisation: string;
  countries: string[];
  year: string;
  docType: string;
  language: string;
  /** The printed-page correction "PDF page {fixPdfPage} is printed page {fixPrinted}"; both empty: none. */
  fixPdfPage: string;
  fixPrinted: string;
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
    fixPdfPage: d.pageLabelFix ? String(d.pageLabelFix.pdfPage) : '',
    fixPrinted: d.pageLabelFix ? String(d.pageLabelFix.printed) : '',
  };
}

/** The correction the two boxes describe: null for none, undefined when they are not valid
 *  (one box empty, not a whole number, or a PDF page the document does not have). */
export function pageFixOf(d: DocumentMeta, f: AttributesForm): PageLabelFix | null | undefined {
  const pdf = f.fixPdfPage.trim();
  const printed = f.fixPrinted.trim();
  if (pdf === '' && printed === '') return null;
  if (!/^\d{1,6}$/.test(pdf) || !/^\d{1,6}$/.test(printed)) return undefined;
  const fix = { pdfPage: Number(pdf), printed: Number(printed) };
  return fix.pdfPage >= 1 && fix.pdfPage <= d.pageCount && fix.printed >= 1 ? fix : undefined;
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
  const fix = pageFixOf(d, f);
  const old = d.pageLabelFix ?? null;
  if (fix !== undefined && (fix?.pdfPage !== old?.pdfPage || fix?.printed !== old?.printed)) patch.pageLabelFix = fix;
  return patch;
}
