// Cases below the document (issue 14 item 4): a case is a named set of document segments
// (page ranges, 0-based and inclusive) with its own attributes. `country` is a COUNTRIES id
// (shared/domain/vocabulary.ts) or free text, '' when unknown; `attributes` holds any other
// attribute the user gives it, as text.

export interface CaseSegment {
  id: string;
  documentId: string;
  firstPage: number;
  lastPage: number;
  /** Character offsets into the first / last page's text; null: the whole page. */
  startOffset: number | null;
  endOffset: number | null;
}

export interface Case {
  id: string;
  name: string;
  country: string;
  attributes: Record<string, string>;
  segments: CaseSegment[];
  createdAt: string;
  updatedAt: string;
}

/** One entry of a PDF's outline (bookmarks): its title, 0-based level and target page. */
export interface OutlineEntry {
  title: string;
  level: number;
  /** 0-based page index of the destination; null when it cannot be resolved. */
  pageIndex: number | null;
}

/** A case the outline would make: the entry's title, its pages and the country it names. */
export interface PlannedCase {
  name: string;
  firstPage: number;
  lastPage: number;
  country: string;
}

export interface OutlinePlan {
  documentId: string;
  pageCount: number;
  /** Entries per level (index = level): what the level picker offers. */
  levels: number[];
  /** The level the plan uses: the asked one, else the level with the most entries. */
  level: number;
  cases: PlannedCase[];
  /** Where the entries came from: the PDF's outline, or headings found in its layout (a PDF
   *  without an outline; main/core/cases/heading-cases.ts). Absent: the outline. */
  source?: CaseSource;
}

export type CaseSource = 'outline' | 'headings';

/** A case the user makes by hand from a page range of one document (0-based, inclusive). */
export interface ManualCaseInput {
  documentId: string;
  name: string;
  firstPage: number;
  lastPage: number;
  country?: string;
}

export interface CasePatch {
  name?: string;
  country?: string;
  attributes?: Record<string, string>;
}
