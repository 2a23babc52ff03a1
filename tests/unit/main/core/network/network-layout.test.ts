// The network layout on a crowded graph (14 actors with long English and Russian labels, a hub
// and a clique): every node's circle-and-label box is apart from every other, the drawing starts
// at (0, 0), and the same input gives the same positions.
import { describe, expect, it } from 'vitest';
import { layoutNetwork, nodeBox, type LayoutEdge, type LayoutNode } from '../../../../../main/core/network/network-layout';

const LABELS = [
  'EU', 'OSCE', 'IOM', 'UNODC', 'Council of Europe / GRETA', 'ICMPD', 'Other UN agencies', 'USA', 'Russia / CIS',
  'National authorities', 'Civil society / NGOs', 'Государственный департамент США', 'ОБСЕ, Спецпредставитель по борьбе с торговлей людьми', 'UN Women',
];
const nodes: LayoutNode[] = LABELS.map((label, i) => ({ id: `n${String(i).padStart(2, '0')}`, label, passages: 1 + ((i * 7) % 30) }));
const edges: LayoutEdge[] = [
  ...nodes.slice(1).map((n, i) => ({ source: 'n00', target: n.id, weight: 1 + (i % 9) })),
  { source: 'n01', target: 'n02', weight: 3 }, { source: 'n01', target: 'n03', weight: 2 }, { source: 'n02', target: 'n03', weight: 5 },
  { source: 'n04', target: 'n11', weight: 1 }, { source: 'n12', target: 'n13', weight: 2 },
];

describe('network layout', () => {
  it('keeps every label apart on a crowded graph', () => {
    const placed = layoutNetwork(nodes, edges);
    const boxes = nodes.map((n) => ({ label: n.label, ...nodeBox(placed.get(n.id)!) }));
    expect(Math.min(...boxes.map((b) => b.left))).toBeCloseTo(0, 0);
    expect(Math.min(...boxes.map((b) => b.top))).toBeCloseTo(0, 0);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.right > b.left && b.right > a.left && a.bottom > b.top && b.bottom > a.top) overlaps.push(`${a.label} / ${b.label}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('is deterministic', () => {
    const a = layoutNetwork(nodes, edges);
    const b = layoutNetwork([...nodes].reverse(), [...edges].reverse());
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
  });
});
