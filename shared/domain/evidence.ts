// Evidence: coded passages as they come back out — the evidence browser's rows and the
// input of every export format. One EvidenceRow per coding (annotation x code).

import type { AnnotationKind, AnnotationTarget, PdfRect } from './annotation';
import type { AttributeFilterTerm } from './attribute';
import type { DocumentBibliography } from './bibliography';
import type { EvidenceLink } from './passage-links';
import type { CooccurrenceMode } from '../query/code-cooccurrence';
import type { QueryPassage } from '../query/query-passage';
import type { Case } from './case';
import type { CitationLocale, CitationStyleId } from '../csl/citation-styles';
import type { Issuer } from '../attributes/document-issuers';

export interface EvidenceFilter {
  codeIds?: string[];
  /** 'any': a passage with at least one of codeIds; 'all': with every one of them. */
  codeMatch?: 'any' | 'all';
  /** Include codings on descendants of codeIds. */
  includeSubcodes?: boolean;
  organisations?: string[];
  /** Attributes the user defined: documents whose value is one of the term's values. */
  attributes?: AttributeFilterTerm[];
  countries?: string[];
  yearFrom?: number;
  yearTo?: number;
  docTypes?: string[];
  languages?: string[];
  coderIds?: string[];
  documentIds?: string[];
  /** Substring in the quote or comment (case-insensitive, ё/е folded). */
  text?: string;
  /** A coding query (shared/query/query-syntax.ts): only the passages it finds. */
  query?: string;
  /** Only passages flagged as exemplar quotes (migration 0016). */
  exemplarsOnly?: boolean;
  /** Only passages lying in one of these cases (by id; main/core/cases/case-filter.ts). */
  caseIds?: string[];
  /** Only passages lying in a case of one of these countries (the case's country attribute). */
  caseCountries?: string[];
  /** The passages a query found: set by the backend from `query`, never taken from callers. */
  annotationIds?: string[];
}

export interface EvidenceDocument {
  id: string;
  title: string;
  fileName: string;
  organisation: string;
  countries: string[];
  year: number | null;
  docType: string;
  language: string;
  /** SHA-256 of the PDF (hex), when known: exports name the source as urn:sha256:<hex>. */
  sha256?: string;
  /** The document's free-text author ("Family, Given; Family2, Given2" or an institution; ''
   *  for none): a document without a bibliographic record is cited by it before its organisation. */
  author?: string;
  /** The issuing organisations when a user attribute replaces `organisation` (issue 14 item 3;
   *  shared/attributes/document-issuers.ts), in the order ticked; absent or [] = `organisation`. */
  issuers?: Issuer[];
  /** The document's bibliographic record (Zotero or an attached CSL-JSON/BibTeX/RIS entry),
   *  when it has one; citations fall back to CSL data derived from the attributes above. */
  bibliography?: DocumentBibliography | null;
}

export interface EvidenceRow {
  annotationId: string;
  codeId: string;
  /** Code names from root to leaf, e.g. ['Influence instruments', 'Knowledge production']. */
  codePath: string[];
  codeColor: string;
  document: EvidenceDocument;
  /** 1-based page number of the first target (what a citation shows). */
  page: number;
  /** 1-based last page when the passage crosses a page break. */
  pageEnd: number;
  /** Printed page labels of `page` and `pageEnd` (what citations show); absent: the PDF numbers. */
  pageLabel?: string;
  pageEndLabel?: string;
  /** Number of the numbered paragraph ("87.") the passage starts in, if the document numbers them. */
  paragraph?: number | null;
  /** The quote as a person reads it (shared/text/readable-quote.ts): what screens, the
   *  clipboard and every export show. */
  quote: string;
  /** The stored exact text (targets' TextQuoteSelector exacts joined with a space), with the
   *  page's line breaks: for the W3C selectors and for finding the passage again. Absent: = quote. */
  exact?: string;
  comment: string;
  coderId: string;
  coderName: string;
  /** Who last edited the passage, when someone other than this coding's coder did. */
  editedByName?: string;
  createdAt: string;
  updatedAt: string;
  /** Optional W3C selector details of the first target (Web Annotation export): code-point
   *  offsets into the text of `page`, and up to 32 characters around the quote. */
  textPosition?: { start: number; end: number } | null;
  prefix?: string;
  suffix?: string;
  /** Flagged as an exemplar quote (the passage that best shows its code); absent: not flagged. */
  exemplar?: boolean;
  /** An area highlight's region (its first target: 0-based page, the rect around its rects, in
   *  PDF points): the report exports print the image of that region. Absent: a text highlight. */
  area?: { pageIndex: number; rect: PdfRect } | null;
  /** The passage's links to other passages (migration 0016), both ways; absent: none. */
  links?: EvidenceLink[];
}

