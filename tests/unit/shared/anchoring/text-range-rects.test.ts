import { describe, expect, it } from 'vitest';
import { mergeLineRects, mergePdfLineRects, rectsForRange, directionForRotation, type SpanBox } from '../../../../shared/anchoring/text-range-rects';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('mergeLineRects', () => {
  it('merges touching and nearly touching boxes of one line', () => {
    expect(mergeLineRects([box(0, 0, 10, 12), box(12, 0, 30, 12), box(30, 1, 40, 12)])).toEqual([box(0, 0, 40, 12)]);
  });

  it('keeps boxes apart when the gap is wider than maxGap (columns)', () => {
    expect(mergeLineRects([box(0, 0, 10, 12), box(30, 0, 40, 12)], { maxGap: 3 })).toHaveLength(2);
  });

  it('does not merge adjacent lines (vertical overlap below 50%)', () => {
    const merged = mergeLineRects([box(0, 0, 100, 12), box(0, 10, 100, 22)]);
    expect(merged).toEqual([box(0, 0, 100, 12), box(0, 10, 100, 22)]);
  });

  it('merges a superscript-sized box into its line (overlap > 50% of the smaller box)', () => {
    expect(mergeLineRects([box(0, 2, 50, 14), box(50, 0, 55, 8)])).toEqual([box(0, 0, 55, 14)]);
  });

  it('merges transitively regardless of input order', () => {
    expect(mergeLineRects([box(24, 0, 36, 10), box(0, 0, 12, 10), box(12, 0, 24, 10)])).toEqual([box(0, 0, 36, 10)]);
  });

  it('merges vertical lines on pages rotated by 90 degrees', () => {
    expect(mergeLineRects([box(0, 0, 12, 10), box(0, 11, 12, 20)], { vertical: true })).toEqual([box(0, 0, 12, 20)]);
  });

  it('merges PDF-space rects (y up)', () => {
    expect(mergePdfLineRects([{ x1: 72, y1: 700, x2: 100, y2: 712 }, { x1: 101, y1: 700, x2: 150, y2: 712 }])).toEqual([{ x1: 72, y1: 700, x2: 150, y2: 712 }]);
  });
});

describe('rectsForRange', () => {
  // Two lines: "Hello world" as two spans (with the space in the first), then "again".
  const spans: SpanBox[] = [
    { start: 0, end: 6, box: box(0, 0, 60, 12) },
    { start: 6, end: 11, box: box(60, 0, 110, 12) },
    { start: 12, end: 17, box: box(0, 14, 50, 26) },
  ];

  it('covers whole spans exactly and merges them per line', () => {
    expect(rectsForRange(spans, 0, 17)).toEqual([box(0, 0, 110, 12), box(0, 14, 50, 26)]);
  });

  it('cuts partial spans proportionally', () => {
    expect(rectsForRange(spans, 2, 8)).toEqual([box(20, 0, 80, 12)]);
  });

  it('returns nothing for an empty range or a range outside all spans', () => {
    expect(rectsForRange(spans, 5, 5)).toEqual([]);
    expect(rectsForRange(spans, 40, 50)).toEqual([]);
  });

  it('cuts along the text direction on rotated pages', () => {
    const down: SpanBox = { start: 0, end: 10, box: box(0, 0, 12, 100), direction: directionForRotation(90) };
    expect(rectsForRange([down], 2, 5)).toEqual([box(0, 20, 12, 50)]);
    const rtl: SpanBox = { start: 0, end: 10, box: box(0, 0, 100, 12), direction: directionForRotation(180) };
    expect(rectsForRange([rtl], 0, 3)).toEqual([box(70, 0, 100, 12)]);
    const up: SpanBox = { start: 0, end: 10, box: box(0, 0, 12, 100), direction: directionForRotation(270) };
    expect(rectsForRange([up], 0, 1)).toEqual([box(0, 90, 12, 100)]);
  });
});
