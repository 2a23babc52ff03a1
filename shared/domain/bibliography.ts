// Bibliographic metadata of a document: one CSL-JSON item (the data model of the Citation
// Style Language, what Zotero, citeproc-js, citation-js and pandoc --citeproc all speak),
// where it came from (Zotero, a CSL-JSON / BibTeX / RIS file the user attached) and the keys
// that let a re-import find it again (Zotero library + item key) or let a paper cite it
// (Better BibTeX citekey). Documents without a record get CSL data derived from their
// attributes at export time (shared/citation/ derives it); nothing here is required.

/** A CSL name: a person (family/given) or an institution (literal). */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** CSL date: date-parts [[year, month?, day?]] or a literal. */
export interface CslDate {
  'date-parts'?: Array<Array<number | string>>;
  literal?: string;
}

/** The subset of CSL-JSON Glossa stores and cites; other CSL variables are kept as given. */
export interface CslItem {
  /** CSL item type: 'report', 'book', 'article-journal', 'legislation', 'document', ... */
  type: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  publisher?: string;
  'publisher-place'?: string;
  /** Report or document number ("CAT/C/UKR/CO/6", "GRETA(2018)20"). */
  number?: string;
  genre?: string;
  'container-title'?: string;
  'collection-title'?: string;
  URL?: string;
  DOI?: string;
  ISBN?: string;
  language?: string;
  'title-short'?: string;
  note?: string;
  [variable: string]: unknown;
}

export type BibliographySource = 'zotero' | 'csl-json' | 'bibtex' | 'ris';

export interface DocumentBibliography {
  documentId: string;
  /** The CSL item without its `id` (the citation layer sets id = citekey or document id). */
  csl: CslItem;
  source: BibliographySource;
  /** Zotero library id and 8-character item key, when the item came from Zotero. */
  zoteroLibraryId: number | null;
  zoteroKey: string | null;
  /** Better BibTeX citekey or the BibTeX entry key, when known: Pandoc cites by it. */
  citekey: string | null;
  updatedAt: string;
}
