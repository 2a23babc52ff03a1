// The tokenizer walks a per-character table instead of running a /u regex over the page
// (issue 12: the snippets of a screen of hits tokenize 50 pages). The regex over the whole
// text stays here as the definition; the table walk must give the very same tokens on any
// text: letters of every script, digits, private use, combining marks (part of a word, not
// of its key), astral characters, lone surrogates, joiners and punctuation. Agreement with
// SQLite's own tokenizer is checked in tests/unit/main/db/repositories/search-consistency.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchTokens, type SearchToken } from '../../../../shared/text/search-tokens';

/** The definition: runs of [\p{L}\p{N}\p{Co}\p{M}], keys without marks, empty keys skipped. */
function byRegex(text: string): SearchToken[] {
  const out: SearchToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{Co}\p{M}]+/gu)) {
    const key = m[0].replace(/\p{M}/gu, '');
    if (key.length > 0) out.push({ key, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const PIECES = [
  'a', 'Z', '9', ' ', '.', '-', '_', '\u00ad', 'ж', 'Ё', '\u0301', '\u0300', '\u0482', '\u0488', '\ue000', '😀', '\ud835\udc00',
  '\ud800', '\udc00', '٣', '中', '\u200d', 'ﬁ', '\t', '\n', '\u{f0000}', 'ǅ', 'ⅻ',
];

describe('searchTokens', () => {
  it('splits a report sentence into its words with their offsets', () => {
    expect(searchTokens('Торговля людьми, 2019: anti-trafficking')).toEqual([
      { key: 'Торговля', start: 0, end: 8 },
      { key: 'людьми', start: 9, end: 15 },
      { key: '2019', start: 17, end: 21 },
      { key: 'anti', start: 23, end: 27 },
      { key: 'trafficking', start: 28, end: 39 },
    ]);
  });

  it('keeps combining marks inside a word and out of its key; a mark alone is no word', () => {
    expect(searchTokens('е\u0301сли \u0301 x')).toEqual([
      { key: 'если', start: 0, end: 5 },
      { key: 'x', start: 8, end: 9 },
    ]);
  });

  it('gives the same tokens as the regex on mixed scripts, marks and surrogates', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(searchTokens(text)).toEqual(byRegex(text));
    }), { numRuns: 5_000 });
  });

  it('gives the same tokens as the regex on any UTF-16 text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      expect(searchTokens(text)).toEqual(byRegex(text));
    }), { numRuns: 5_000 });
  });
});