/** One highlight as the W3C Web Annotation export carries it: every target (one per page
 *  it spans, rects and selectors), its codes (those the filter selected; none when uncoded)
 *  and the citation fields of EvidenceRow (times are the highlight's own). */
export interface EvidencePassage extends Omit<EvidenceRow, 'codeId' | 'codePath' | 'codeColor'> {
  kind: AnnotationKind;
  targets: AnnotationTarget[];
  /** The highlight's own colour (#rrggbb) when it has one. */
  color: string | null;
  codes: Array<{ id: string; path: string[]; color: string }>;
}

/** Codebook entry as exports show it. */
export interface EvidenceCode {
  id: string;
  parentId: string | null;
  path: string[];
  color: string;
  definition: string;
  inclusion: string;
  exclusion: string;
}

export interface EvidenceMemo {
  /** 'memo': a titled memo of the research journal (targetLabel is its title). */
  targetType: 'project' | 'document' | 'code' | 'annotation' | 'memo';
  targetLabel: string;
  body: string;
  /** A journal memo's links, as the items are called ("Funding › Co-funding", a document's title). */
  links?: string[];
}

/** Everything an export needs, assembled once by the backend. */
export interface EvidenceBundle {
  /** The project's title ('' when it has none but its file name). */
  projectName: string;
  /** The project's stable id (meta id): each exported passage links back to it (glossa://open…);
   *  absent in hand-made bundles, whose passages then carry no link. */
  projectId?: string;
  generatedAt: string;
  filterSummary: string;
  codes: EvidenceCode[];
  rows: EvidenceRow[];
  /** Every highlight the selection covers, coded or not (buildEvidenceBundle fills it);
   *  absent in hand-made bundles: the JSON-LD writer then derives passages from the rows. */
  passages?: EvidencePassage[];
  /** PDF bytes of the documents with area highlights, by document id: the JSON-LD export
   *  reads their page sizes for the xywh boxes, the reports render the areas' images. */
  areaPdfs?: Record<string, Uint8Array>;
  memos: EvidenceMemo[];
  /** The project's cases (issue 14): the reports' tables group codings by case country. */
  cases?: Case[];
  /** Where the rows' passages lie in their documents: the reports' co-occurrence matrix counts
   *  overlapping passages, as the analysis view does. Absent (hand-made bundles): passages
   *  carrying both codes only. */
  placed?: QueryPassage[];
}

export type ExportFormat = 'docx' | 'html' | 'md' | 'pdf' | 'csv' | 'xlsx' | 'jsonld';

export interface ExportOptions {
  format: ExportFormat;
  includeMemos?: boolean;
  /** Which memos the Memos section holds: those linked to the report's codes and documents
   *  (default; the project memo always), or every memo of the project. */
  memoScope?: 'linked' | 'all';
  includeTables?: boolean;
  /** Language of the report formats: every heading and label, code and organisation names,
   *  the citation's "p."/"с.". */
  language?: 'en' | 'ru';
  /** Title of the report; omitted: the project's title. */
  title?: string;
  /** List every code in the report's codebook, not only those its passages carry. */
  fullCodebook?: boolean;
  /** Citation style of every citation and of the closing bibliography (assets/csl); omitted:
   *  Chicago author-date. */
  style?: CitationStyleId;
  /** Locale of the citations ("p." or "с.", "and" or "и"); omitted: the report language. */
  locale?: CitationLocale;
  /** Markdown only: cite as Pandoc does ([@citekey, p. 45]) and write a bibliography file of the
   *  cited documents beside the report (its companion file, same base name). */
  pandoc?: boolean;
  /** That bibliography's format; default CSL-JSON. */
  bibliography?: 'csl-json' | 'bibtex';
  /** Set by the backend, not the caller: the bibliography's file name as the Markdown's
   *  metadata names it (companionFileName of the report's own name). */
  bibliographyFile?: string;
}

// --- the evidence browser, analysis views and export jobs (issue 4's UI and channels) ---

