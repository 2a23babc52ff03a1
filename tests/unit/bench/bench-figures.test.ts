// The pure parts of a bench figure's note: ratio to the yardstick (direction by kind), aim text and verdict.
import { describe, expect, it } from 'vitest';
import { asNote, describeAim, judgeAim, ratioToYardstick } from '../../bench/bench-figures';

describe('ratioToYardstick', () => {
  it('divides a time by its yardstick and a rate the other way, so both read "x slower"', () => {
    expect(ratioToYardstick(300, 100)).toBe(3);
    expect(ratioToYardstick(300, 100, 'time')).toBe(3);
    expect(ratioToYardstick(500, 1500, 'rate')).toBe(3);
  });

  it('gives null when either side is missing, text, zero or not finite', () => {
    expect(ratioToYardstick(undefined, 100)).toBeNull();
    expect(ratioToYardstick(100, undefined)).toBeNull();
    expect(ratioToYardstick('12 ms', 100)).toBeNull();
    expect(ratioToYardstick(100, 0)).toBeNull();
    expect(ratioToYardstick(0, 100, 'rate')).toBeNull();
    expect(ratioToYardstick(Infinity, 100)).toBeNull();
  });
});

describe('aims', () => {
  it('reads as people write them', () => {
    expect(describeAim({ on: 'ratio', max: 2.5 })).toBe('<= 2.5x');
    expect(describeAim({ on: 'value', min: 20 })).toBe('>= 20');
    expect(describeAim({ on: 'value', min: 1, max: 5 })).toBe('1..5');
  });

  it('judges the value or the ratio, as the aim says', () => {
    expect(judgeAim({ on: 'value', max: 150 }, 150, null)).toBe('met');
    expect(judgeAim({ on: 'value', max: 150 }, 151, null)).toBe('missed');
    expect(judgeAim({ on: 'value', min: 20 }, 19.9, null)).toBe('missed');
    expect(judgeAim({ on: 'ratio', max: 2.5 }, 400, 2.4)).toBe('met');
    expect(judgeAim({ on: 'ratio', max: 2.5 }, 400, 2.6)).toBe('missed');
  });

  it('judges nothing without an aim, a number or a ratio', () => {
    expect(judgeAim(undefined, 1, 1)).toBeNull();
    expect(judgeAim({ on: 'value', max: 1 }, 'n/a', null)).toBeNull();
    expect(judgeAim({ on: 'ratio', max: 1 }, 5, null)).toBeNull();
  });

  it('takes a plain string note as the note alone', () => {
    expect(asNote('warm pool')).toEqual({ note: 'warm pool' });
    expect(asNote(undefined)).toEqual({});
  });
});
