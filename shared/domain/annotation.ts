// Annotations (highlights) stored in PDF space plus W3C Web Annotation text selectors, so a
// highlight can be redrawn at any zoom and re-anchored when the text shifts. An annotation
// that cannot be placed is an orphan: flagged and listed, never deleted.

/** A rectangle in PDF user-space points of its page (origin bottom-left, as in PDF). */
export interface PdfRect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to 32 characters before / after `exact` in the page text. */
  prefix: string;
  suffix: string;
}

/** Offsets in Unicode code points into the page text (shared/pdf/page-text.ts). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** One page's part of an annotation: a selection across a page break has one target per page. */
export interface AnnotationTarget {
  pageIndex: number;
  rects: PdfRect[];
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
}

export type AnnotationKind = 'text' | 'area';
export type AnchorStatus = 'anchored' | 'reanchored' | 'orphan';

export interface Annotation {
  id: string;
  documentId: string;
  kind: AnnotationKind;
  targets: AnnotationTarget[];
  /** Explicit colour (#rrggbb) when no code gives one; null = take the codes' colour. */
  color: string | null;
  /** The passage memo (Markdown). */
  comment: string;
  codeIds: string[];
  /** Reading order: zero-padded "page|offset|top", compared as strings. */
  sortIndex: string;
  anchorStatus: AnchorStatus;
  /** Who created the highlight. */
  coderId: string;
  /** Who made the latest edit; null while nobody has edited it since it was created. */
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export type NewAnnotation = Pick<Annotation, 'documentId' | 'kind' | 'targets' | 'color' | 'comment' | 'codeIds'>;

export type AnnotationPatch = Partial<Pick<Annotation, 'color' | 'comment' | 'codeIds' | 'targets' | 'anchorStatus'>>;

export interface AnnotationFilter {
  documentId?: string;
  codeIds?: string[];
  coderIds?: string[];
}

/** Where a page of a document's highlights ends in reading order (the keyset of the next page). */
export interface AnnotationCursor {
  sortIndex: string;
  createdAt: string;
  id: string;
}

/** One page of a document's highlights in reading order, after `after` (none: the first page). */
export interface AnnotationPageQuery {
  documentId: string;
  codeIds?: string[];
  coderIds?: string[];
  after?: AnnotationCursor | null;
  limit?: number;
}

/** A page of highlights with the counts of all of them (the filter's, not the page's). */
export interface AnnotationPage {
  items: Annotation[];
  total: number;
  orphans: number;
  /** The cursor of the next page; null after the last one. */
  next: AnnotationCursor | null;
}
