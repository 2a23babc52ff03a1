// The query -> hits part of auto-coding: which pages, and which ranges on them. A search
// query (the default mode) runs through the project search itself — the same parse, the same
// index (stemmed unless `exact`), the same page set and the same spans the snippets mark —
// so auto-coding codes exactly the hits search shows. The older 'words' (any of the words)
// and 'phrase' modes are spelled as search queries. A regular expression scans every page.
import type { AutocodeRequest } from '../../../shared/domain/autocode';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { listPageKeys, storedPageText } from '../../db/repositories/annotations';
import { iterateMatchingPages, type MatchedPage } from '../../db/repositories/search';
import { findPageMatches, matchRanges } from '../search/page-matches';
import { type ParsedQuery, parseSearchQuery } from '../search/query-parser';
import { compileMatcher } from './autocode-match';

export interface PageRanges {
  page: MatchedPage;
  /** UTF-16 [start, end) ranges in page.text. */
  ranges: Array<[number, number]>;
}

/** The search-syntax text a request stands for. */
export function autocodeSearchText(req: Pick<AutocodeRequest, 'query' | 'mode'>): string {
  const q = req.query.trim();
  if (req.mode === 'phrase') return `"${q.replace(/["«»“”„]/g, ' ')}"`;
  if (req.mode === 'words') return q.split(/\s+/).join(' OR ');
  return q;
}

function parseForAutocode(req: AutocodeRequest): ParsedQuery {
  if (typeof req.query !== 'string' || req.query.trim() === '') throw new GlossaError('autocode.badPattern', 'Type the words, phrase or pattern to look for.');
  try {
    return parseSearchQuery(autocodeSearchText(req), req.exact === true ? 'exact' : 'stem');
  } catch (err) {
    if (err instanceof GlossaError && err.code === 'search.badQuery') throw new GlossaError('autocode.badPattern', 'Type the words or phrase to look for.');
    throw err;
  }
}

export interface PageScan {
  /** Pages the scan will visit (for "stopped after M of T pages"). */
  total: number;
  /** Every visited page with its hit ranges (none for a page without hits), in document and page order. */
  pages: Generator<PageRanges>;
}

/**
 * The pages of a request with their hit ranges; `room()` caps a page's regex hits. No SQLite
 * statement stays open between two pages, so the caller may yield to the event loop (and the
 * backend answer other calls on this connection) while it consumes the scan.
 */
export function autocodePageScan(db: Db, req: AutocodeRequest, room: () => number): PageScan {
  if (req.mode === 'regex') {
    const matcher = compileMatcher(req.query, 'regex');
    const keys = listPageKeys(db, req.documentIds);
    return {
      total: keys.length,
      pages: (function* () {
        for (const { documentId, pageIndex } of keys) {
          const text = storedPageText(db, documentId, pageIndex);
          if (text === null) continue; // the document was removed meanwhile
          yield { page: { documentId, pageIndex, text }, ranges: matcher.match(text, room()) };
        }
      })(),
    };
  }
  const parsed = parseForAutocode(req);
  // The matching pages are read in full first (the search index bounds them).
  const matched = [...iterateMatchingPages(db, parsed, req.documentIds)];
  return {
    total: matched.length,
    pages: (function* () {
      for (const page of matched) yield { page, ranges: matchRanges(findPageMatches(page.text, parsed)) };
    })(),
  };
}
