import { describe, expect, it } from 'vitest';
import {
  computeLayout,
  CSS_PX_PER_POINT,
  currentPageIndex,
  PAGE_GAP,
  pageIndexAtOffset,
  pageOffsetFraction,
  renderOrder,
  scrollTopForPage,
  visibleRange,
  widenRange,
} from '../../../../renderer/features/reader/reader-layout';

const A4 = { width: 595.28, height: 841.89 };
const LANDSCAPE = { width: 841.89, height: 595.28 };
const pages = (n: number) => Array.from({ length: n }, () => A4);

describe('computeLayout', () => {
  it('stacks pages with gaps at whole-pixel sizes', () => {
    const l = computeLayout(pages(3), 1);
    expect(l.widths[0]).toBe(Math.floor(A4.width * CSS_PX_PER_POINT)); // 793
    expect(l.heights[0]).toBe(Math.floor(A4.height * CSS_PX_PER_POINT)); // 1122
    expect(l.tops).toEqual([PAGE_GAP, PAGE_GAP * 2 + 1122, PAGE_GAP * 3 + 2 * 1122]);
    expect(l.totalHeight).toBe(PAGE_GAP * 4 + 3 * 1122);
  });

  it('scales with zoom and keeps the widest page for mixed orientations', () => {
    const l = computeLayout([A4, LANDSCAPE, A4], 2);
    expect(l.scale).toBeCloseTo(2 * CSS_PX_PER_POINT);
    expect(l.maxWidth).toBe(Math.floor(LANDSCAPE.width * l.scale));
    expect(l.heights[1]).toBe(Math.floor(LANDSCAPE.height * l.scale));
  });
});

describe('page from scroll offset', () => {
  const l = computeLayout(pages(600), 1);
  const stride = 1122 + PAGE_GAP;

  it('finds the page whose box holds an offset', () => {
    expect(pageIndexAtOffset(l, 0)).toBe(0);
    expect(pageIndexAtOffset(l, PAGE_GAP + 1121)).toBe(0);
    expect(pageIndexAtOffset(l, PAGE_GAP + stride)).toBe(1);
    expect(pageIndexAtOffset(l, PAGE_GAP + 299 * stride + 10)).toBe(299);
    expect(pageIndexAtOffset(l, l.totalHeight + 5000)).toBe(599);
  });

  it('names as current the page under the line a third down the viewport', () => {
    // Page 10's top just below the viewport top: the 1/3 line (300 px down) is in page 10.
    const top = l.tops[10] - 50;
    expect(currentPageIndex(l, top, 900, l.totalHeight)).toBe(10);
    // Page 10's top 400 px down: the 1/3 line is still on page 9.
    expect(currentPageIndex(l, l.tops[10] - 400, 900, l.totalHeight)).toBe(9);
  });

  it('reports the last page at the end of the document even if its top never reaches the 1/3 line', () => {
    const short = computeLayout(pages(3), 0.5);
    const viewport = short.heights[0] * 2;
    const scrollTop = short.totalHeight - viewport;
    expect(currentPageIndex(short, scrollTop, viewport, short.totalHeight)).toBe(2);
  });

  it('round-trips page offset fractions and scroll positions', () => {
    const st = scrollTopForPage(l, 300, 0.25);
    expect(pageIndexAtOffset(l, st)).toBe(300);
    expect(pageOffsetFraction(l, 300, st)).toBeCloseTo(0.25, 2);
    expect(scrollTopForPage(l, 300)).toBe(l.tops[300] - PAGE_GAP);
    expect(scrollTopForPage(l, 9999)).toBe(l.tops[599] - PAGE_GAP);
    expect(scrollTopForPage(l, -3)).toBe(0);
  });
});

describe('which pages to render', () => {
  const l = computeLayout(pages(600), 1);

  it('renders visible pages first, then up to two on each side, nearest first', () => {
    // Viewport of 900 px starting in the middle of page 100: pages 100 and 101 are visible.
    const scrollTop = l.tops[100] + 600;
    expect(visibleRange(l, scrollTop, 900)).toEqual({ first: 100, last: 101 });
    expect(renderOrder(l, scrollTop, 900)).toEqual([100, 101, 102, 99, 103, 98]);
  });

  it('clamps at the document ends', () => {
    expect(renderOrder(l, 0, 900)).toEqual([0, 1, 2]);
    const end = l.totalHeight - 900;
    expect(renderOrder(l, end, 900)).toEqual([599, 598, 597]);
  });

  it('renders a whole screen of small pages when zoomed out', () => {
    const small = computeLayout(pages(600), 0.25);
    const order = renderOrder(small, 0, 1000);
    const vis = visibleRange(small, 0, 1000);
    expect(vis.last - vis.first + 1).toBeGreaterThanOrEqual(3);
    expect(order.slice(0, vis.last + 1)).toEqual(Array.from({ length: vis.last + 1 }, (_, i) => i));
    expect(order).toHaveLength(vis.last + 1 + 2);
  });

  it('does not count a page whose gap alone is in view', () => {
    const scrollTop = l.tops[5];
    // Viewport ends inside the gap below page 5: page 6 is not visible.
    const vh = l.heights[5] + 4;
    expect(visibleRange(l, scrollTop, vh)).toEqual({ first: 5, last: 5 });
  });

  it('widens and clamps ranges', () => {
    expect(widenRange({ first: 1, last: 2 }, 5, 600)).toEqual({ first: 0, last: 7 });
    expect(widenRange({ first: 598, last: 599 }, 2, 600)).toEqual({ first: 596, last: 599 });
    expect(widenRange({ first: 0, last: -1 }, 2, 0)).toEqual({ first: 0, last: -1 });
  });
});
