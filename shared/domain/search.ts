// Project-wide full-text search types.
import type { DocumentFilter } from './document';

export interface SearchQuery {
  /** Words, "a phrase", prefix* — see main/db/repositories/search.ts for the grammar. */
  text: string;
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
}

export interface SearchResult {
  hits: SearchHit[];
  /** Total number of matching pages. */
  total: number;
  /** Terms to highlight in the reader (normalised words / phrases without operators). */
  terms: string[];
}
