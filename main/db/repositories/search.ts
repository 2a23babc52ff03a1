// Project-wide full-text search over pages_stem_fts (default: word forms folded by Snowball
// stems) or pages_fts (exact forms). Hot path, aimed at p99 < 50 ms for the first screen
// over >= 10,000 pages. Measured on 11,000 pages (7,260 hits for one word): joining
// pages/documents BEFORE the bm25 sort cost 60-90 ms (a b-tree lookup per hit), ranking
// inside FTS5 alone ~5 ms. So:
//   1. one MATCH query ordered by bm25 with LIMIT/OFFSET that touches only the FTS index;
//      document filters become a set of allowed page ids (read from the covering index on
//      pages(document_id, page_index), documents first) checked with `+f.rowid IN (…)` — the unary + keeps
//      SQLite from handing the IN to FTS5 as thousands of single-rowid lookups;
//   2. titles, page numbers and texts for the <= `limit` rows shown; snippets cut in JS;
//   3. a count, skipped when the first screen is not full or the ranking counted its hits
//      (filtered: rankedLive), and capped: it stops at
//      `countCap` + 1 hits (default COUNT_CAP), so a common prefix (`тор*`, 47,000 pages of
//      50,000) never walks its whole doclist for the first screen; the result then says
//      total = cap, totalExact = false ("10,000+"), and the exact number comes from
//      countMatches (search.count) asked for separately, never blocking the hits.
//   4. a search on most pages (`the`, `тор*`) is served from its kept first screen
//      (search-screens.ts, migration 0021): the ids FTS5 ranked after the pages last changed
//      and the exact total; with a filter, the screen's ids that pass it, while they last.
//      Each page of a kept screen must still match, or the search runs live.
// Ties in bm25 are broken by pages.id: pages are inserted per document in page order, so
// that is document (import order), then page.
// The grammar of `query.text` is in main/core/search/query-parser.ts.
import type { DocumentFilter } from '../../../shared/domain/document';
import type { SearchHit, SearchMode, SearchQuery, SearchResult } from '../../../shared/domain/search';
import { findPageMatches, matchedForms } from '../../core/search/page-matches';
import { type ParsedQuery, parseSearchQuery } from '../../core/search/query-parser';
import { cutSnippet } from '../../core/search/snippet';
import type { Db } from '../connection';
import { documentFilterSql } from './document-filter';
import { keptScreen } from './search-screens';
import { prepared } from './statement-cache';

/** One result screen; the UI pages with `offset`. */
export const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;
/** The first screen counts at most this many hits; more shows as "10,000+" until refined. */
export const COUNT_CAP = 10_000;

export interface SearchOptions {
  /** Where the first screen stops counting (tests use a small cap on the same code path). */
  countCap?: number;
  /** Rank in FTS5 even when the search has a kept first screen (the screens' own build, tests). */
  live?: boolean;
}

interface HitRow {
  id: number;
  document_id: string;
  page_index: number;
  title: string;
  text: string;
}

