// The library's row window: the rows in view plus a margin, spacers for the rest, and the last
// rows shown even when the scroll position read before a filter lies past the new end.
import { describe, expect, it } from 'vitest';
import { LIBRARY_ROW_HEIGHT as H, rowWindow } from '../../../../renderer/features/library/row-window';

describe('rowWindow', () => {
  it('covers the viewport with a margin and keeps the full height', () => {
    const w = rowWindow(2000, 100 * H, 20 * H);
    expect(w.start).toBeLessThanOrEqual(100);
    expect(w.end).toBeGreaterThanOrEqual(120);
    expect(w.end - w.start).toBeLessThan(60);
    expect(w.padTop + (w.end - w.start) * H + w.padBottom).toBe(2000 * H);
  });

  it('renders everything of a short list, and the end of a long one scrolled to the bottom', () => {
    expect(rowWindow(5, 0, 600)).toEqual({ start: 0, end: 5, padTop: 0, padBottom: 0 });
    const end = rowWindow(2000, 2000 * H, 600);
    expect(end.end).toBe(2000);
    expect(end.padBottom).toBe(0);
  });

  it('shows the rows of a list that shrank under a stale scroll position', () => {
    const w = rowWindow(3, 1900 * H, 600);
    expect(w).toEqual({ start: 0, end: 3, padTop: 0, padBottom: 0 });
  });
});
