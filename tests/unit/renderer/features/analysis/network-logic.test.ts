// The network drawing's geometry: a small network is spread to fill its column (up to 2.5 x,
// and no taller than the cap), never shrunk below the layout, and spreading keeps labels apart.
import { describe, expect, it } from 'vitest';
import type { NetworkEdge, NetworkNode } from '../../../../../shared/domain/network';
import { drawingSize, fitScale, MAX_DRAWING_HEIGHT, pointOnEdge, spread, weightLabelSpots } from '../../../../../renderer/features/analysis/network-logic';

const node = (id: string, x: number, y: number, labelWidth = 60): NetworkNode => ({
  id, label: id, role: 'partner', organisation: null, codeId: null, color: '#888888', passages: 1, x, y, radius: 10, labelWidth,
});

describe('network drawing geometry', () => {
  const nodes = [node('a', 30, 10), node('b', 130, 10), node('c', 80, 90)];

  it('spreads a small network to the column width, no taller than the cap', () => {
    const s = fitScale(nodes, 300);
    expect(s).toBeGreaterThan(1);
    const size = drawingSize(spread(nodes, s));
    expect(size.width).toBeLessThanOrEqual(300 + 1);
    expect(size.height).toBeLessThanOrEqual(MAX_DRAWING_HEIGHT + 1);
    expect(Math.max(size.width - 300, size.height - MAX_DRAWING_HEIGHT)).toBeGreaterThan(-2);
  });

  it('never shrinks the layout and stops at 2.5 x', () => {
    expect(fitScale(nodes, 100)).toBe(1);
    expect(fitScale([node('a', 30, 10), node('b', 40, 10)], 5000)).toBe(2.5);
  });

  it('keeps the top-left node in place and multiplies the distances', () => {
    const out = spread(nodes, 2);
    expect(out.map((n) => [n.x, n.y])).toEqual([[30, 10], [230, 10], [130, 170]]);
  });

  it('moves a passage count off the spot of a crossing edge\'s count', () => {
    // Two edges crossing at their middles (200, 200).
    const square = [node('a', 100, 100), node('b', 300, 300), node('c', 300, 100), node('d', 100, 300)];
    const edge = (source: string, target: string, weight: number): NetworkEdge => ({ id: `${source}|${target}`, source, target, kind: 'issuer-partner', weight, documents: 1 });
    const spots = weightLabelSpots(square, [edge('a', 'b', 2), edge('c', 'd', 1)]);
    // Neither count sits on the crossing, where it would read as the other edge's.
    for (const id of ['a|b', 'c|d']) {
      const spot = spots.get(id)!;
      expect(Math.hypot(spot.x - 200, spot.y - 200)).toBeGreaterThanOrEqual(9);
    }
    expect(spots.get('a|b')).toEqual(pointOnEdge(square[0], square[1], 0.35));
  });
});
