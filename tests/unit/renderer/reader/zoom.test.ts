import { describe, expect, it } from 'vitest';
import { CSS_PX_PER_POINT, PAGE_GAP } from '../../../../renderer/features/reader/reader-layout';
import {
  clampZoom,
  fitPageZoom,
  fitWidthZoom,
  MAX_ZOOM,
  MIN_ZOOM,
  resolveZoom,
  SCROLLBAR_ALLOWANCE,
  stepZoom,
  zoomPercent,
} from '../../../../renderer/features/reader/zoom';

const A4 = { width: 595.28, height: 841.89 };

describe('zoom steps', () => {
  it('steps up and down through the fixed steps', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(1.25, 1)).toBe(1.5);
    expect(stepZoom(0.5, -1)).toBe(0.33);
  });

  it('steps from a fitted zoom to the next step, not back to a nearly equal one', () => {
    expect(stepZoom(0.995, 1)).toBe(1.1);
    expect(stepZoom(1.004, -1)).toBe(0.9);
    expect(stepZoom(1.37, 1)).toBe(1.5);
    expect(stepZoom(1.37, -1)).toBe(1.25);
  });

  it('stays within the limits', () => {
    expect(stepZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(stepZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
    expect(clampZoom(100)).toBe(MAX_ZOOM);
    expect(clampZoom(0)).toBe(MIN_ZOOM);
    expect(clampZoom(Number.NaN)).toBe(1);
  });

  it('labels zoom in whole percent', () => {
    expect(zoomPercent(1.25)).toBe(125);
    expect(zoomPercent(0.3333)).toBe(33);
  });
});

describe('fit modes', () => {
  it('fit width fills the container minus margins and scrollbar', () => {
    const z = fitWidthZoom(A4, 1000);
    expect(A4.width * CSS_PX_PER_POINT * z).toBeCloseTo(1000 - 2 * PAGE_GAP - SCROLLBAR_ALLOWANCE, 6);
  });

  it('fit page is limited by height in a wide viewport and by width in a narrow one', () => {
    const wide = fitPageZoom(A4, 1600, 800);
    expect(A4.height * CSS_PX_PER_POINT * wide).toBeCloseTo(800 - 2 * PAGE_GAP, 6);
    const narrow = fitPageZoom(A4, 400, 2000);
    expect(narrow).toBeCloseTo(fitWidthZoom(A4, 400), 10);
  });

  it('resolves settings, clamping numbers and tiny containers', () => {
    expect(resolveZoom(1.5, A4, 10, 10)).toBe(1.5);
    expect(resolveZoom(9, A4, 1000, 800)).toBe(MAX_ZOOM);
    expect(resolveZoom('fit-width', A4, 1000, 800)).toBeCloseTo(fitWidthZoom(A4, 1000));
    expect(resolveZoom('fit-page', A4, 1000, 800)).toBeCloseTo(fitPageZoom(A4, 1000, 800));
    expect(fitWidthZoom(A4, 20)).toBe(1); // no room at all: keep 100 % instead of a negative zoom
  });
});
