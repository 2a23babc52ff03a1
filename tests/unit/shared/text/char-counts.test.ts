// The table-driven counts must give what the regular expressions they replace give, for any
// text: letters (astral ones as one, lone surrogates as none), whitespace of every kind,
// replacement and private-use characters; and so must pageNeedsOcr built on them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textCounts } from '../../../../shared/text/char-counts';
import { MIN_LETTERS, pageNeedsOcr } from '../../../../shared/pdf/ocr-text';

/** The expressions the counts replace (pageNeedsOcr as it was written with them). */
const reference = {
  counts: (text: string) => ({
    letters: (text.match(/\p{L}/gu) ?? []).length,
    nonSpace: text.replace(/\s+/gu, '').length,
    junk: (text.match(/[\uFFFD\uE000-\uF8FF]/gu) ?? []).length,
  }),
  // As written before, except that letters are counted in the text itself: the old code
  // counted them after removing whitespace, which joined two lone surrogates either side of a
  // space into one astral letter ('\ud800 \udc00' -> U+10000).
  pageNeedsOcr(text: string): boolean {
    const visible = text.replace(/\s+/gu, '');
    const letters = (text.match(/\p{L}/gu) ?? []).length;
    if (letters < MIN_LETTERS) return true;
    const junk = (visible.match(/[\uFFFD\uE000-\uF8FF]/gu) ?? []).length;
    const withoutLeaders = text.replace(/(?:[.\u00b7\u2026_\u2010-\u2015-]\s*){3,}/gu, '').replace(/\s+/gu, '');
    return junk / visible.length > 0.2 || letters / Math.max(1, withoutLeaders.length) < 0.4;
  },
};

const PIECES = [
  'a', 'Z', 'word ', 'ж', 'Ё', 'слово ', 'ά', '中', 'ß', 'ǅ', '\u0301', '1', '2019', ',', '§',
  ' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff', '\u1680',
  '.', '. . . ', '……', '____', '----', '\u2013\u2014', '·', '\u2010',
  '\ufffd', '\ue000', '\uf8ff', '\uf000\uf001',
  '𝐀', '𐐷', '😀', '\ud800', '\udc00', '\udbff', 'a\ud800', '\udc00b',
];

describe('textCounts', () => {
  it('never makes a letter of lone surrogates that whitespace separates', () => {
    expect(textCounts('\ud800 \udc00')).toEqual({ letters: 0, nonSpace: 2, junk: 0 });
    expect(textCounts('\ud800\udc00')).toEqual({ letters: 1, nonSpace: 2, junk: 0 });
  });


  it('counts as /\\p{L}/gu, /\\s+/gu and /[\\uFFFD\\uE000-\\uF8FF]/gu do', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        expect(textCounts(text)).toEqual(reference.counts(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      expect(textCounts(text)).toEqual(reference.counts(text));
    }), { numRuns: 2000 });
  });

  it('decides pageNeedsOcr as the expressions did, pages of letters, leaders and junk alike', () => {
    const page = fc.array(fc.constantFrom(...PIECES, 'Contents', 'Глава', 'word word word '), { minLength: 10, maxLength: 200 });
    fc.assert(fc.property(page, (parts) => {
      const text = parts.join('');
      expect(pageNeedsOcr(text)).toBe(reference.pageNeedsOcr(text));
    }), { numRuns: 3000 });
  });
});
