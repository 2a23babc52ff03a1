// Plain document types shared by backend and renderer. Dates are ISO strings.
import type { PageLabelFix } from '../pdf/page-labels';
import type { AttributeFilterTerm } from './attribute';

export type { PageLabelFix };

/** Printed page numbers found at import: the PDF's /PageLabels or numbers detected in the
 *  headers and footers; one label per page. */
export interface StoredPageLabels {
  source: 'pdf' | 'detected';
  labels: string[];
}

/** Attribute values are vocabulary ids (see vocabulary.ts) or '' when unknown. */
/**
 * Which extractor produced a document's stored page texts, so an upgrade can tell which
 * documents to re-check (glossa recheck-anchors): the pdf.js version, the version of the
 * page-text rule (PAGE_TEXT_VERSION in shared/pdf/page-text.ts) and, for scanned pages, the
 * OCR engine with its own version and its language data's version.
 */
export interface DocumentExtractor {
  pdfjs: string;
  textVersion: number;
  ocr?: { engine: string; version: string; data: string };
}

export interface DocumentMeta {
  id: string;
  sha256: string;
  fileName: string;
  title: string;
  author: string;
  /** Issuing organisation (actor), an ORGANISATIONS id or ''. */
  organisation: string;
  /** COUNTRIES ids; several allowed. */
  countries: string[];
  year: number | null;
  /** DOCUMENT_TYPES id or ''. */
  docType: string;
  /** LANGUAGES id, detected at import and editable. */
  language: string;
  pageCount: number;
  byteSize: number;
  /** Creation date from the PDF's info dictionary, ISO, if any. */
  pdfDate: string | null;
  importedAt: string;
  updatedAt: string;
  /** Printed page labels found at import; null or absent: printed = PDF page numbers.
   *  Cite through documentPageLabels (shared/pdf/page-labels.ts), which applies the fix. */
  pageLabels?: StoredPageLabels | null;
  /** The user's correction "PDF page 7 is printed page 3"; null or absent: none. */
  pageLabelFix?: PageLabelFix | null;
  /** The extractor of the stored texts; null or absent: not recorded (imported before it was). */
  extractor?: DocumentExtractor | null;
}

export type DocumentPatch = Partial<
  Pick<DocumentMeta, 'title' | 'author' | 'organisation' | 'countries' | 'year' | 'docType' | 'language' | 'pageLabelFix'>
>;

export interface DocumentFilter {
  /** Attributes the user defined (shared/domain/attribute.ts): every term must match. */
  attributes?: AttributeFilterTerm[];
  organisations?: string[];
  countries?: string[];
  yearFrom?: number;
  yearTo?: number;
  docTypes?: string[];
  languages?: string[];
  /** Substring match on title / file name. */
  text?: string;
}

export interface ReadingPosition {
  pageIndex: number;
  /** Zoom: a number (scale, 1 = 100%) or a fit mode. */
  zoom: number | 'fit-width' | 'fit-page';
  /** Fraction (0..1) of the page scrolled past the top of the viewport. */
  pageOffset: number;
}

/** What removing a document takes with it (shown in the confirmation, returned by the removal). */
export interface DocumentRemovalInfo {
  /** Highlights (text and area). */
  annotations: number;
  /** Code links of those highlights. */
  codings: number;
  /** Highlights with a comment (a passage's memo). */
  comments: number;
  /** Whether the document has a memo of its own. */
  memo: boolean;
}

/** What re-extracting a document's text and re-anchoring its highlights found (and did). */
export interface AnchorRecheck {
  documentId: string;
  title: string;
  /** The extractor the stored texts came from (null: not recorded) and the current one. */
  stored: DocumentExtractor | null;
  current: DocumentExtractor;
  /** Pages whose re-extracted text differs from the stored text. */
  pagesChanged: number;
  highlights: number;
  /** Found where they were. */
  unchanged: number;
  /** Found at a different offset or page. */
  moved: number;
  /** Not found in the new text: kept, flagged as orphans when applied. */
  orphaned: number;
  /** True when the new texts and positions were written (one undoable action). */
  applied: boolean;
}
