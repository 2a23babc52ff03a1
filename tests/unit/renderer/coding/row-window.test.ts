// The panel's windowing logic: which of 2,000 variable-height rows to render for a scroll
// position, the padding that keeps the scroll bar true, and where to scroll to reveal a row.
import { describe, expect, it } from 'vitest';
import { rowOffsets, rowWindow, scrollToReveal } from '../../../../renderer/features/coding/row-window';

const measured = (heights: Record<number, number>) => (i: number) => heights[i];

describe('rowWindow', () => {
  it('renders only the rows in the viewport plus the overscan, the rest as padding', () => {
    const w = rowWindow({ count: 2000, heightOf: () => undefined, estimate: 100, scrollTop: 50_000, viewport: 1000, overscan: 300 });
    // 49,700 .. 51,300 px: rows 497 to 513, not 2,000.
    expect(w.start).toBe(497);
    expect(w.end).toBe(514);
    expect(w.padTop).toBe(49_700);
    expect(w.padBottom).toBe(200_000 - 51_400);
    expect(w.total).toBe(200_000);
  });

  it('uses measured heights where known and the estimate elsewhere', () => {
    const w = rowWindow({ count: 20, heightOf: measured({ 0: 300, 1: 300 }), estimate: 100, scrollTop: 650, viewport: 900, overscan: 0 });
    expect(w.start).toBe(2); // rows 0-1 end at 600; row 2 spans 600-700
    expect(w.end).toBe(12); // row 11 spans 1,500-1,600, the viewport ends at 1,550
    expect(w.padTop).toBe(600);
    expect(w.padBottom).toBe(800);
    expect(w.total).toBe(2400);
  });

  it('reaches the last row at the end and renders a first screen before the viewport is laid out', () => {
    const end = rowWindow({ count: 2000, heightOf: () => undefined, estimate: 100, scrollTop: 199_300, viewport: 700, overscan: 600 });
    expect(end.end).toBe(2000);
    expect(end.padBottom).toBe(0);
    const unlaid = rowWindow({ count: 2000, heightOf: () => undefined, estimate: 100, scrollTop: 0, viewport: 0, overscan: 0 });
    expect(unlaid.start).toBe(0);
    expect(unlaid.end).toBeGreaterThanOrEqual(8);
    expect(rowWindow({ count: 0, heightOf: () => undefined, estimate: 100, scrollTop: 0, viewport: 500, overscan: 0 })).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0, total: 0 });
  });
});

describe('scrollToReveal', () => {
  const offsets = rowOffsets(100, () => undefined, 50);
  it('leaves a row in view alone and moves the least to show one above or below', () => {
    expect(scrollToReveal(offsets, 3, 100, 200)).toBeNull(); // 150-200 inside 100-300
    expect(scrollToReveal(offsets, 1, 100, 200)).toBe(50); // above: its top at the top
    expect(scrollToReveal(offsets, 90, 100, 200)).toBe(4550 - 200); // below: its bottom at the bottom
  });
});