export type EvidenceGroupBy = 'code' | 'document';

export interface EvidenceQuery {
  filter: EvidenceFilter;
  /** 'code': one item per coding, ordered by codebook; 'document': one item per passage. */
  groupBy: EvidenceGroupBy;
  offset?: number;
  limit?: number;
}

/** A code as the browser's colour chips show it. */
export interface EvidenceChip {
  id: string;
  path: string[];
  color: string;
}

/** One browser row: the coding (or, grouped by document, the passage's first matching coding)
 *  plus every code the passage carries. */
export interface EvidenceItem extends EvidenceRow {
  passageCodes: EvidenceChip[];
  anchorStatus: 'anchored' | 'reanchored' | 'orphan';
}

export interface EvidencePage {
  items: EvidenceItem[];
  /** Items matching the filter (codings when grouped by code, passages by document). */
  total: number;
  /** For each group the page's items fall in (code id grouped by code, document id by document):
   *  the items of that group matching the filter, loaded or not. */
  groupTotals: Record<string, number>;
  /** On the first page: codings per code (own, by code id) matching the filter apart from its
   *  code selection, so the code tree's counts follow the active filters. */
  codeCounts?: Record<string, number>;
}

export interface EvidenceTableCode {
  codeId: string;
  codePath: string[];
}

export interface EvidenceFrequencyTable {
  by: 'organisation' | 'country' | 'year' | 'case' | 'caseCountry';
  /** Vocabulary ids, years as strings or case ids; '' (unknown, or in no case) last. */
  columns: string[];
  rows: Array<EvidenceTableCode & { counts: number[]; total: number }>;
  /** Case dimensions: pages (summed over the cases' segments) and cases behind each column. */
  columnPages?: number[];
  columnCases?: number[];
  /** Organisation columns not in the organisation list (a choice the user added to the attribute
   *  replacing the organisation field): their names, by column key. */
  columnNames?: Record<string, { en: string; ru: string }>;
}

export interface EvidenceTables {
  frequencies: {
    organisation: EvidenceFrequencyTable;
    country: EvidenceFrequencyTable;
    year: EvidenceFrequencyTable;
    /** By the cases a coding lies in, and by those cases' country (issue 14). */
    case: EvidenceFrequencyTable;
    caseCountry: EvidenceFrequencyTable;
  };
  /** Names of the cases the case table's columns are keyed by. */
  caseNames: Record<string, string>;
  /** counts[i][j]: pairs of passages of codes[i] and codes[j] that overlap (or lie near each
   *  other, by `mode`), a highlight carrying both counting once; the diagonal counts passages
   *  per code. c: ATLAS.ti's c-coefficient (null on the diagonal); distorted: pairs outnumber
   *  what c can describe (shared/query/code-cooccurrence.ts). */
  cooccurrence: { codes: EvidenceTableCode[]; counts: number[][]; c: Array<Array<number | null>>; distorted: boolean[][]; mode: CooccurrenceMode };
  documentCodes: {
    documents: Array<{ id: string; title: string; organisation: string; year: number | null }>;
    codes: EvidenceTableCode[];
    counts: number[][];
  };
  /** Colours of the codes in the tables, by id. */
  colors: Record<string, string>;
  codingCount: number;
  passageCount: number;
}

export interface ExportStartInput {
  format: ExportFormat;
  /** Omitted: the whole project. */
  filter?: EvidenceFilter;
  options?: Omit<ExportOptions, 'format'>;
  /** Absolute path to write (Electron, CLI); omitted in the web host: fetch with export.result. */
  path?: string;
}

export interface ExportJobProgress {
  jobId: string;
  format: ExportFormat;
  /** 0..1 */
  fraction: number;
  finished: boolean;
  /** Set when finished with an error (code 'export.cancelled' after a cancel). */
  error?: { code: string; message: string };
  /** When finished: where the file went (Electron) or null (fetch with export.result). */
  path?: string | null;
  byteSize?: number;
  rowCount?: number;
  /** Suggested file name for a download, e.g. glossa-evidence-2024-05-01.docx. */
  fileName?: string;
  /** A Pandoc Markdown export's bibliography, written beside the report: its path (Electron)
   *  or null (fetch with export.result { part: 'companion' }), and its download name. */
  companionPath?: string | null;
  companionFileName?: string;
}
