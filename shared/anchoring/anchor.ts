// Placing a stored target on the current text of a document. In order of cost and trust:
//   1. the position selector, if the text there still equals the quote  -> 'anchored'
//   2. the quote on the same page: exact occurrences (context and position pick among
//      repeats), otherwise fuzzy                                          -> 'reanchored'
//   3. the pages around it (±2 by default: another edition of a report usually moves a
//      passage by a page or two, when a foreword or table is added)        -> 'reanchored'
//   4. every other page of the document                                   -> 'reanchored'
//   5. nothing good enough                                                -> 'orphan'
// Within steps 3 and 4 exact occurrences are looked for on every page before any fuzzy
// search: indexOf is ~50x cheaper than Myers. Matching runs on normalised text
// (normalise-text.ts); returned offsets are UTF-16 offsets in the ORIGINAL page text.
// Never throws: any surprise yields an orphan, which the UI lists.

import type { AnchorStatus, AnnotationTarget } from '../domain/annotation';
import { createAnchorDocument, isAnchorDocument, type AnchorDocument, type PreparedPage } from './anchor-document';
import { trimRange } from './create-selectors';
import { bestOccurrence, prepareQuote, type PreparedQuote, type QuoteMatch } from './match-quote';
import { normalise, toNormalisedOffset, toOriginalRange } from './normalise-text';
import type { PageTexts } from './page-texts';

export interface AnchorOptions {
  /** Number of pages, when `pageTexts` is a function (needed for the whole-document search). */
  pageCount?: number;
  /** How many pages either side of the stored page are searched before the whole document; default 2. */
  neighbourPages?: number;
  /** Search every page when the neighbourhood fails; default true. */
  searchWholeDocument?: boolean;
  /** Lowest match score (0..1, see match-quote.ts) still accepted; default 0.5. */
  minScore?: number;
}

export interface AnchorResult {
  status: AnchorStatus;
  /** Page the target now sits on (the stored page for an orphan). */
  pageIndex: number;
  /** UTF-16 offsets in that page's text; -1 for an orphan. */
  start: number;
  end: number;
  /** Match quality in [0, 1]: 1 for a verified position; for an orphan the best score seen. */
  score: number;
}

// A match at least this good ends the search: an exact quote with one side of its context
// intact scores ~0.8. Below it, a page further away holding the quote AND its context
// (0.98+) may be the real place (the passage moved; the stored page has a look-alike).
const GOOD_ENOUGH = 0.8;
const DEFAULT_MIN_SCORE = 0.5;
// Evidence a match is the stored passage and not a look-alike. Measured on report-like text
// (tests/unit/shared/anchoring/report-text.ts), quotes taken from an UNRELATED text find, in
// 60 pages, fuzzy look-alikes (up to 40 characters) and verbatim repeats (up to ~15
// characters: "the authorities") whose context similarity is 0.24-0.52; a passage that was
// edited or moved keeps at least one side of its context (mean >= 0.6). So: a fuzzy match
// needs that context; so does an exact one off the stored page unless the quote is long
// enough (>= 32 characters) to be distinctive by itself.
const MIN_CONTEXT = 0.6;
const DISTINCTIVE_LENGTH = 32;

interface Found {
  pageIndex: number;
  match: QuoteMatch;
}

function orphan(target: AnnotationTarget, score: number): AnchorResult {
  return { status: 'orphan', pageIndex: target.pageIndex, start: -1, end: -1, score };
}

/** Step 1: the stored position, if it still holds the quote (or any text, for a target without one). */
function checkPosition(target: AnnotationTarget, page: PreparedPage | undefined): AnchorResult | null {
  const position = target.position;
  if (!page || !position) return null;
  const { start, end } = position;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return null;
  if (end > page.codePoints.codePointLength) return null;
  const s = page.codePoints.toUtf16(start);
  const e = page.codePoints.toUtf16(end);
  const there = page.text.slice(s, e);
  const exact = target.quote?.exact;
  if (exact === undefined || there === exact || (exact.length > 0 && normalise(there) === normalise(exact))) {
    return { status: 'anchored', pageIndex: target.pageIndex, start: s, end: e, score: 1 };
  }
  return null;
}

class Search {
  best: Found | null = null;

  constructor(
    private readonly doc: AnchorDocument,
    private readonly quote: PreparedQuote,
    private readonly minScore: number,
  ) {}


