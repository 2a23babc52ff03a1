// The rules for highlights, applied to what the renderer sends (main/core/coding/annotations.ts)
// and to every annotation row of a project file before it is opened (main/db/row-check.ts):
// one set, so a colleague's file cannot hold a highlight our own handlers would refuse.
// Pure functions over plain data; the page count comes from the caller.
import type { AnchorStatus, Annotation, AnnotationTarget, PdfRect } from '../domain/annotation';
import { GlossaError } from '../errors';
import { isHexColor } from './colour-rules';

/** A selection spans a few pages at most; 100 targets is a generous cap against junk input. */
export const MAX_TARGETS = 100;
/** pdf.js gives one rect per text span: a full page of small print is ~2,000 rects. */
export const MAX_RECTS = 5000;
/** A quote is a passage, not a book: 100,000 characters is ~30 pages. */
export const MAX_QUOTE = 100_000;
export const MAX_COMMENT = 1_000_000;
export const ANCHOR_STATUSES: readonly AnchorStatus[] = ['anchored', 'reanchored', 'orphan'];

function bad(message: string, field: string): GlossaError {
  return new GlossaError('annotation.badInput', message, { field });
}

function checkRect(r: unknown): PdfRect {
  const o = r as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw bad('A highlight rectangle is malformed.', 'targets');
  const out = { x1: o.x1, y1: o.y1, x2: o.x2, y2: o.y2 };
  for (const v of Object.values(out)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > 1e6) throw bad('A highlight rectangle has a bad coordinate.', 'targets');
  }
  return out as PdfRect;
}

function checkText(v: unknown, what: string, max: number, field: string): string {
  if (typeof v !== 'string' || v.length > max) throw bad(`The ${what} is missing or too long.`, field);
  return v;
}

export function checkKind(kind: unknown): Annotation['kind'] {
  if (kind !== 'text' && kind !== 'area') throw bad('A highlight is either text or area.', 'kind');
  return kind;
}

/** Validates targets against the document's page count and normalises them to plain data. */
export function checkTargetList(targets: unknown, kind: Annotation['kind'], pageCount: number): AnnotationTarget[] {
  if (!Array.isArray(targets) || targets.length === 0) throw bad('A highlight needs at least one target.', 'targets');
  if (targets.length > MAX_TARGETS) throw bad(`A highlight has at most ${MAX_TARGETS} targets.`, 'targets');
  return targets.map((t: unknown) => {
    const o = t as Record<string, unknown>;
    if (typeof o !== 'object' || o === null || Array.isArray(o)) throw bad('A highlight target is malformed.', 'targets');
    const pageIndex = o.pageIndex;
    if (typeof pageIndex !== 'number' || !Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= pageCount) {
      throw bad(`A highlight target points at a page outside the document (1-${pageCount}).`, 'targets');
    }
    if (!Array.isArray(o.rects) || o.rects.length > MAX_RECTS) throw bad('A highlight target has too many rectangles.', 'targets');
    const rects = o.rects.map(checkRect);
    let quote: AnnotationTarget['quote'] = null;
    if (o.quote !== null && o.quote !== undefined) {
      const q = o.quote as Record<string, unknown>;
      if (typeof q !== 'object' || Array.isArray(q)) throw bad('A highlight quote is malformed.', 'targets');
      quote = {
        type: 'TextQuoteSelector',
        exact: checkText(q.exact, 'quoted text', MAX_QUOTE, 'targets'),
        prefix: checkText(q.prefix ?? '', 'quote prefix', 256, 'targets'),
        suffix: checkText(q.suffix ?? '', 'quote suffix', 256, 'targets'),
      };
    }
    let position: AnnotationTarget['position'] = null;
    if (o.position !== null && o.position !== undefined) {
      const p = o.position as Record<string, unknown>;
      if (typeof p !== 'object' || Array.isArray(p)) throw bad('A highlight target has a bad text position.', 'targets');
      const ok = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10_000_000;
      if (!ok(p.start) || !ok(p.end) || p.end < p.start) throw bad('A highlight target has a bad text position.', 'targets');
      position = { type: 'TextPositionSelector', start: p.start, end: p.end };
    }
    if (kind === 'text' && !quote && !position) throw bad('A text highlight needs its quote or text position.', 'targets');
    if (kind === 'area' && rects.length === 0) throw bad('An area highlight needs its rectangle.', 'targets');
    return { pageIndex, rects, quote, position };
  });
}

/** A highlight's own colour: none (it takes its codes' colours) or #rrggbb. */
export function checkHighlightColor(color: unknown): string | null {
  if (color === null || color === undefined) return null;
  if (!isHexColor(color)) throw bad('A colour must look like #1a2b3c.', 'color');
  return color.toLowerCase();
}

export function checkComment(comment: unknown): string {
  if (comment === undefined) return '';
  return checkText(comment, 'comment', MAX_COMMENT, 'comment');
}

export function checkAnchorStatus(status: unknown): AnchorStatus {
  if (!ANCHOR_STATUSES.includes(status as AnchorStatus)) throw bad('Unknown anchor status.', 'anchorStatus');
  return status as AnchorStatus;
}

/** Longest source key kept: "pdf:<page>:<object id>:<hash>" or "w3c:<IRI>" (IRIs past 2,000
 *  characters are refused by most servers too). */
export const MAX_SOURCE_KEY = 2048;

/** annotations.source_key (migration 0007): null, or a printable string up to MAX_SOURCE_KEY. */
export function checkSourceKey(key: unknown): string | null {
  if (key === null || key === undefined) return null;
  // eslint-disable-next-line no-control-regex
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_SOURCE_KEY || /[\u0000-\u001f\u007f]/.test(key)) {
    throw bad('The highlight source key is not a short printable text.', 'sourceKey');
  }
  return key;
}
