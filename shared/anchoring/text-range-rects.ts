// Highlight boxes for a character range, from the text layer's span boxes, and merging of
// the boxes of one line. The renderer measures each text-layer span once (viewport space)
// and calls these pure functions; the result is converted to PDF points for storage.
//
// Approximation: a span only gives us its box, not per-glyph positions, so a range that
// starts or ends inside a span is cut at a proportional width: character i of an n-character
// span starts at left + width * i / n. For proportional fonts the cut may be off by part of
// a glyph (in 10 pt text an "m" is ~8 pt and an "i" ~3 pt wide: error < one glyph, ~5 pt at
// worst); whole spans, i.e. most of any multi-word selection, are exact.

import type { PdfRect } from '../domain/annotation';
import type { ViewportRect } from './geometry';

/** Direction in which a span's characters advance on screen. */
export type TextDirection = 'ltr' | 'rtl' | 'ttb' | 'btt';

export interface SpanBox {
  /** [start, end) of the span's characters in the page text (UTF-16 offsets). */
  start: number;
  end: number;
  /** The span's box in viewport space. */
  box: ViewportRect;
  /** Default 'ltr'; use directionForRotation for horizontal text on a rotated page. */
  direction?: TextDirection;
}

/** Advance direction on screen of horizontal left-to-right text on a page rotated clockwise. */
export function directionForRotation(rotation: 0 | 90 | 180 | 270): TextDirection {
  return rotation === 90 ? 'ttb' : rotation === 180 ? 'rtl' : rotation === 270 ? 'btt' : 'ltr';
}

export interface MergeOptions {
  /** Largest gap between boxes of one line that is bridged, in the boxes' units; default 3. */
  maxGap?: number;
  /** Lines run vertically (text on a page rotated by 90 or 270 degrees). */
  vertical?: boolean;
}

function union(a: ViewportRect, b: ViewportRect): ViewportRect {
  return { left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) };
}

/**
 * Same line: the boxes overlap across the line by more than half the smaller one's extent
 * (so a superscript or a taller bold word joins its line, the next line does not: line
 * spacing is >= 100% of the font size, overlap of adjacent lines ~0), and the gap along the
 * line is at most maxGap (a word space is ~2.5 pt at 10 pt; columns are >= 12 pt apart).
 */
function sameLine(a: ViewportRect, b: ViewportRect, maxGap: number, vertical: boolean): boolean {
  const [a0, a1, b0, b1] = vertical ? [a.left, a.right, b.left, b.right] : [a.top, a.bottom, b.top, b.bottom];
  const overlap = Math.min(a1, b1) - Math.max(a0, b0);
  const smaller = Math.min(a1 - a0, b1 - b0);
  if (smaller <= 0 ? overlap < 0 : overlap <= smaller / 2) return false;
  const [c0, c1, d0, d1] = vertical ? [a.top, a.bottom, b.top, b.bottom] : [a.left, a.right, b.left, b.right];
  const gap = Math.max(c0, d0) - Math.min(c1, d1);
  return gap <= maxGap;
}

/** Merges boxes that sit on one line and touch or nearly touch; order: by line, then along it. */
export function mergeLineRects(rects: readonly ViewportRect[], options: MergeOptions = {}): ViewportRect[] {
  const maxGap = options.maxGap ?? 3;
  const vertical = options.vertical ?? false;
  const sorted = [...rects]
    .filter((r) => r.right >= r.left && r.bottom >= r.top)
    .sort((a, b) => (vertical ? a.left - b.left || a.top - b.top : a.top - b.top || a.left - b.left));
  let merged: ViewportRect[] = [];
  for (const rect of sorted) {
    const target = merged.findIndex((m) => sameLine(m, rect, maxGap, vertical));
    if (target >= 0) merged[target] = union(merged[target], rect);
    else merged.push(rect);
  }
  // A union may now reach a box it was not next to before (A..C joined after B): repeat until stable.
  for (let changed = true; changed; ) {
    changed = false;
    const next: ViewportRect[] = [];
    for (const rect of merged) {
      const target = next.findIndex((m) => sameLine(m, rect, maxGap, vertical));
      if (target >= 0) {
        next[target] = union(next[target], rect);
        changed = true;
      } else next.push(rect);
    }
    merged = next;
  }
  return merged;
}

/** mergeLineRects for rects in PDF user space (y up) on an unrotated page. */
export function mergePdfLineRects(rects: readonly PdfRect[], maxGap = 3): PdfRect[] {
  const flipped = rects.map((r) => ({ left: Math.min(r.x1, r.x2), right: Math.max(r.x1, r.x2), top: -Math.max(r.y1, r.y2), bottom: -Math.min(r.y1, r.y2) }));
  return mergeLineRects(flipped, { maxGap }).map((r) => ({ x1: r.left, y1: -r.bottom, x2: r.right, y2: -r.top }));
}

/** The part of a span's box holding its characters [from, to) (relative to the span start). */
function partialBox(span: SpanBox, from: number, to: number): ViewportRect {
  const n = span.end - span.start;
  const f0 = from / n;
  const f1 = to / n;
  const { left, top, right, bottom } = span.box;
  const w = right - left;
  const h = bottom - top;
  switch (span.direction ?? 'ltr') {
    case 'rtl': return { left: right - w * f1, top, right: right - w * f0, bottom };
    case 'ttb': return { left, top: top + h * f0, right, bottom: top + h * f1 };
    case 'btt': return { left, top: bottom - h * f1, right, bottom: bottom - h * f0 };
    default: return { left: left + w * f0, top, right: left + w * f1, bottom };
  }
}

/**
 * Boxes covering the characters [start, end) of the page text, one per line: spans fully
 * inside contribute their box, spans cut by the range a proportional part (see above).
 */
export function rectsForRange(spans: readonly SpanBox[], start: number, end: number, options: MergeOptions = {}): ViewportRect[] {
  if (!(end > start)) return [];
  const parts: ViewportRect[] = [];
  let vertical = options.vertical;
  for (const span of spans) {
    if (span.end <= span.start || span.end <= start || span.start >= end) continue;
    parts.push(partialBox(span, Math.max(start, span.start) - span.start, Math.min(end, span.end) - span.start));
    if (vertical === undefined && span.direction) vertical = span.direction === 'ttb' || span.direction === 'btt';
  }
  return mergeLineRects(parts, { ...options, vertical: vertical ?? false });
}

/** A text item's box in PDF user space (from pdf.js text content), with its page-text range. */
export interface PdfSpan {
  start: number;
  end: number;
  rect: PdfRect;
}

/**
 * rectsForRange in PDF user space: the rects (PDF points, one per line) covering the
 * characters [start, end) of a page text whose items lie in `spans`. What the backend
 * stores for a target it moved, so geometry never has to wait for the reader.
 */
export function pdfRectsForRange(spans: readonly PdfSpan[], start: number, end: number, maxGap = 3): PdfRect[] {
  const boxes: SpanBox[] = spans.map((s) => ({
    start: s.start,
    end: s.end,
    box: { left: Math.min(s.rect.x1, s.rect.x2), right: Math.max(s.rect.x1, s.rect.x2), top: -Math.max(s.rect.y1, s.rect.y2), bottom: -Math.min(s.rect.y1, s.rect.y2) },
  }));
  return rectsForRange(boxes, start, end, { maxGap }).map((r) => ({ x1: r.left, y1: -r.bottom, x2: r.right, y2: -r.top }));
}
