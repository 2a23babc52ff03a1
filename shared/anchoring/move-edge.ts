// Moving a text highlight's start or end (drag handles, Shift/Alt+arrows) and re-targeting it
// to a new range (an orphan re-attached to the passage the user selects). The result is a
// fresh set of targets built by createTargets — quote with prefix/suffix, position, one target
// per page — so a moved highlight is stored exactly as if it had been selected anew; rects of
// the changed pages are left empty for the renderer to measure from its text layer. Pages
// whose text the caller does not have (a long highlight's middle pages, not rendered) keep
// their stored target. Pure: offsets are UTF-16 into page texts (shared/pdf/page-text.ts).
import type { AnnotationTarget } from '../domain/annotation';
import { codePointIndex } from './code-points';
import { createTargets } from './create-selectors';
import { pageTextOf, type PageTexts } from './page-texts';

export type RangeEdge = 'start' | 'end';
/** A character step skips blanks (a quote never starts or ends with one); a word step goes to the next word edge. */
export type EdgeStep = 'character' | 'word';

export interface TextPoint {
  pageIndex: number;
  /** UTF-16 offset into the page text. */
  offset: number;
}

const BLANK = /[\s\u00ad\u200b\u200c\u200d\u2060\ufeff]/;
const WORD = /[\p{L}\p{N}\p{M}_]/u;

function nextCp(text: string, i: number): number {
  const c = text.codePointAt(i);
  return i >= text.length ? i : i + (c !== undefined && c > 0xffff ? 2 : 1);
}

function prevCp(text: string, i: number): number {
  if (i <= 0) return 0;
  const lo = text.charCodeAt(i - 1);
  return i >= 2 && lo >= 0xdc00 && lo <= 0xdfff ? i - 2 : i - 1;
}

const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
const isBlank = (ch: string | undefined) => ch !== undefined && BLANK.test(ch);

/**
 * The offset one step from `offset` in direction `dir` for the given edge. The end edge points
 * after its last character, the start edge at its first, so "extend" is +1 for the end and -1
 * for the start. A character step passes over blanks so that each press changes the quote by
 * one visible character; a word step goes to the end (end edge) or start (start edge) of the
 * next word in that direction, as Ctrl+Shift+arrow does in a text editor.
 */
export function stepOffset(text: string, offset: number, edge: RangeEdge, dir: 1 | -1, step: EdgeStep): number {
  let i = Math.max(0, Math.min(text.length, offset));
  if (step === 'character') {
    if (edge === 'end') {
      if (dir === 1) {
        while (i < text.length && isBlank(text[i])) i++;
        return nextCp(text, i);
      }
      i = prevCp(text, i);
      while (i > 0 && isBlank(text[i - 1])) i--;
      return i;
    }
    if (dir === -1) {
      while (i > 0 && isBlank(text[i - 1])) i--;
      return prevCp(text, i);
    }
    i = nextCp(text, i);
    while (i < text.length && isBlank(text[i])) i++;
    return i;
  }
  if (edge === 'end') {
    if (dir === 1) {
      while (i < text.length && !isWord(text[i])) i++;
      while (i < text.length && isWord(text[i])) i++;
      return i;
    }
    while (i > 0 && isWord(text[i - 1])) i--;
    while (i > 0 && !isWord(text[i - 1])) i--;
    return i;
  }
  if (dir === -1) {
    while (i > 0 && !isWord(text[i - 1])) i--;
    while (i > 0 && isWord(text[i - 1])) i--;
    return i;
  }
  while (i < text.length && isWord(text[i])) i++;
  while (i < text.length && !isWord(text[i])) i++;
  return i;
}

