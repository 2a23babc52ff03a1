// normalizeSearch: folds case, ё and Latin diacritics, and never changes the length.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSearch } from '../../../../shared/text/normalize-search';
import { searchTokens } from '../../../../shared/text/search-tokens';

describe('normalizeSearch', () => {
  it('lower-cases and folds ё/Ё to е', () => {
    expect(normalizeSearch('Ёлка и ЁЖ, всё')).toBe('елка и еж, все');
    expect(normalizeSearch('Trafficking IN Persons')).toBe('trafficking in persons');
  });

  it('folds Latin diacritics but keeps Cyrillic й', () => {
    expect(normalizeSearch('Café Ţară Ångström')).toBe('cafe tara angstrom');
    expect(normalizeSearch('Мой край')).toBe('мой край');
  });

  it('keeps length where lower-casing would expand (İ -> i + dot), folding İ to i', () => {
    const s = 'İstanbul İZMİR';
    expect(s.toLowerCase()).toHaveLength(s.length + 3);
    expect(normalizeSearch(s)).toBe('istanbul izmir');
  });

  it('keeps the length of any string (offsets map 1:1)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => normalizeSearch(s).length === s.length),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => normalizeSearch(s).length === s.length));
  });
});

describe('searchTokens', () => {
  it('splits like unicode61 and drops combining marks from keys', () => {
    const text = normalizeSearch('Anti-trafficking (2011/36/EU) cafe\u0301 под_ключ');
    expect(searchTokens(text).map((t) => t.key)).toEqual(['anti', 'trafficking', '2011', '36', 'eu', 'cafe', 'под', 'ключ']);
    const t = searchTokens(text)[5];
    expect(text.slice(t.start, t.end)).toBe('cafe\u0301');
  });
});
