// Auto-coding: preview every hit of a search in the stored page texts, then apply them as
// highlights carrying one code — ONE transaction and ONE undoable action for the whole run.
// The scan never holds the event loop: it yields between pages (at most one page, i.e. the
// matcher's per-page limit, runs at a stretch), and a whole run has a time budget (15 s): a
// pattern at 0.15 s per page would otherwise take 90 s on a 600-page report. A run stopped
// by the budget says after how long and how many pages, and cannot be applied.
// Hits carry position (code points) and quote selectors; rects stay empty and the renderer
// computes geometry lazily from the text offsets. Hits the SAME coder already coded at the
// same position with the same code are skipped, so running the same search twice adds
// nothing; a colleague's coding of the passage is not skipped: each coder's run stands alone,
// or inter-coder agreement would read a passage both coded as coded by one only.
import type { AutocodeApplyInput, AutocodeApplyResult, AutocodeHit, AutocodePreview, AutocodeRequest } from '../../../shared/domain/autocode';
import { AUTOCODE_MAX_HITS } from '../../../shared/domain/autocode';
import type { Coder } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { codedTargets } from '../../db/repositories/annotations';
import { insertAnnotation } from './annotations';
import { autocodePageScan } from './autocode-pages';
import { logName, requireCode } from './codes';
import { extendRange, mergeRanges, paragraphBoundaries, sentenceBoundaries } from './text-extend';
import { type ActionOutcome, runCodingAction } from './undo-stack';

/** Quote context, as in the W3C TextQuoteSelector we store for hand-made highlights. */
const CONTEXT_CHARS = 32;

export interface ScanBudget {
  /** Whole-run budget in ms (default 15 s). */
  totalMs: number;
  /** Yield to the event loop once a stretch of scanning has run this long (default 15 ms). */
  sliceMs: number;
}

export const DEFAULT_SCAN_BUDGET: ScanBudget = { totalMs: 15_000, sliceMs: 15 };

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** UTF-16 offset -> code-point offset, cheap when the page has no astral characters (almost always). */
function codePointMapper(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  return (i) => Array.from(text.slice(0, i)).length;
}

/** Up to `n` code points before / after, never splitting a surrogate pair. */
function before(text: string, at: number, n: number): string {
  return Array.from(text.slice(Math.max(0, at - 2 * n), at)).slice(-n).join('');
}
function after(text: string, at: number, n: number): string {
  return Array.from(text.slice(at, at + 2 * n)).slice(0, n).join('');
}

function hitKey(documentId: string, pageIndex: number, start: number, end: number): string {
  return `${documentId}:${pageIndex}:${start}:${end}`;
}

/** Positions `coderId` already coded with `codeId`, as hit keys. */
function codedPositions(db: Db, codeId: string, coderId: string, documentIds?: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const a of codedTargets(db, codeId, coderId, documentIds)) {
    for (const t of a.targets) if (t.position) keys.add(hitKey(a.documentId, t.pageIndex, t.position.start, t.position.end));
  }
  return keys;
}

function checkRequest(req: AutocodeRequest): void {
  if (!['none', 'sentence', 'paragraph'].includes(req.extend)) throw new GlossaError('api.badInput', 'Unknown extension: use none, sentence or paragraph.');
  if (req.documentIds !== undefined && (!Array.isArray(req.documentIds) || req.documentIds.some((d) => typeof d !== 'string'))) {
    throw new GlossaError('api.badInput', '"documentIds" must be a list of document ids.');
  }
}

/** Every hit of the request in the stored page texts, scanned page by page within `budget`; `alreadyCoded` marks those `coderId` coded with this code before. */
export async function previewAutocode(db: Db, req: AutocodeRequest, coderId: string, budget: ScanBudget = DEFAULT_SCAN_BUDGET): Promise<AutocodePreview> {
  checkRequest(req);
  requireCode(db, req.codeId);
  const coded = codedPositions(db, req.codeId, coderId, req.documentIds);
  const hits: AutocodeHit[] = [];
  const docs = new Set<string>();
  let truncated = false;
  let stopped: AutocodePreview['stopped'] = null;
  // The same parse, index and spans as search (autocode-pages.ts); no statement stays open across the yields.
  const scan = autocodePageScan(db, req, () => AUTOCODE_MAX_HITS + 1 - hits.length);
  const started = Date.now();
  let sliceStart = started;
  let n = 0;
  for (const { page, ranges } of scan.pages) {
    const before = hits.length;
    truncated = collectPageHits(page, ranges, req, hits, coded);
    if (hits.length > before) docs.add(page.documentId);
    n++;
    if (truncated) break;
    const now = Date.now();
    if (now - started >= budget.totalMs && n < scan.total) {
      stopped = { seconds: Math.round((now - started) / 100) / 10, pagesSearched: n, pagesTotal: scan.total };
      break;
    }
    if (now - sliceStart >= budget.sliceMs) {
      await yieldToLoop();
      sliceStart = Date.now();
    }
  }
  return { hits, truncated, documentCount: docs.size, stopped };
}

