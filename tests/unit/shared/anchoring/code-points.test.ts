import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointIndex, codePointsAfter, codePointsBefore, snapToCodePoint } from '../../../../shared/anchoring/code-points';

describe('codePointIndex', () => {
  it('is the identity for BMP text (Latin and Cyrillic)', () => {
    const idx = codePointIndex('Торговля людьми — trafficking');
    expect(idx.codePointLength).toBe(29);
    expect(idx.toCodePoint(10)).toBe(10);
    expect(idx.toUtf16(10)).toBe(10);
  });

  it('counts an astral character as one code point', () => {
    const text = 'a😀b𝐀c';
    const idx = codePointIndex(text);
    expect(idx.codePointLength).toBe(5);
    expect(idx.toCodePoint(0)).toBe(0);
    expect(idx.toCodePoint(3)).toBe(2); // after 😀
    expect(idx.toCodePoint(4)).toBe(3);
    expect(idx.toCodePoint(6)).toBe(4);
    expect(idx.toCodePoint(7)).toBe(5);
    expect(idx.toUtf16(2)).toBe(3);
    expect(idx.toUtf16(4)).toBe(6);
    expect(idx.toUtf16(5)).toBe(7);
  });

  it('snaps an offset inside a surrogate pair to the start of its character', () => {
    const idx = codePointIndex('a😀b');
    expect(idx.toCodePoint(2)).toBe(1);
    expect(snapToCodePoint('a😀b', 2)).toBe(1);
  });

  it('clamps out-of-range offsets', () => {
    const idx = codePointIndex('x😀');
    expect(idx.toCodePoint(-5)).toBe(0);
    expect(idx.toCodePoint(99)).toBe(2);
    expect(idx.toUtf16(99)).toBe(3);
  });

  it('walks code points backwards and forwards', () => {
    const text = '😀😀ab😀';
    expect(codePointsBefore(text, 4, 1)).toBe(2);
    expect(codePointsBefore(text, 4, 10)).toBe(0);
    expect(codePointsAfter(text, 4, 3)).toBe(8);
  });

  it('agrees with Array.from on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ж', '😀', '𝐀', ' ', '\ud800') }), (text) => {
        const idx = codePointIndex(text);
        const chars = Array.from(text);
        expect(idx.codePointLength).toBe(chars.length);
        let utf16 = 0;
        for (let cp = 0; cp <= chars.length; cp++) {
          expect(idx.toUtf16(cp)).toBe(utf16);
          expect(idx.toCodePoint(utf16)).toBe(cp);
          if (cp < chars.length) utf16 += chars[cp].length;
        }
      }),
    );
  });
});
