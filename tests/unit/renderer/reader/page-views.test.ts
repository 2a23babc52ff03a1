import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_PIXELS, MAX_OUTPUT_SCALE, outputScaleFor } from '../../../../renderer/features/reader/page-views';

describe('outputScaleFor (HiDPI canvas size)', () => {
  it('follows devicePixelRatio up to the cap', () => {
    expect(outputScaleFor(800, 1100, 1)).toBe(1);
    expect(outputScaleFor(800, 1100, 1.5)).toBe(1.5);
    expect(outputScaleFor(800, 1100, 3)).toBe(MAX_OUTPUT_SCALE);
    expect(outputScaleFor(800, 1100, 0)).toBe(1);
  });

  it('shrinks the backing store of a huge page to the pixel budget', () => {
    // A4 at 500 % is ~3970 x 5610 CSS px: even 1x exceeds 16 Mpx.
    const s = outputScaleFor(3970, 5610, 2);
    expect(s).toBeLessThan(1);
    expect(3970 * s * 5610 * s).toBeLessThanOrEqual(MAX_CANVAS_PIXELS + 1);
  });
});
