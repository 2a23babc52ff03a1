// The coding strip's placement and bucketing on hand-computed cases: three 100 px pages with no
// gaps mapped onto a 150 px strip (0.5 strip px per document px), and the real layout of the
// 600-page report.
import { describe, expect, it } from 'vitest';
import {
  bucketMarks,
  documentOffsetAt,
  markSpan,
  marksNear,
  MIN_MARK_PX,
  stepMark,
  stripRects,
  summarise,
  type StripMark,
} from '../../../../renderer/features/reader/coding-strip';
import { computeLayout } from '../../../../renderer/features/reader/reader-layout';

const GEO = { tops: [0, 100, 200], heights: [100, 100, 100], totalHeight: 300 };
const RED = '#ff0000';
const BLUE = '#0000ff';
const GREEN = '#00ff00';

function mark(id: string, pageIndex: number, top: number, bottom: number, colors: string[], codeIds = colors.map((c) => `code-${c}`)): StripMark {
  return { id, pageIndex, top, bottom, colors, codeIds };
}

describe('markSpan', () => {
  it('puts a passage at its page and its place on the page, in proportion to the document', () => {
    // Page 3 from 50 % to 60 %: document px 250..260, strip px 125..130, rows 125..129.
    expect(markSpan(mark('a', 2, 0.5, 0.6, [RED]), GEO, 150)).toEqual({ first: 125, last: 129 });
  });

  it('gives a one-line passage at least MIN_MARK_PX rows, growing downwards', () => {
    expect(MIN_MARK_PX).toBe(3);
    // Page 1 at 10 %: strip px 5.
    expect(markSpan(mark('a', 0, 0.1, 0.1, [RED]), GEO, 150)).toEqual({ first: 5, last: 7 });
  });

  it('keeps a mark at the very end whole by moving it up', () => {
    expect(markSpan(mark('a', 2, 1, 1, [RED]), GEO, 150)).toEqual({ first: 147, last: 149 });
  });

  it('takes top and bottom in either order and clamps them to the page', () => {
    expect(markSpan(mark('a', 1, 0.6, -2, [RED]), GEO, 150)).toEqual({ first: 50, last: 79 });
  });

  it('places nothing for a page the layout does not have, or a strip of no height', () => {
    expect(markSpan(mark('a', 7, 0, 1, [RED]), GEO, 150)).toBeNull();
    expect(markSpan(mark('a', 0, 0, 1, [RED]), GEO, 0)).toBeNull();
  });

  it('follows the reader layout of the 600-page report (the gaps count, as in the scroll bar)', () => {
    // A4 at 100 %: 1,122 px pages, 12 px gaps: page i's top is 12 + 1,134 i of 680,412 px.
    const layout = computeLayout(Array.from({ length: 600 }, () => ({ width: 595.28, height: 841.89 })), 1);
    expect(layout.totalHeight).toBe(680412);
    // 509,178 / 680,412 × 600 = 449.003 and 21,558 / 680,412 × 600 = 19.01.
    expect(markSpan(mark('a', 449, 0, 0, [RED]), layout, 600)).toEqual({ first: 449, last: 451 });
    expect(markSpan(mark('b', 19, 0, 0, [RED]), layout, 600)).toEqual({ first: 19, last: 21 });
  });
});

describe('bucketMarks', () => {
  // A: rows 5..9 in red; B: rows 8..14, blue and red; C: rows 125..129 in green.
  const marks = [mark('A', 0, 0.1, 0.2, [RED]), mark('B', 0, 0.16, 0.3, [BLUE, RED]), mark('C', 2, 0.5, 0.6, [GREEN])];
  const b = bucketMarks(marks, GEO, 150);

  it('lists each pixel row’s marks', () => {
    expect(b.height).toBe(150);
    expect(b.rows).toHaveLength(150);
    expect(b.spans).toEqual([{ first: 5, last: 9 }, { first: 8, last: 14 }, { first: 125, last: 129 }]);
    expect(b.rows[4]).toEqual([]);
    expect(b.rows[5]).toEqual([0]);
    expect(b.rows[9]).toEqual([0, 1]);
    expect(b.rows[10]).toEqual([1]);
    expect(b.rows[127]).toEqual([2]);
  });

  it('merges adjacent rows of the same colours into runs, colours in order of first appearance', () => {
    // Red is seen first (A), so red keeps the left lane where B's blue and red meet it.
    expect(b.runs).toEqual([
      { y: 5, height: 3, colors: [RED] },
      { y: 8, height: 7, colors: [RED, BLUE] },
      { y: 125, height: 5, colors: [GREEN] },
    ]);
  });

  it('draws thousands of passages as a few runs (one canvas, not a node per passage)', () => {
    const many = Array.from({ length: 10000 }, (_, i) => mark(`p${i}`, i % 3, (i % 100) / 100, (i % 100) / 100, [i % 2 ? RED : BLUE]));
    const big = bucketMarks(many, GEO, 150);
    expect(big.runs.length).toBeLessThanOrEqual(150);
    expect(big.rows.flat()).toHaveLength(10000 * MIN_MARK_PX);
  });
});

