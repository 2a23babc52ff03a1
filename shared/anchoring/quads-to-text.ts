// From a PDF text-markup annotation's QuadPoints (one box per marked line, PDF points) to the
// range of the page text it marks, through the page's text layout (PdfSpan: each text item's
// box and its range in the page text). A span counts when it shares at least half of the
// smaller height with a quad (so the line above or below, touching the box, does not) and
// overlaps it horizontally; within a span the characters are taken by their share of its
// width — the layout has item boxes, not glyph boxes, and a character counts when the quad
// covers more than ~1/3 of it (readers' quads stop a little short of the last glyph).
import type { PdfRect } from '../domain/annotation';
import type { PdfSpan } from './text-range-rects';

const MIN_VERTICAL_SHARE = 0.5;
const CHAR_SLACK = 0.35;

export function rangeForQuads(spans: readonly PdfSpan[], quads: readonly PdfRect[]): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const q of quads) {
    for (const s of spans) {
      const sh = s.rect.y2 - s.rect.y1;
      const qh = q.y2 - q.y1;
      const vertical = Math.min(s.rect.y2, q.y2) - Math.max(s.rect.y1, q.y1);
      if (sh <= 0 || qh <= 0 || vertical < MIN_VERTICAL_SHARE * Math.min(sh, qh)) continue;
      const sw = s.rect.x2 - s.rect.x1;
      const left = Math.max(s.rect.x1, q.x1);
      const right = Math.min(s.rect.x2, q.x2);
      if (sw <= 0 || right <= left) continue;
      const chars = s.end - s.start;
      const from = Math.max(0, Math.floor(((left - s.rect.x1) / sw) * chars + CHAR_SLACK));
      const to = Math.min(chars, Math.ceil(((right - s.rect.x1) / sw) * chars - CHAR_SLACK));
      if (to <= from) continue;
      start = Math.min(start, s.start + from);
      end = Math.max(end, s.start + to);
    }
  }
  return Number.isFinite(start) && end > start ? { start, end } : null;
}
