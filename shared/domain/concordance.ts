// Keyword in context and word frequencies over the current document selection (the same
// attribute filter as search and the library), both exportable as CSV.
import type { DocumentFilter } from './document';

export interface KwicQuery {
  /** Search syntax, as in project search. */
  text: string;
  exact?: boolean;
  filter?: DocumentFilter;
  /** Words of context on each side (default 6, at most 20). */
  context?: number;
  /** Lines returned (default 500, at most 5,000). */
  limit?: number;
}

export interface KwicLine {
  documentId: string;
  documentTitle: string;
  pageIndex: number;
  left: string;
  /** The matched words as they stand in the text (inflected form, original case). */
  match: string;
  right: string;
}

export interface KwicResult {
  lines: KwicLine[];
  /** All lines found; more than lines.length when cut at `limit`. */
  total: number;
}

export interface WordFrequencyQuery {
  filter?: DocumentFilter;
  /** Group word forms by stem (default) or count each exact form. */
  exact?: boolean;
  /** Leave out function words (и, в, the, of …); default true. */
  skipStopwords?: boolean;
  /** Rows returned (default 200, at most 5,000). */
  limit?: number;
}

export interface WordFrequency {
  /** The most frequent form of the word (of the stem's forms). */
  word: string;
  /** Up to 8 forms seen, most frequent first (one for exact counting). */
  forms: string[];
  count: number;
  /** Documents it occurs in. */
  documents: number;
}

export interface WordFrequencyResult {
  words: WordFrequency[];
  /** Running words counted (stop words excluded when skipped). */
  totalWords: number;
  /** Distinct words (or stems). */
  distinct: number;
  documentCount: number;
}