describe('stripRects', () => {
  it('splits a run into equal lanes of whole pixels', () => {
    expect(stripRects([{ y: 8, height: 7, colors: [RED, BLUE] }], 12)).toEqual([
      { x: 0, y: 8, width: 6, height: 7, color: RED },
      { x: 6, y: 8, width: 6, height: 7, color: BLUE },
    ]);
    // 10 / 3: lanes at 0, 3.33 → 3, 6.67 → 7, 10.
    expect(stripRects([{ y: 0, height: 1, colors: [RED, BLUE, GREEN] }], 10).map((r) => [r.x, r.width])).toEqual([[0, 3], [3, 4], [7, 3]]);
  });
});

describe('marksNear', () => {
  const marks = [mark('A', 0, 0.1, 0.2, [RED]), mark('B', 0, 0.16, 0.3, [BLUE])];
  const b = bucketMarks(marks, GEO, 150);

  it('finds the marks under the row, and only those when there are any', () => {
    expect(marksNear(b, 9.5)).toEqual([0, 1]);
    // Row 11: B covers it; A, ending 2 rows above, is not named.
    expect(marksNear(b, 11)).toEqual([1]);
  });

  it('forgives a near miss of up to 3 rows, no more, taking the nearest marks', () => {
    expect(marksNear(b, 17)).toEqual([1]);
    expect(marksNear(b, 18)).toEqual([]);
    expect(marksNear(b, 2)).toEqual([0]);
    expect(marksNear(b, 1)).toEqual([]);
    // Between two marks with 3 empty rows between them: the nearer one, both half-way.
    const gap = bucketMarks([mark('A', 0, 0.1, 0.1, [RED]), mark('B', 0, 0.22, 0.22, [BLUE])], GEO, 150); // rows 5..7 and 11..13
    expect(marksNear(gap, 8)).toEqual([0]);
    expect(marksNear(gap, 9)).toEqual([0, 1]);
    expect(marksNear(gap, 10)).toEqual([1]);
  });
});

describe('summarise', () => {
  it('names the pages, counts a passage across a page break once and lists its codes once', () => {
    const marks = [mark('A', 4, 0.9, 1, [RED], ['funding']), mark('A', 5, 0, 0.1, [RED], ['funding']), mark('B', 5, 0.2, 0.3, [BLUE], ['training', 'funding'])];
    expect(summarise(marks, [0, 1, 2])).toEqual({ firstPage: 4, lastPage: 5, passages: 2, codeIds: ['funding', 'training'] });
    expect(summarise(marks, [])).toBeNull();
  });
});

describe('documentOffsetAt', () => {
  it('maps a strip row back onto the document, clamped to the strip', () => {
    expect(documentOffsetAt(75, 150, GEO)).toBe(150);
    expect(documentOffsetAt(-4, 150, GEO)).toBe(0);
    expect(documentOffsetAt(400, 150, GEO)).toBe(300);
  });
});

describe('stepMark', () => {
  const marks = [mark('A', 0, 0.1, 0.2, [RED]), mark('B', 0, 0.3, 0.4, [RED]), mark('C', 2, 0.5, 0.6, [RED])];
  it('goes to the next passage after the current page, the previous one before it, the first and the last', () => {
    expect(stepMark(marks, 0, 'ArrowDown')?.id).toBe('C');
    expect(stepMark(marks, 2, 'ArrowUp')?.id).toBe('B');
    expect(stepMark(marks, 0, 'ArrowUp')).toBeNull();
    expect(stepMark(marks, 2, 'ArrowDown')).toBeNull();
    expect(stepMark(marks, 1, 'Home')?.id).toBe('A');
    expect(stepMark(marks, 1, 'End')?.id).toBe('C');
    expect(stepMark(marks, 1, 'x')).toBeUndefined();
  });
});