  /** Searches the pages in `mode`; true once a match is good enough to stop. */
  run(pages: readonly number[], mode: 'exact' | 'fuzzy', home: boolean, hints?: ReadonlyMap<number, number>): boolean {
    for (const pageIndex of pages) {
      const page = this.doc.page(pageIndex);
      if (!page) continue;
      const norm = page.normalised;
      const hintOriginal = hints?.get(pageIndex);
      const hint = hintOriginal === undefined ? undefined : toNormalisedOffset(norm, hintOriginal);
      const match = bestOccurrence(norm.text, this.quote, mode, hint);
      if (match && this.acceptable(match, home) && (!this.best || match.score > this.best.match.score)) {
        this.best = { pageIndex, match };
      }
    }
    return this.best !== null && this.best.match.score >= GOOD_ENOUGH;
  }

  acceptable(match: QuoteMatch, home: boolean): boolean {
    if (match.score < this.minScore) return false;
    if (match.contextScore >= MIN_CONTEXT) return true;
    return match.errors === 0 && (home || this.quote.exact.length >= DISTINCTIVE_LENGTH);
  }
}

function toResult(doc: AnchorDocument, found: Found): AnchorResult | null {
  const page = doc.page(found.pageIndex);
  if (!page) return null;
  const original = toOriginalRange(page.normalised, found.match.start, found.match.end);
  const { start, end } = trimRange(page.text, original.start, original.end);
  if (end <= start) return null;
  return { status: 'reanchored', pageIndex: found.pageIndex, start, end, score: found.match.score };
}

function anchorUnsafe(target: AnnotationTarget, doc: AnchorDocument, options: AnchorOptions): AnchorResult {
  const home = target.pageIndex;
  const homePage = doc.page(home);
  const byPosition = checkPosition(target, homePage);
  if (byPosition) return byPosition;

  const stored = target.quote;
  if (!stored) return orphan(target, 0);
  const exact = normalise(stored.exact);
  if (exact.trim().length === 0) return orphan(target, 0);
  const quote = prepareQuote(exact, { prefix: normalise(stored.prefix), suffix: normalise(stored.suffix) });
  const search = new Search(doc, quote, options.minScore ?? DEFAULT_MIN_SCORE);

  // Step 2: the stored page, with the stored position as the hint among repeats.
  const hints = new Map<number, number>();
  if (homePage && target.position) hints.set(home, homePage.codePoints.toUtf16(target.position.start));
  const finish = () => (search.best ? toResult(doc, search.best) : null) ?? orphan(target, search.best?.match.score ?? 0);
  if (search.run([home], 'exact', true, hints) || search.run([home], 'fuzzy', true, hints)) return finish();

  // Step 3: nearest pages first.
  const radius = Math.max(0, Math.floor(options.neighbourPages ?? 2));
  const near: number[] = [];
  for (let d = 1; d <= radius; d++) near.push(home + d, home - d);
  const neighbours = near.filter((p) => p >= 0);
  if (search.run(neighbours, 'exact', false) || search.run(neighbours, 'fuzzy', false)) return finish();

  // Step 4: the rest of the document.
  if (options.searchWholeDocument ?? true) {
    const visited = new Set([home, ...neighbours]);
    const rest = doc.pageIndices().filter((p) => !visited.has(p));
    if (!search.run(rest, 'exact', false) && search.best === null) search.run(rest, 'fuzzy', false);
  }
  return finish();
}

/**
 * True when the target's stored position still holds its quote on its stored page (or, for a
 * target without a quote, lies inside the page text). What a newly written target must satisfy.
 */
export function positionHoldsQuote(target: AnnotationTarget, pageTexts: PageTexts | AnchorDocument): boolean {
  try {
    const doc = isAnchorDocument(pageTexts) ? pageTexts : createAnchorDocument(pageTexts);
    return checkPosition(target, doc.page(target.pageIndex)) !== null;
  } catch {
    return false;
  }
}

/**
 * Where `target` belongs in the document now. Pass an AnchorDocument (createAnchorDocument)
 * when anchoring many targets of one document, so each page is normalised only once.
 */
export function anchorTarget(target: AnnotationTarget, pageTexts: PageTexts | AnchorDocument, options: AnchorOptions = {}): AnchorResult {
  try {
    const doc = isAnchorDocument(pageTexts) ? pageTexts : createAnchorDocument(pageTexts, options.pageCount);
    return anchorUnsafe(target, doc, options);
  } catch {
    return orphan(target, 0);
  }
}

/** Anchors every target of an annotation against one shared, cached document. */
export function anchorTargets(targets: readonly AnnotationTarget[], pageTexts: PageTexts | AnchorDocument, options: AnchorOptions = {}): AnchorResult[] {
  const doc = isAnchorDocument(pageTexts) ? pageTexts : createAnchorDocument(pageTexts, options.pageCount);
  return targets.map((t) => anchorTarget(t, doc, options));
}
