import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorTarget } from '../../../../shared/anchoring/anchor';
import { codePointIndex } from '../../../../shared/anchoring/code-points';
import { createSelectors } from '../../../../shared/anchoring/create-selectors';
import { normalise } from '../../../../shared/anchoring/normalise-text';

// Characters that exercise every rule: astral pairs, Cyrillic with ё, ligatures, soft and
// hard hyphens, line breaks and runs of spaces.
const unit = fc.constantFrom('a', 'b', 'e', 'ж', 'ё', 'е', '😀', '\ufb01', '\u00ad', '-', '\n', ' ', ' ', 'X');

describe('anchoring properties', () => {
  it('createSelectors then anchorTarget on the same text returns the same range, anchored', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), fc.nat(), fc.nat(), fc.nat({ max: 20 }), (text, a, b, pageIndex) => {
        const cps = codePointIndex(text);
        const n = cps.codePointLength;
        const [s, e] = [a % (n + 1), b % (n + 1)].sort((x, y) => x - y);
        const start = cps.toUtf16(s);
        const end = cps.toUtf16(e);
        const { quote, position } = createSelectors(text, start, end);
        const pages = new Map([[pageIndex, text]]);
        const result = anchorTarget({ pageIndex, rects: [], quote, position }, pages);
        expect(result).toEqual({ status: 'anchored', pageIndex, start, end, score: 1 });
      }),
      { numRuns: 500 },
    );
  });

  it('re-anchors to an occurrence of the quote after text was inserted before it', () => {
    const word = fc.constantFrom('alpha', 'beta', 'Gamma', 'ёлка', 'елка', 'traf-\nficking', 'e\ufb03cient', '😀', 'xi');
    const words = fc.array(word, { minLength: 4, maxLength: 60 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(words, fc.nat(), fc.nat(), fc.string({ unit, minLength: 1, maxLength: 50 }), (text, a, b, inserted) => {
        const cut = [0, ...[...text.matchAll(/ /g)].map((m) => m.index! + 1), text.length + 1];
        const i = a % (cut.length - 1);
        const j = i + 1 + (b % (cut.length - 1 - i));
        const start = cut[i];
        const end = cut[j] - 1;
        fc.pre(end > start);
        const { quote, position } = createSelectors(text, start, end);
        const shifted = inserted + ' ' + text;
        const r = anchorTarget({ pageIndex: 0, rects: [], quote, position }, [shifted]);
        expect(r.status).not.toBe('orphan');
        expect(normalise(shifted.slice(r.start, r.end))).toBe(normalise(quote.exact).trim());
      }),
      { numRuns: 300 },
    );
  });
});
