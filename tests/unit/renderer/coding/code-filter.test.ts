// The code picker's list: typed-text matching (case, ё/е, every language's name), rank order,
// recent codes first, and the recent list itself.
import { textOf } from '../../../helpers/code-text';
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../../shared/domain/code';
import { filterCodes, matchRank, pruneRecent, pushRecent, RECENT_LIMIT } from '../../../../renderer/features/coding/code-filter';

const code = (id: string, name: string, ru?: string): Code => ({
  id, parentId: null, text: textOf(name, ru), color: '#4e79a7',
  position: 0, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
});

const codes = [
  code('a', 'Influence instruments', 'Инструменты влияния'),
  code('b', 'Knowledge production', 'Производство знаний'),
  code('c', 'Knowledge use for policy influence', 'Использование знаний'),
  code('d', 'Capacity building'),
  code('e', 'Monitoring', 'Мониторинг'),
];
const ids = (list: Code[]) => list.map((c) => c.id);

describe('matchRank', () => {
  it('ranks prefix, then word prefix, then substring', () => {
    expect(matchRank(codes[1], 'know')).toBe(0);
    expect(matchRank(codes[1], 'prod')).toBe(1);
    expect(matchRank(codes[1], 'duct')).toBe(2);
    expect(matchRank(codes[1], 'zzz')).toBe(-1);
  });

  it('ignores case and treats ё as е, and matches the Russian name', () => {
    expect(matchRank(codes[1], 'ПРОИЗВ')).toBe(0);
    expect(matchRank(code('x', 'Шёлковый путь'), 'шелк')).toBe(0);
  });
});

describe('filterCodes', () => {
  it('lists recent codes first (most recent first), then tree order, for an empty query', () => {
    expect(ids(filterCodes(codes, '', ['d', 'b']))).toEqual(['d', 'b', 'a', 'c', 'e']);
  });

  it('keeps only matches, better rank first, recent first within a rank', () => {
    expect(ids(filterCodes(codes, 'knowledge', []))).toEqual(['b', 'c']);
    expect(ids(filterCodes(codes, 'knowledge', ['c']))).toEqual(['c', 'b']);
    // "influence": a prefix of a's name beats a word inside c's name, even though c is recent.
    expect(ids(filterCodes(codes, 'influence', ['c']))).toEqual(['a', 'c']);
  });

  it('returns nothing when nothing matches', () => {
    expect(filterCodes(codes, 'qqq', ['a'])).toEqual([]);
  });
});

describe('recent codes', () => {
  it('puts the applied codes first without duplicates and keeps nine', () => {
    expect(pushRecent(['a', 'b', 'c'], ['c'])).toEqual(['c', 'a', 'b']);
    expect(pushRecent(['a'], ['b', 'c'])).toEqual(['b', 'c', 'a']);
    const many = pushRecent([], Array.from({ length: 12 }, (_, i) => `k${i}`));
    expect(many).toHaveLength(RECENT_LIMIT);
    expect(many[0]).toBe('k0');
  });

  it('forgets codes that were deleted or merged away', () => {
    expect(pruneRecent(['a', 'zz', 'b'], codes)).toEqual(['a', 'b']);
  });
});
