// Evidence: coded passages as they come back out — the evidence browser's rows and the
// input of every export format. One EvidenceRow per coding (annotation x code).

export interface EvidenceFilter {
  codeIds?: string[];
  /** 'any': a passage with at least one of codeIds; 'all': with every one of them. */
  codeMatch?: 'any' | 'all';
  /** Include codings on descendants of codeIds. */
  includeSubcodes?: boolean;
  organisations?: string[];
  countries?: string[];
  yearFrom?: number;
  yearTo?: number;
  docTypes?: string[];
  languages?: string[];
  coderIds?: string[];
  documentIds?: string[];
  /** Substring in the quote or comment (case-insensitive, ё/е folded). */
  text?: string;
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
  /** The exact quote (targets joined with a space). */
  quote: string;
  comment: string;
  coderId: string;
  coderName: string;
  createdAt: string;
  updatedAt: string;
  /** Optional W3C selector details of the first target (Web Annotation export): code-point
   *  offsets into the text of `page`, and up to 32 characters around the quote. */
  textPosition?: { start: number; end: number } | null;
  prefix?: string;
  suffix?: string;
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
  targetType: 'project' | 'document' | 'code' | 'annotation';
  targetLabel: string;
  body: string;
}

/** Everything an export needs, assembled once by the backend. */
export interface EvidenceBundle {
  projectName: string;
  generatedAt: string;
  filterSummary: string;
  codes: EvidenceCode[];
  rows: EvidenceRow[];
  memos: EvidenceMemo[];
}

export type ExportFormat = 'docx' | 'html' | 'md' | 'pdf' | 'csv' | 'xlsx' | 'jsonld';

export interface ExportOptions {
  format: ExportFormat;
  includeMemos?: boolean;
  includeTables?: boolean;
  /** UI language for headings of the report formats. */
  language?: 'en' | 'ru';
}
