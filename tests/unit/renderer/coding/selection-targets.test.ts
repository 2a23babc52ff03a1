// Selection -> stored targets: one target per page across a page break, quotes trimmed at the
// break, rects in PDF points that do not depend on the zoom at which the passage was selected,
// and highlight boxes laid out again from those rects at other zoom levels and rotations.
import { describe, expect, it } from 'vitest';
import { createViewport, pdfRectToViewport, rectsForRange, type ViewportSpec } from '../../../../shared/anchoring/index';
import type { PdfRect } from '../../../../shared/domain/annotation';
import { boxToPixels, highlightPaint, targetBoxes } from '../../../../renderer/features/coding/highlight-layout';
import { selectionToTargets, targetsQuote, type PageSelectionSource } from '../../../../renderer/features/coding/selection-targets';

const VIEWBOX = [0, 0, 595, 842] as const;

// Two pages; the sentence "The sentence crosses the page break and ends here." starts at the
// bottom of page 0 and ends at the top of page 1. Each span is one line, positioned in PDF points.
const PAGE0 = 'Intro line.\nThe sentence crosses\n';
const PAGE1 = 'the page break and ends here.\nNext.';
const spans0 = [
  { start: 0, end: 11, pdf: { x1: 56, y1: 100, x2: 116, y2: 111 } },
  { start: 12, end: 32, pdf: { x1: 56, y1: 80, x2: 176, y2: 91 } },
];
const spans1 = [
  { start: 0, end: 29, pdf: { x1: 56, y1: 760, x2: 230, y2: 771 } },
  { start: 30, end: 35, pdf: { x1: 56, y1: 745, x2: 86, y2: 756 } },
];

function source(text: string, spans: typeof spans0, scale: number, rotation = 0): PageSelectionSource {
  const viewport: ViewportSpec = { viewBox: VIEWBOX, scale, rotation };
  const vp = createViewport(viewport);
  const boxes = spans.map((s) => ({ start: s.start, end: s.end, box: pdfRectToViewport(vp, s.pdf) }));
  return { text, viewport, boxesFor: (s, e) => rectsForRange(boxes, s, e, { vertical: rotation % 180 !== 0 }) };
}

const close = (a: PdfRect, b: PdfRect) => {
  for (const k of ['x1', 'y1', 'x2', 'y2'] as const) expect(a[k]).toBeCloseTo(b[k], 1);
};

describe('selectionToTargets', () => {
  it('makes one target per page with trimmed quotes and PDF-point rects', () => {
    const pages = new Map([[0, source(PAGE0, spans0, 1.5)], [1, source(PAGE1, spans1, 1.5)]]);
    // From "The" on page 0 to the end of "here." on page 1.
    const targets = selectionToTargets(pages, { pageIndex: 0, offset: 12 }, { pageIndex: 1, offset: 29 });
    expect(targets.map((t) => t.pageIndex)).toEqual([0, 1]);
    expect(targets[0].quote?.exact).toBe('The sentence crosses');
    expect(targets[1].quote?.exact).toBe('the page break and ends here.');
    expect(targets[0].position).toEqual({ type: 'TextPositionSelector', start: 12, end: 32 });
    expect(targets[0].rects).toHaveLength(1);
    close(targets[0].rects[0], spans0[1].pdf);
    close(targets[1].rects[0], spans1[0].pdf);
    expect(targetsQuote(targets)).toBe('The sentence crosses the page break and ends here.');
  });

  it('stores the same rects whatever the zoom and in either selection direction', () => {
    const at = (scale: number) => new Map([[0, source(PAGE0, spans0, scale)], [1, source(PAGE1, spans1, scale)]]);
    const a = selectionToTargets(at(0.75), { pageIndex: 0, offset: 12 }, { pageIndex: 1, offset: 29 });
    const b = selectionToTargets(at(3), { pageIndex: 1, offset: 29 }, { pageIndex: 0, offset: 12 });
    expect(b.map((t) => t.rects.length)).toEqual(a.map((t) => t.rects.length));
    a.forEach((t, i) => close(t.rects[0], b[i].rects[0]));
  });

  it('cuts a partly selected span proportionally', () => {
    const pages = new Map([[0, source(PAGE0, spans0, 1)]]);
    const [t] = selectionToTargets(pages, { pageIndex: 0, offset: 12 }, { pageIndex: 0, offset: 22 }); // "The senten"
    expect(t.rects[0].x1).toBeCloseTo(56, 1);
    expect(t.rects[0].x2).toBeCloseTo(56 + 120 * (10 / 20), 1);
  });

  it('skips pages whose text is not loaded and blank selections', () => {
    const pages = new Map([[0, source(PAGE0, spans0, 1)]]);
    expect(selectionToTargets(pages, { pageIndex: 0, offset: 12 }, { pageIndex: 1, offset: 5 }).map((t) => t.pageIndex)).toEqual([0]);
    expect(selectionToTargets(pages, { pageIndex: 0, offset: 11 }, { pageIndex: 0, offset: 12 })).toEqual([]);
  });
});

describe('targetBoxes (highlight layout)', () => {
  const target = { pageIndex: 0, rects: [spans0[1].pdf], quote: null, position: { type: 'TextPositionSelector' as const, start: 12, end: 32 } };

  for (const scale of [0.5, 1, 1.37, 2, 4]) {
    for (const rotation of [0, 90, 180, 270]) {
      it(`covers the text-layer span at zoom ${scale * 100}% and rotation ${rotation}`, () => {
        const viewport = { viewBox: VIEWBOX, scale, rotation };
        const vp = createViewport(viewport);
        const [box] = targetBoxes(target, { viewport, text: null, boxesFor: null });
        const px = boxToPixels(box, vp.width, vp.height);
        const expected = pdfRectToViewport(vp, spans0[1].pdf);
        expect(px.left).toBeCloseTo(expected.left, 6);
        expect(px.top).toBeCloseTo(expected.top, 6);
        expect(px.right).toBeCloseTo(expected.right, 6);
        expect(px.bottom).toBeCloseTo(expected.bottom, 6);
      });
    }
  }

  it('lays out a target without rects from its text position and the text layer', () => {
    const src = source(PAGE0, spans0, 2);
    const noRects = { ...target, rects: [] };
    const [box] = targetBoxes(noRects, { viewport: src.viewport, text: PAGE0, boxesFor: src.boxesFor });
    const vp = createViewport(src.viewport);
    const px = boxToPixels(box, vp.width, vp.height);
    const expected = pdfRectToViewport(vp, spans0[1].pdf);
    expect(px.left).toBeCloseTo(expected.left, 6);
    expect(px.bottom).toBeCloseTo(expected.bottom, 6);
    // Not placeable until the text layer exists.
    expect(targetBoxes(noRects, { viewport: src.viewport, text: null, boxesFor: null })).toEqual([]);
  });
});

describe('highlightPaint', () => {
  const colors = new Map([['a', '#4e79a7'], ['b', '#e15759']]);
  it('uses the code colour, stripes for several codes, else the own or default colour', () => {
    expect(highlightPaint({ codeIds: ['a'], color: null }, colors)).toMatchObject({ background: '#4e79a7', multi: false });
    const multi = highlightPaint({ codeIds: ['a', 'b'], color: null }, colors);
    expect(multi.multi).toBe(true);
    expect(multi.background).toContain('#4e79a7');
    expect(multi.background).toContain('#e15759');
    expect(highlightPaint({ codeIds: [], color: '#123456' }, colors).background).toBe('#123456');
    expect(highlightPaint({ codeIds: ['gone'], color: null }, colors).background).toBe('#ffd54f');
  });
});