/** Where a text highlight starts and ends: its first target's start, its last target's end. */
export function targetsRange(targets: readonly AnnotationTarget[], texts: PageTexts): { start: TextPoint; end: TextPoint } | null {
  const first = targets[0];
  const last = targets[targets.length - 1];
  if (!first?.position || !last?.position) return null;
  const a = pageTextOf(texts, first.pageIndex);
  const b = pageTextOf(texts, last.pageIndex);
  if (a === undefined || b === undefined) return null;
  return {
    start: { pageIndex: first.pageIndex, offset: codePointIndex(a).toUtf16(first.position.start) },
    end: { pageIndex: last.pageIndex, offset: codePointIndex(b).toUtf16(last.position.end) },
  };
}

function before(a: TextPoint, b: TextPoint): boolean {
  return a.pageIndex < b.pageIndex || (a.pageIndex === b.pageIndex && a.offset < b.offset);
}

/**
 * Targets for the range [start, end). Changed pages get new selectors and empty rects; a page
 * in the range whose text is not in `texts` keeps its target from `previous` (and the range is
 * refused — null — when there is none). Null too when the range holds no visible text.
 */
export function retarget(texts: PageTexts, start: TextPoint, end: TextPoint, previous: readonly AnnotationTarget[] = []): AnnotationTarget[] | null {
  if (before(end, start)) [start, end] = [end, start];
  const built = createTargets(texts, start.pageIndex, start.offset, end.pageIndex, end.offset);
  const out: AnnotationTarget[] = [];
  for (let page = start.pageIndex; page <= end.pageIndex; page++) {
    if (pageTextOf(texts, page) !== undefined) {
      const t = built.find((x) => x.pageIndex === page);
      if (t) out.push(t);
      continue;
    }
    const kept = previous.find((x) => x.pageIndex === page);
    if (!kept) return null;
    out.push(kept);
  }
  if (!out.some((t) => t.quote && t.quote.exact.trim() !== '')) return null;
  // A page whose selectors did not change keeps its measured rects.
  return out.map((t) => {
    const old = previous.find((x) => x.pageIndex === t.pageIndex);
    return old && old.position && t.position && old.position.start === t.position.start && old.position.end === t.position.end ? old : t;
  });
}

/**
 * The targets after moving one edge one step; null when nothing changes (the page's edge is
 * reached, or the highlight would become empty: it keeps at least one visible character).
 * An edge moves within its own page; to cross a page, drag the handle.
 */
export function moveEdge(targets: readonly AnnotationTarget[], texts: PageTexts, edge: RangeEdge, dir: 1 | -1, step: EdgeStep): AnnotationTarget[] | null {
  const range = targetsRange(targets, texts);
  if (!range) return null;
  const point = range[edge];
  const text = pageTextOf(texts, point.pageIndex)!;
  let offset = stepOffset(text, point.offset, edge, dir, step);
  const other = edge === 'start' ? range.end : range.start;
  if (other.pageIndex === point.pageIndex) {
    // Shrinking stops one character short of the other edge.
    if (edge === 'end' && offset <= other.offset) offset = nextCp(text, other.offset);
    if (edge === 'start' && offset >= other.offset) offset = prevCp(text, other.offset);
  }
  if (offset === point.offset) return null;
  const moved = { ...point, offset };
  const next = edge === 'start' ? retarget(texts, moved, range.end, targets) : retarget(texts, range.start, moved, targets);
  if (!next || JSON.stringify(next.map((t) => t.position)) === JSON.stringify(targets.map((t) => t.position))) return null;
  return next;
}

/** The targets with one edge set to `point` (a dropped drag handle); null when the range would be empty. */
export function setEdge(targets: readonly AnnotationTarget[], texts: PageTexts, edge: RangeEdge, point: TextPoint): AnnotationTarget[] | null {
  const range = targetsRange(targets, texts);
  if (!range) return null;
  const next = edge === 'start' ? retarget(texts, point, range.end, targets) : retarget(texts, range.start, point, targets);
  if (!next || JSON.stringify(next.map((t) => [t.pageIndex, t.position])) === JSON.stringify(targets.map((t) => [t.pageIndex, t.position]))) return null;
  return next;
}
