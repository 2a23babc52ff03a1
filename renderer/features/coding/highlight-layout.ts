// Where and how a stored highlight is drawn on a page. Boxes are computed from the stored PDF
// rects with the page's viewport and expressed as percentages of the page box: percentages are
// exact at every zoom (the viewport is linear in the scale), so a zoom change needs no new
// measurement, and a redraw recomputes them from the rects, never from cached pixels. Targets
// without rects (auto-coded or re-anchored ones) are laid out from their text position with
// the text layer's boxes. Colours: a code's colour, several codes as stripes, or the
// highlight's own colour. Pure (no DOM).
import { codePointIndex, createViewport, pdfRectToViewport, type ViewportRect, type ViewportSpec } from '../../../shared/anchoring/index';
import type { Annotation, AnnotationTarget } from '../../../shared/domain/annotation';

export interface PercentBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PageLayoutSource {
  viewport: ViewportSpec;
  /** Page text and a measurer, for targets stored without rects; null before the text layer exists. */
  text: string | null;
  boxesFor: ((start: number, end: number) => ViewportRect[]) | null;
}

function toPercent(r: ViewportRect, width: number, height: number): PercentBox {
  return { left: (100 * r.left) / width, top: (100 * r.top) / height, width: (100 * (r.right - r.left)) / width, height: (100 * (r.bottom - r.top)) / height };
}

/** Boxes of one target on its page, in percent of the page box; [] when it cannot be placed yet. */
export function targetBoxes(target: AnnotationTarget, page: PageLayoutSource): PercentBox[] {
  const vp = createViewport(page.viewport);
  if (vp.width <= 0 || vp.height <= 0) return [];
  if (target.rects.length > 0) return target.rects.map((r) => toPercent(pdfRectToViewport(vp, r), vp.width, vp.height));
  if (!target.position || page.text === null || !page.boxesFor) return [];
  const cps = codePointIndex(page.text);
  const boxes = page.boxesFor(cps.toUtf16(target.position.start), cps.toUtf16(target.position.end));
  return boxes.map((b) => toPercent(b, vp.width, vp.height));
}

/** Percent boxes -> CSS px at a page box of `width` x `height` (for tests and hit testing). */
export function boxToPixels(b: PercentBox, width: number, height: number): ViewportRect {
  return { left: (b.left * width) / 100, top: (b.top * height) / 100, right: ((b.left + b.width) * width) / 100, bottom: ((b.top + b.height) * height) / 100 };
}

/** Yellow, as a highlighter pen, when neither a code nor the highlight gives a colour. */
export const DEFAULT_HIGHLIGHT_COLOR = '#ffd54f';

export interface HighlightPaint {
  colors: string[];
  /** CSS background: a flat colour, or diagonal stripes of every code's colour. */
  background: string;
  multi: boolean;
}

/** `codeColors` maps code id -> #rrggbb (codes that no longer exist are ignored). */
export function highlightPaint(annotation: Pick<Annotation, 'codeIds' | 'color'>, codeColors: ReadonlyMap<string, string>): HighlightPaint {
  const colors = annotation.codeIds.map((id) => codeColors.get(id)).filter((c): c is string => !!c);
  if (colors.length === 0) {
    const c = annotation.color ?? DEFAULT_HIGHLIGHT_COLOR;
    return { colors: [c], background: c, multi: false };
  }
  if (colors.length === 1) return { colors, background: colors[0], multi: false };
  // 6 px stripes: wide enough to tell colours apart on a 12 px line, narrow enough that
  // every colour shows on a single short word.
  const stops = colors.map((c, i) => `${c} ${i * 6}px ${(i + 1) * 6}px`).join(', ');
  return { colors, background: `repeating-linear-gradient(135deg, ${stops})`, multi: true };
}
