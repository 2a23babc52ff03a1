// The query -> hits part of auto-coding: which pages, and which ranges on them. A search
// query (the default mode) runs through the project search itself — the same parse, the same
// index (stemmed unless `exact`), the same page set and the same spans the snippets mark —
// so auto-coding codes exactly the hits search shows. The older 'words' (any of the words)
// and 'phrase' modes are spelled as search queries. A regular expression scans every page.
import type { AutocodeRequest } from '../../../shared/domain/autocode';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { iteratePageTexts } from '../../db/repositories/annotations';
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

/** Pages with their hit ranges, in document and page order; `room()` caps a page's regex hits. */
export function* autocodePageRanges(db: Db, req: AutocodeRequest, room: () => number): Generator<PageRanges> {
  if (req.mode === 'regex') {
    const matcher = compileMatcher(req.query, 'regex');
    for (const page of iteratePageTexts(db, req.documentIds)) {
      const ranges = matcher.match(page.text, room());
      if (ranges.length > 0) yield { page, ranges };
    }
    return;
  }
  const parsed = parseForAutocode(req);
  for (const page of iterateMatchingPages(db, parsed, req.documentIds)) {
    const ranges = matchRanges(findPageMatches(page.text, parsed));
    if (ranges.length > 0) yield { page, ranges };
  }
}
