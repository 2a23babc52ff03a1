import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { approximateSearch, editDistance } from '../../../../shared/anchoring/approx-search';

/** Reference: smallest edit distance of `pattern` against any substring of `text` (plain DP). */
function bestSemiGlobal(text: string, pattern: string): number {
  let prev = new Array(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const cur = [i];
    for (let j = 1; j <= text.length; j++) {
      cur[j] = Math.min(prev[j - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    }
    prev = cur;
  }
  return Math.min(...prev);
}

describe('approximateSearch', () => {
  it('finds an exact occurrence with zero errors', () => {
    expect(approximateSearch('the quick brown fox', 'brown', 0)).toEqual([{ start: 10, end: 15, errors: 0 }]);
  });

  it('finds an occurrence with one substitution', () => {
    const [m] = approximateSearch('the quick brown fox', 'briwn', 1);
    expect(m).toEqual({ start: 10, end: 15, errors: 1 });
  });

  it('finds nothing when the budget is too small', () => {
    expect(approximateSearch('the quick brown fox', 'bxxwn', 1)).toEqual([]);
  });

  it('handles a pattern longer than 64 characters (three blocks) with edits', () => {
    const sentence = 'Trafficking in human beings is a serious crime and a gross violation of human rights. ';
    const text = 'x'.repeat(500) + sentence + 'y'.repeat(500);
    const edited = sentence.replace('serious', 'grave').replace('gross', 'grievous');
    const matches = approximateSearch(text, edited, 20);
    expect(matches).toHaveLength(1);
    expect(matches[0].start).toBe(500);
    expect(matches[0].end).toBe(500 + sentence.length);
    expect(matches[0].errors).toBe(editDistance(edited, sentence));
  });

  it('reports every one of several occurrences', () => {
    const text = 'abc-article 4-def-article 4-ghi-artcle 4';
    const matches = approximateSearch(text, 'article 4', 1);
    expect(matches.map((m) => [m.start, m.errors])).toEqual([[4, 0], [18, 0], [32, 1]]);
  });

  it('editDistance is Levenshtein distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('agrees with a plain dynamic programme on random inputs (1-3 blocks)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 160 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 90 }),
        fc.integer({ min: 0, max: 40 }),
        (text, pattern, budget) => {
          // A budget >= the pattern length would also "match" the empty string: not a use case.
          const k = Math.min(budget, pattern.length - 1);
          const matches = approximateSearch(text, pattern, k);
          for (const m of matches) {
            expect(m.errors).toBeLessThanOrEqual(k);
            expect(editDistance(pattern, text.slice(m.start, m.end))).toBe(m.errors);
          }
          const best = bestSemiGlobal(text, pattern);
          if (best <= k) expect(Math.min(...matches.map((m) => m.errors))).toBe(best);
          else expect(matches).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });
});
