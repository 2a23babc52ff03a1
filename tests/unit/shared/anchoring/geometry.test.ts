import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { sampleCorpusSkipReason, SAMPLE_CORPUS_DIR } from '../../../helpers/sample-corpus';
import {
  createViewport,
  normaliseRotation,
  pdfRectToViewport,
  toPdfPoint,
  toViewportPoint,
  viewportRectToPdf,
  type ViewBox,
} from '../../../../shared/anchoring/geometry';

const letter: ViewBox = [0, 0, 612, 792];
const shifted: ViewBox = [10, 20, 622, 812]; // a CropBox not at the origin
const rotations = [0, 90, 180, 270] as const;

function close(actual: number[], expected: number[]) {
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 9));
}

describe('createViewport', () => {
  it('maps the top-left of an unrotated page to (0, 0) and flips y', () => {
    const vp = createViewport({ viewBox: letter, scale: 2, rotation: 0 });
    expect([vp.width, vp.height]).toEqual([1224, 1584]);
    close(toViewportPoint(vp, 0, 792), [0, 0]);
    close(toViewportPoint(vp, 612, 0), [1224, 1584]);
  });

  it('puts the top-left of the page at the top-right when rotated by 90 degrees', () => {
    const vp = createViewport({ viewBox: letter, scale: 2, rotation: 90 });
    expect([vp.width, vp.height]).toEqual([1584, 1224]);
    close(toViewportPoint(vp, 0, 792), [1584, 0]);
    close(toViewportPoint(vp, 612, 0), [0, 1224]);
  });

  it('puts the top-left at the bottom-right at 180 and at the bottom-left at 270 degrees', () => {
    close(toViewportPoint(createViewport({ viewBox: letter, scale: 1, rotation: 180 }), 0, 792), [612, 792]);
    close(toViewportPoint(createViewport({ viewBox: letter, scale: 1, rotation: 270 }), 0, 792), [0, 612]);
  });

  it('normalises rotations', () => {
    expect(normaliseRotation(-90)).toBe(270);
    expect(normaliseRotation(450)).toBe(90);
    expect(normaliseRotation(360)).toBe(0);
  });

  for (const rotation of rotations) {
    it(`round-trips points and rects at ${rotation} degrees (shifted viewBox, offsets, user unit)`, () => {
      const vp = createViewport({ viewBox: shifted, scale: 1.37, rotation, offsetX: 5, offsetY: -3, userUnit: 1.5 });
      for (const [x, y] of [[10, 20], [622, 812], [100.5, 700.25], [316, 416]]) {
        const [vx, vy] = toViewportPoint(vp, x, y);
        close(toPdfPoint(vp, vx, vy), [x, y]);
      }
      const rect = { x1: 72, y1: 700, x2: 300.5, y2: 712.25 };
      const back = viewportRectToPdf(vp, pdfRectToViewport(vp, rect));
      close([back.x1, back.y1, back.x2, back.y2], [rect.x1, rect.y1, rect.x2, rect.y2]);
      const view = pdfRectToViewport(vp, rect);
      expect(view.left).toBeLessThan(view.right);
      expect(view.top).toBeLessThan(view.bottom);
    });
  }
});

describe('createViewport agrees with pdf.js PageViewport', () => {
  const skip = sampleCorpusSkipReason('tracemonkey_a11y.pdf');
  it.skipIf(skip)('gives the same transform and size as page.getViewport for a real page', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const file = path.join(SAMPLE_CORPUS_DIR, 'tracemonkey_a11y.pdf');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false }).promise;
    try {
      const page = await doc.getPage(1);
      for (const rotation of rotations) {
        for (const scale of [0.5, 1, 1.75]) {
          const theirs = page.getViewport({ scale, rotation });
          const ours = createViewport({ viewBox: page.view as unknown as ViewBox, scale, rotation, userUnit: page.userUnit });
          close([...ours.transform], theirs.transform);
          expect(ours.width).toBeCloseTo(theirs.width, 9);
          expect(ours.height).toBeCloseTo(theirs.height, 9);
          close(toViewportPoint(ours, 100, 200), theirs.convertToViewportPoint(100, 200));
          close(toPdfPoint(ours, 30, 40), theirs.convertToPdfPoint(30, 40));
        }
      }
    } finally {
      await doc.destroy();
    }
  });
});
