import { describe, expect, it } from 'vitest';
import { normalise, normaliseWithMap, toNormalisedOffset, toOriginalRange } from '../../../../shared/anchoring/normalise-text';

describe('normalise', () => {
  it('collapses whitespace and newlines to one space', () => {
    expect(normalise('a \n\t b\u00a0\u2009c')).toBe('a b c');
  });

  it('expands pdf.js ligatures', () => {
    expect(normalise('e\ufb00ective \ufb01nancial \ufb02ow, su\ufb03cient, ba\ufb04ing')).toBe('effective financial flow, sufficient, baffling');
  });

  it('removes line-end hyphenation and soft hyphens', () => {
    expect(normalise('traf-\nficking')).toBe('trafficking');
    expect(normalise('traf- \n ficking')).toBe('trafficking');
    expect(normalise('traf\u00adficking')).toBe('trafficking');
    expect(normalise('traf\u00ad\nficking')).toBe('trafficking');
  });

  it('keeps hyphens inside a line and dashes between words', () => {
    expect(normalise('well-known')).toBe('well-known');
    expect(normalise('victims -\nnot offenders')).toBe('victims - not offenders');
  });

  it('folds ё to е (precomposed and decomposed), case, quotes and dashes', () => {
    expect(normalise('Её ещё')).toBe('ее еще');
    expect(normalise('ещё')).toBe(normalise('еще\u0308'.normalize('NFD')));
    expect(normalise('“Quoted” – ‘x’')).toBe('"quoted" - \'x\'');
  });

  it('maps every normalised character back to its original range', () => {
    const original = 'The \ufb01rst traf-\nficking  case';
    const norm = normaliseWithMap(original);
    expect(norm.text).toBe('the first trafficking case');
    const at = norm.text.indexOf('first');
    expect(toOriginalRange(norm, at, at + 5)).toEqual({ start: 4, end: 8 }); // "\ufb01rst"
    const t = norm.text.indexOf('trafficking');
    const range = toOriginalRange(norm, t, t + 'trafficking'.length);
    expect(original.slice(range.start, range.end)).toBe('traf-\nficking');
    expect(toNormalisedOffset(norm, 9)).toBe(t);
    expect(toNormalisedOffset(norm, original.length)).toBe(norm.text.length);
  });

  it('keeps surrogate pairs whole in the map', () => {
    const norm = normaliseWithMap('a😀b');
    expect(norm.text).toBe('a😀b');
    expect(toOriginalRange(norm, 1, 2)).toEqual({ start: 1, end: 3 });
  });
});
