// The offset map for each way of counting, and the choice among them made from the selections.
import { describe, expect, it } from 'vitest';
import { detectConvention, offsetMap } from '../../../../../main/core/qdpx/offset-convention';
import { alignPage } from '../../../../../main/core/qdpx/source-alignment';
import { canonicalText } from '../../../../../main/core/qdpx/source-text';

const RAW = 'Hi 👍\r\nwe met\r\nagain';
const canon = Array.from(canonicalText(RAW)); // 'Hi 👍\nwe met\nagain': 'we' at 5, 'again' at 12

describe('offsetMap', () => {
  it('maps each counting onto code points of the LF text, and refuses offsets inside a character', () => {
    const u16 = offsetMap(RAW, false, { utf16: true, crlfAsOne: false, bomCounted: false });
    expect([u16.toCodePoint(7), u16.toCodePoint(4)]).toEqual([5, -1]); // 'we'; inside the emoji
    const atlas = offsetMap(RAW, false, { utf16: false, crlfAsOne: true, bomCounted: false });
    expect(atlas.toCodePoint(12)).toBe(12);
    const spec = offsetMap(RAW, false, { utf16: false, crlfAsOne: false, bomCounted: false });
    expect([spec.toCodePoint(6), spec.toCodePoint(5), spec.toCodePoint(14)]).toEqual([5, -1, 12]); // inside a CRLF: -1
    const bom = offsetMap(RAW, true, { utf16: false, crlfAsOne: false, bomCounted: true });
    expect([bom.toCodePoint(0), bom.toCodePoint(1), bom.toCodePoint(7)]).toEqual([0, 0, 5]);
  });
});

describe('detectConvention', () => {
  it('picks the counting that puts the selections on word boundaries', () => {
    // 'we met' and 'again' as NVivo counts them (UTF-16, CRLF as two).
    const sels = [{ start: 7, end: 13 }, { start: 15, end: 20 }];
    expect(detectConvention(RAW, false, canon, sels, 'Some tool').map.convention).toEqual({ utf16: true, crlfAsOne: false, bomCounted: false });
  });
  it('on a tie follows the tool named in origin, then the spec', () => {
    expect(detectConvention('plain text', false, Array.from('plain text'), [{ start: 0, end: 5 }], 'NVivo 14').map.convention.utf16).toBe(false); // nothing differs: spec
    const tie = [{ start: 0, end: 2 }]; // 'Hi' under every counting
    expect(detectConvention(RAW, false, canon, tie, 'ATLAS.ti 23').map.convention).toEqual({ utf16: false, crlfAsOne: true, bomCounted: false });
    expect(detectConvention(RAW, false, canon, tie, 'MAXQDA 2022').map.convention).toEqual({ utf16: false, crlfAsOne: false, bomCounted: false });
  });
});

describe('alignPage', () => {
  it('pairs the source slice with the page text pdf.js reads: wrap breaks, gaps, dropped characters', () => {
    const slice = 'one two\n\nthree 🙅🏼‍♂️ four';
    const page = 'one\ntwo\nthree 🙅🏼♂️ four'; // wrapped, blank line gone, ZWJ dropped
    const a = alignPage(slice, page);
    const pick = (s: number, e: number) => Array.from(page).slice(a.start(s), a.end(e)).join('');
    const cps = Array.from(slice);
    const at = (w: string) => cps.join('').indexOf(w);
    expect(pick(Array.from(slice.slice(0, at('two'))).length, Array.from(slice.slice(0, at('two') + 3)).length)).toBe('two');
    const four = Array.from(slice.slice(0, slice.indexOf('four'))).length;
    expect(pick(four, four + 4)).toBe('four');
    expect(pick(0, cps.length)).toBe(page);
  });
});
