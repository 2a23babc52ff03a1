// Auto-coding: code every hit of a search in the stored page texts with one code. The hits are
// previewed first; applying them is one undoable action.
import type { TextQuoteSelector } from './annotation';

/** search: the project search's syntax and hits; words/phrase: older spellings of a search query. */
export type AutocodeMode = 'search' | 'words' | 'phrase' | 'regex';
export type AutocodeExtend = 'none' | 'sentence' | 'paragraph';

export interface AutocodeRequest {
  query: string;
  /** search: exactly what project search finds for this query (words, "phrases", prefix*, OR,
   *  -NOT, NEAR(a b, n)); words: any of the words; phrase: the words in this order;
   *  regex: a JavaScript regular expression (case-insensitive). */
  mode: AutocodeMode;
  /** Search modes only: exact word forms (as the search toggle); all forms otherwise. */
  exact?: boolean;
  extend: AutocodeExtend;
  codeId: string;
  /** Restrict to these documents; all documents when omitted. */
  documentIds?: string[];
}

export interface AutocodeHit {
  /** Stable identity of the hit: `${documentId}:${pageIndex}:${start}:${end}`. */
  key: string;
  documentId: string;
  pageIndex: number;
  /** Code-point offsets in the stored page text (as TextPositionSelector). */
  start: number;
  end: number;
  quote: TextQuoteSelector;
  /** True when a highlight at this position already carries the code (apply skips it). */
  alreadyCoded: boolean;
}

export interface AutocodePreview {
  hits: AutocodeHit[];
  /** True when more hits than the cap (AUTOCODE_MAX_HITS) exist; apply refuses then. */
  truncated: boolean;
  documentCount: number;
  /** Set when the run's time budget ran out first: the hits are those of the pages searched; apply refuses. */
  stopped: { seconds: number; pagesSearched: number; pagesTotal: number } | null;
}

export interface AutocodeApplyInput extends AutocodeRequest {
  /** Hit keys the user unticked in the preview. */
  excludeKeys?: string[];
}

export interface AutocodeApplyResult {
  created: number;
  skipped: number;
}

/** More hits than this is almost always a too-broad query; 5,000 highlights also stay paintable. */
export const AUTOCODE_MAX_HITS = 5000;
