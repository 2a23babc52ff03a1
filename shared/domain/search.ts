// Project-wide full-text search types.
import type { DocumentFilter } from './document';

/** stem: any word form finds every other (торговля finds торговли); exact: the typed form only. */
export type SearchMode = 'stem' | 'exact';

export interface SearchQuery {
  /** Words, "a phrase", prefix*, OR, -NOT, NEAR(a b, n) — grammar in main/core/search/query-parser.ts. */
  text: string;
  /** Exact word forms only (the exact index); word forms are folded by stemming otherwise. */
  exact?: boolean;
  filter?: DocumentFilter;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  documentId: string;
  documentTitle: string;
  pageIndex: number;
  /** Snippet text; matched parts wrapped in \u0002 … \u0003 (never HTML). */
  snippet: string;
  /** The words / phrases as they occur on this page (normalised), for the reader to highlight. */
  terms: string[];
}

/** Something to try after an empty result; only offered when it finds pages. */
export interface SearchSuggestion {
  /** stemmed: all word forms; noFilter: without the attribute filters; anyWord: any of the words; prefix: words starting so. */
  kind: 'stemmed' | 'noFilter' | 'anyWord' | 'prefix';
  text: string;
  exact: boolean;
  /** Run with the filters (false for noFilter). */
  keepFilter: boolean;
  total: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /**
   * Number of matching pages; with totalExact false a lower bound (the first screen stops
   * counting at a cap: shown as "10,000+", the exact number from search.count).
   */
  total: number;
  totalExact: boolean;
  /** Terms to highlight in the reader (normalised words / phrases without operators). */
  terms: string[];
}
