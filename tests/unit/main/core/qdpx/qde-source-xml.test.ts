// A highlight's rectangles as REFI-QDA regions: one per line (pdf.js gives a rectangle per
// text run, several on one line), never a zero-size one (other tools reject or hide them).
import { describe, expect, it } from 'vitest';
import { lineBoxes } from '../../../../../main/core/qdpx/qde-source-xml';

const target = (rects: Array<[number, number, number, number]>) => ({ pageIndex: 0, rects: rects.map(([x1, y1, x2, y2]) => ({ x1, y1, x2, y2 })), quote: null, position: null });

describe('lineBoxes', () => {
  it('merges the runs of one line, keeps lines apart, drops zero-size rectangles, top line first', () => {
    const boxes = lineBoxes(target([[56.2, 688.1, 120.4, 700.0], [300, 700.3, 300, 712], [56, 700.2, 150.5, 712.1], [151, 700.4, 280.2, 711.9], [70, 650, 70, 650]]));
    expect(boxes).toEqual([[56, 700, 281, 713], [56, 688, 121, 700]]);
  });
});