function clampInt(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

/** The index a mode searches; two fixed names, never user input. */
function ftsTable(mode: SearchMode): string {
  return mode === 'stem' ? 'pages_stem_fts' : 'pages_fts';
}

export function queryMode(query: Pick<SearchQuery, 'exact'>): SearchMode {
  return query.exact === true ? 'exact' : 'stem';
}

/**
 * The filter as a condition on f.rowid: the (few) documents that pass are chosen first, in
 * their own subquery, then their pages through the covering index on pages(document_id,
 * page_index). Left to itself the planner walked every page of the project and looked up its
 * document (209 ms against 29 ms for a language filter on 50,000 pages, loaded machine); and a
 * join of documents and pages, even in that order, tested a correlated condition such as the
 * countries' EXISTS once per page instead of once per document (the allowed set for one
 * country: 11-14 ms against 0.4 ms for the documents alone, on 50,000 pages), paid twice
 * per screen (hits and count).
 */
export function allowedPages(db: Db, filter: DocumentFilter | undefined): { sql: string; params: Array<string | number> } {
  const where = documentFilterSql(db, filter);
  if (where.sql === '') return { sql: '', params: [] };
  return { sql: ` AND +f.rowid IN (SELECT p.id FROM pages p WHERE p.document_id IN (SELECT d.id FROM documents d WHERE 1 = 1${where.sql}))`, params: where.params };
}

/** Number of pages a parsed query matches (0 when it has only exclusions): exact, every hit counted. */
export function countMatches(db: Db, parsed: Pick<ParsedQuery, 'mode' | 'match'>, filter?: DocumentFilter): number {
  if (parsed.match === null) return 0;
  const allowed = allowedPages(db, filter);
  const t = ftsTable(parsed.mode);
  return (prepared(db, `SELECT count(*) AS n FROM ${t} f WHERE ${t} MATCH ?${allowed.sql}`).get(parsed.match, ...allowed.params) as { n: number }).n;
}

/** Counts hits up to `cap` + 1 only: { total: min(count, cap), exact: count <= cap }. */
export function countMatchesUpTo(db: Db, parsed: ParsedQuery, filter: DocumentFilter | undefined, cap: number): { total: number; exact: boolean } {
  if (parsed.match === null) return { total: 0, exact: true };
  const allowed = allowedPages(db, filter);
  const t = ftsTable(parsed.mode);
  const n = (
    prepared(db, `SELECT count(*) AS n FROM (SELECT 1 FROM ${t} f WHERE ${t} MATCH ?${allowed.sql} LIMIT ?)`).get(parsed.match, ...allowed.params, cap + 1) as {
      n: number;
    }
  ).n;
  return n > cap ? { total: cap, exact: false } : { total: n, exact: true };
}

/** The exact number of pages a search finds (search.count): the refinement of a capped first screen. */
export function countSearch(db: Db, query: Pick<SearchQuery, 'text' | 'exact' | 'filter'>): number {
  return countMatches(db, parseSearchQuery(typeof query.text === 'string' ? query.text : '', queryMode(query)), query.filter);
}

/** The ranked page ids of a parsed query (never null: callers check parsed.match). */
export function rankedPageIds(db: Db, parsed: Pick<ParsedQuery, 'mode' | 'match'>, filter: DocumentFilter | undefined, limit: number, offset: number): number[] {
  const allowed = allowedPages(db, filter);
  const t = ftsTable(parsed.mode);
  return (
    prepared(db, `SELECT f.rowid AS id FROM ${t} f WHERE ${t} MATCH ?${allowed.sql} ORDER BY f.rank, f.rowid LIMIT ? OFFSET ?`).all(
      parsed.match,
      ...allowed.params,
      limit,
      offset,
    ) as Array<{ id: number }>
  ).map((r) => r.id);
}

/**
 * Filtered, the ranking walks every hit that passes anyway (the filter is checked before the
 * bm25 sort): the same statement counts them, where a separate count walked them again.
 * Measured on 50,000 pages, `and` in Russian documents: rank + count 20.0 ms, one pass 15.8.
 * Unfiltered, FTS5's own sort by rank is faster than SQLite's over a window (21.8 vs 35.8 ms),
 * so the plain ranking and the capped count stay. No total past the last hit.
 */
function rankedLive(db: Db, parsed: Pick<ParsedQuery, 'mode' | 'match'>, filter: DocumentFilter | undefined, limit: number, offset: number): { ids: number[]; total?: number } {
  const allowed = allowedPages(db, filter);
  if (allowed.sql === '') return { ids: rankedPageIds(db, parsed, undefined, limit, offset) };
  const t = ftsTable(parsed.mode);
  const rows = prepared(db, `SELECT f.rowid AS id, count(*) OVER () AS n FROM ${t} f WHERE ${t} MATCH ?${allowed.sql} ORDER BY f.rank, f.rowid LIMIT ? OFFSET ?`).all(
    parsed.match,
    ...allowed.params,
    limit,
    offset,
  ) as Array<{ id: number; n: number }>;
  const ids = rows.map((r) => r.id);
  return rows.length > 0 ? { ids, total: rows[0].n } : { ids };
}

/** Of `ids`, those whose document passes the filter, in the order given. */
function passingFilter(db: Db, ids: readonly number[], where: { sql: string; params: Array<string | number> }): number[] {
  const passing = new Set(
    (
      prepared(db, `SELECT p.id FROM pages p WHERE p.id IN (SELECT value FROM json_each(?)) AND p.document_id IN (SELECT d.id FROM documents d WHERE 1 = 1${where.sql})`).all(
        JSON.stringify(ids),
        ...where.params,
      ) as Array<{ id: number }>
    ).map((r) => r.id),
  );
  return ids.filter((id) => passing.has(id));
}

/** The screen from the search's kept first screen; null when it has none or it does not reach this far. */
function fromKeptScreen(db: Db, parsed: ParsedQuery, filter: DocumentFilter | undefined, limit: number, offset: number): { ids: number[]; total?: number } | null {
  const screen = keptScreen(db, parsed.mode, parsed.match!);
  if (!screen) return null;
  const complete = screen.ids.length === screen.total;
  const where = documentFilterSql(db, filter);
  const ranked = where.sql === '' ? screen.ids : passingFilter(db, screen.ids, where);
  if (offset + limit > ranked.length && !complete) return null;
  const ids = ranked.slice(offset, offset + limit);
  // Unfiltered, the screen knows the exact total; filtered, only when it holds every hit.
  return ranked === screen.ids ? { ids, total: screen.total } : complete ? { ids, total: ranked.length } : { ids };
}

function hitsOf(db: Db, ids: readonly number[], parsed: ParsedQuery): { hits: SearchHit[]; allMatch: boolean } {
  const rows = prepared(
    db,
    `SELECT p.id, p.document_id, p.page_index, d.title, p.text
       FROM pages p JOIN documents d ON d.id = p.document_id
      WHERE p.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as HitRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const hits: SearchHit[] = [];
  let allMatch = true;
  for (const id of ids) {
    const r = byId.get(id);
    if (!r) {
      allMatch = false; // an FTS row without its page cannot happen inside one connection's transactions
      continue;
    }
    const matches = findPageMatches(r.text, parsed);
    if (matches.spans.length === 0) allMatch = false;
    hits.push({
      documentId: r.document_id,
      documentTitle: r.title,
      pageIndex: r.page_index,
      snippet: cutSnippet(r.text, parsed, matches),
      terms: matchedForms(r.text, matches),
    });
  }
  return { hits, allMatch };
}

export function searchPages(db: Db, query: SearchQuery, options: SearchOptions = {}): SearchResult {
  const parsed = parseSearchQuery(typeof query.text === 'string' ? query.text : '', queryMode(query));
  if (parsed.match === null) return { hits: [], total: 0, totalExact: true, terms: parsed.terms };
  const cap = clampInt(options.countCap, COUNT_CAP, 1, Number.MAX_SAFE_INTEGER);
  const limit = clampInt(query.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
  const offset = clampInt(query.offset, 0, 0, Number.MAX_SAFE_INTEGER);

  const kept = options.live ? null : fromKeptScreen(db, parsed, query.filter, limit, offset);
  const ranked = kept ?? rankedLive(db, parsed, query.filter, limit, offset);
  const ids = ranked.ids;

  // A short screen ends the list: its end is the exact total. Otherwise count up to the cap
  // (at least offset + limit, so a screen past the cap still knows whether more follow).
  const counted =
    ranked.total !== undefined
      ? { total: ranked.total, exact: true }
      : ids.length < limit && (ids.length > 0 || offset === 0)
        ? { total: offset + ids.length, exact: true }
        : countMatchesUpTo(db, parsed, query.filter, Math.max(cap, offset + limit));
  const total = counted.total;
  const totalExact = counted.exact;
  if (ids.length === 0) return { hits: [], total, totalExact, terms: parsed.terms };

  const { hits, allMatch } = hitsOf(db, ids, parsed);
  // A kept screen whose pages do not all match was not ranked from these pages: run it live.
  if (kept && !allMatch) return searchPages(db, query, { ...options, live: true });
  return { hits, total, totalExact, terms: parsed.terms };
}

export interface MatchedPage {
  documentId: string;
  pageIndex: number;
  text: string;
}

/**
 * Every page a parsed query matches, in document and page order, optionally within some
 * documents: the page set that auto-coding, KWIC and word frequencies work on, so they see
 * exactly the pages search shows.
 */
export function* iterateMatchingPages(db: Db, parsed: ParsedQuery, documentIds?: readonly string[]): Generator<MatchedPage> {
  if (parsed.match === null) return;
  const t = ftsTable(parsed.mode);
  const inDocs = documentIds === undefined ? '' : ' AND p.document_id IN (SELECT value FROM json_each(?))';
  const stmt = db.prepare(
    `SELECT p.document_id, p.page_index, p.text FROM pages p
      WHERE p.id IN (SELECT f.rowid FROM ${t} f WHERE ${t} MATCH ?)${inDocs}
      ORDER BY p.document_id, p.page_index`,
  );
  const params: unknown[] = documentIds === undefined ? [parsed.match] : [parsed.match, JSON.stringify(documentIds)];
  for (const r of stmt.iterate(...params) as IterableIterator<{ document_id: string; page_index: number; text: string }>) {
    yield { documentId: r.document_id, pageIndex: r.page_index, text: r.text };
  }
}