/** Adds one page's hits (extended to sentences or paragraphs if asked); true once over the cap. */
function collectPageHits(page: { documentId: string; pageIndex: number; text: string }, found: Array<[number, number]>, req: AutocodeRequest, hits: AutocodeHit[], coded: Set<string>): boolean {
  if (found.length === 0) return false;
  let ranges = found;
  if (req.extend !== 'none') {
    const bounds = req.extend === 'sentence' ? sentenceBoundaries(page.text) : paragraphBoundaries(page.text);
    ranges = mergeRanges(ranges.map(([s, e]) => extendRange(page.text, bounds, s, e, req.extend as 'sentence' | 'paragraph')));
  }
  const cp = codePointMapper(page.text);
  for (const [s, e] of ranges) {
    if (hits.length >= AUTOCODE_MAX_HITS) return true;
    const start = cp(s);
    const end = cp(e);
    const key = hitKey(page.documentId, page.pageIndex, start, end);
    hits.push({
      key,
      documentId: page.documentId,
      pageIndex: page.pageIndex,
      start,
      end,
      quote: { type: 'TextQuoteSelector', exact: page.text.slice(s, e), prefix: before(page.text, s, CONTEXT_CHARS), suffix: after(page.text, e, CONTEXT_CHARS) },
      alreadyCoded: coded.has(key),
    });
  }
  return false;
}

/** Why a preview cannot be applied (stopped by the budget, over the cap), or null. */
export function refusalOf(preview: AutocodePreview): GlossaError | null {
  if (preview.stopped) {
    const { seconds, pagesSearched, pagesTotal } = preview.stopped;
    return new GlossaError('autocode.stopped', `Auto-coding stopped after ${seconds} s, ${pagesSearched} of ${pagesTotal} pages searched: the pattern is too slow for this many pages. Simplify it or choose fewer documents.`, { seconds, searched: pagesSearched, total: pagesTotal });
  }
  if (preview.truncated) return new GlossaError('autocode.tooManyHits', `More than ${AUTOCODE_MAX_HITS} hits: narrow the search before applying it.`, { max: AUTOCODE_MAX_HITS });
  return null;
}

/**
 * Applies a preview the BACKEND computed for `input` (never hits sent back by a client; each
 * hit's quote is checked at its position again by insertAnnotation). One action.
 */
export function applyAutocode(db: Db, coder: Coder, input: AutocodeApplyInput, preview: AutocodePreview): ActionOutcome<AutocodeApplyResult> {
  const code = requireCode(db, input.codeId);
  const refusal = refusalOf(preview);
  if (refusal) throw refusal;
  const label = `Auto-code "${input.query.length > 40 ? input.query.slice(0, 39) + '…' : input.query}"`;
  return runCodingAction(db, coder, { action: 'autocode.apply', label, details: { query: input.query, mode: input.mode, exact: input.exact === true, extend: input.extend, codeId: code.id } }, (j, now) => {
    // Inside the transaction: what this coder has coded now, not when the preview was made.
    const coded = codedPositions(db, code.id, coder.id, input.documentIds);
    const excluded = new Set(input.excludeKeys ?? []);
    let created = 0;
    let skipped = 0;
    for (const hit of preview.hits) {
      if (coded.has(hit.key) || excluded.has(hit.key)) {
        skipped++;
        continue;
      }
      insertAnnotation(
        j,
        coder,
        {
          documentId: hit.documentId,
          kind: 'text',
          targets: [{ pageIndex: hit.pageIndex, rects: [], quote: hit.quote, position: { type: 'TextPositionSelector', start: hit.start, end: hit.end } }],
          color: null,
          comment: '',
          codeIds: [code.id],
        },
        now,
      );
      created++;
    }
    return { result: { created, skipped }, summary: `Auto-coded ${created} passages with "${logName(code)}" (search: ${input.query})`, details: { created, skipped } };
  });
}
