// Auto-coding: preview every hit of a search in the stored page texts, then apply them as
// highlights carrying one code — ONE transaction and ONE undoable action for the whole run.
// Hits carry position (code points) and quote selectors; rects stay empty and the renderer
// computes geometry lazily from the text offsets. Hits already coded at the same position
// with the same code are skipped, so running the same search twice adds nothing.
import type { AutocodeApplyInput, AutocodeApplyResult, AutocodeHit, AutocodePreview, AutocodeRequest } from '../../../shared/domain/autocode';
import { AUTOCODE_MAX_HITS } from '../../../shared/domain/autocode';
import type { Coder } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { listAnnotations } from '../../db/repositories/annotations';
import { insertAnnotation } from './annotations';
import { autocodePageRanges } from './autocode-pages';
import { requireCode } from './codes';
import { extendRange, mergeRanges, paragraphBoundaries, sentenceBoundaries } from './text-extend';
import { type ActionOutcome, runCodingAction } from './undo-stack';

/** Quote context, as in the W3C TextQuoteSelector we store for hand-made highlights. */
const CONTEXT_CHARS = 32;

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

/** Positions already coded with `codeId`, as hit keys. */
function codedPositions(db: Db, codeId: string, documentIds?: readonly string[]): Set<string> {
  const keys = new Set<string>();
  const filter = { codeIds: [codeId] };
  const lists = documentIds ? documentIds.map((documentId) => listAnnotations(db, { ...filter, documentId })) : [listAnnotations(db, filter)];
  for (const list of lists) {
    for (const a of list) {
      for (const t of a.targets) if (t.position) keys.add(hitKey(a.documentId, t.pageIndex, t.position.start, t.position.end));
    }
  }
  return keys;
}

function checkRequest(req: AutocodeRequest): void {
  if (!['none', 'sentence', 'paragraph'].includes(req.extend)) throw new GlossaError('api.badInput', 'Unknown extension: use none, sentence or paragraph.');
  if (req.documentIds !== undefined && (!Array.isArray(req.documentIds) || req.documentIds.some((d) => typeof d !== 'string'))) {
    throw new GlossaError('api.badInput', '"documentIds" must be a list of document ids.');
  }
}

export function previewAutocode(db: Db, req: AutocodeRequest): AutocodePreview {
  checkRequest(req);
  requireCode(db, req.codeId);
  const coded = codedPositions(db, req.codeId, req.documentIds);
  const hits: AutocodeHit[] = [];
  const docs = new Set<string>();
  let truncated = false;
  for (const { page, ranges: found } of autocodePageRanges(db, req, () => AUTOCODE_MAX_HITS + 1 - hits.length)) {
    let ranges = found;
    if (req.extend !== 'none') {
      const bounds = req.extend === 'sentence' ? sentenceBoundaries(page.text) : paragraphBoundaries(page.text);
      ranges = mergeRanges(ranges.map(([s, e]) => extendRange(page.text, bounds, s, e, req.extend as 'sentence' | 'paragraph')));
    }
    const cp = codePointMapper(page.text);
    for (const [s, e] of ranges) {
      if (hits.length >= AUTOCODE_MAX_HITS) {
        truncated = true;
        break;
      }
      const start = cp(s);
      const end = cp(e);
      const key = hitKey(page.documentId, page.pageIndex, start, end);
      docs.add(page.documentId);
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
    if (truncated) break;
  }
  return { hits, truncated, documentCount: docs.size };
}

export function applyAutocode(db: Db, coder: Coder, input: AutocodeApplyInput): ActionOutcome<AutocodeApplyResult> {
  const code = requireCode(db, input.codeId);
  const label = `Auto-code "${input.query.length > 40 ? input.query.slice(0, 39) + '…' : input.query}"`;
  return runCodingAction(db, coder, { action: 'autocode.apply', label, details: { query: input.query, mode: input.mode, exact: input.exact === true, extend: input.extend, codeId: code.id } }, (j, now) => {
    // Recomputed inside the transaction: the backend never trusts hits sent back by a client.
    const preview = previewAutocode(db, input);
    if (preview.truncated) {
      throw new GlossaError('autocode.tooManyHits', `More than ${AUTOCODE_MAX_HITS} hits: narrow the search before applying it.`, { max: AUTOCODE_MAX_HITS });
    }
    const excluded = new Set(input.excludeKeys ?? []);
    let created = 0;
    let skipped = 0;
    for (const hit of preview.hits) {
      if (hit.alreadyCoded || excluded.has(hit.key)) {
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
    return { result: { created, skipped }, summary: `Auto-coded ${created} passages with "${code.name}" (search: ${input.query})`, details: { created, skipped } };
  });
}
