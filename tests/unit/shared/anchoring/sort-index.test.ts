import { describe, expect, it } from 'vitest';
import { compareSortIndex, parseSortIndex, sortIndex, topFromPageTop } from '../../../../shared/anchoring/sort-index';

describe('sortIndex', () => {
  it('zero-pads page, offset and top', () => {
    expect(sortIndex(3, 1234, 56.7)).toBe('00003|0001234|00056');
  });

  it('clamps negative and oversized values', () => {
    expect(sortIndex(-1, -5, -20)).toBe('00000|0000000|00000');
    expect(sortIndex(1e9, 1e12, 1e9)).toBe('99999|9999999|99999');
    expect(sortIndex(NaN, 1, 2)).toBe('00000|0000001|00002');
  });

  it('sorts as strings in reading order: page, then offset, then top', () => {
    const keys = [sortIndex(10, 0, 0), sortIndex(2, 500, 10), sortIndex(2, 40, 700), sortIndex(2, 40, 80)];
    expect([...keys].sort(compareSortIndex)).toEqual([sortIndex(2, 40, 80), sortIndex(2, 40, 700), sortIndex(2, 500, 10), sortIndex(10, 0, 0)]);
  });

  it('parses back', () => {
    expect(parseSortIndex('00003|0001234|00056')).toEqual({ pageIndex: 3, offset: 1234, top: 56 });
    expect(parseSortIndex('3|1|2')).toBeNull();
  });

  it('measures top from the page top using the highest rect', () => {
    expect(topFromPageTop([{ y1: 600, y2: 612 }, { y1: 700, y2: 712 }], 792)).toBe(80);
    expect(topFromPageTop([], 792)).toBe(0);
  });
});
