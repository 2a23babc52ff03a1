// Pure geometry and ordering for the network drawing: the drawing's size around the laid-out
// nodes (positions come from the backend's seeded layout), edge widths by weight, where an
// edge's weight label goes, and the partnerships table's order (strongest first).
import type { NetworkEdge, NetworkGraph, NetworkNode } from '../../../shared/domain/network';

/** Margin around the drawing, px. */
export const PAD = 16;
/** The label's baseline below the circle's edge, and the label's line height (the backend's LABEL_HEIGHT). */
export const LABEL_BASELINE = 14;
export const LABEL_HEIGHT = 18;

export function drawingSize(nodes: readonly NetworkNode[]): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const n of nodes) {
    width = Math.max(width, n.x + Math.max(n.radius, n.labelWidth / 2));
    height = Math.max(height, n.y + n.radius + LABEL_HEIGHT);
  }
  return { width: Math.ceil(width + 2 * PAD), height: Math.ceil(height + 2 * PAD) };
}

/** 1.5 px for the weakest partnership, 7 px for the strongest (by square root: 1 vs 100 passages stays readable). */
export function edgeWidth(weight: number, maxWeight: number): number {
  return 1.5 + 5.5 * Math.sqrt(Math.max(0, weight) / Math.max(1, maxWeight));
}

export function maxWeight(edges: readonly NetworkEdge[]): number {
  return Math.max(1, ...edges.map((e) => e.weight));
}

/** The edges strongest first, then by the two labels. */
export function edgesByWeight(graph: NetworkGraph): NetworkEdge[] {
  const label = labels(graph);
  const name = (e: NetworkEdge) => `${label.get(e.source)} ${label.get(e.target)}`;
  return [...graph.edges].sort((a, b) => b.weight - a.weight || name(a).localeCompare(name(b)));
}

export function labels(graph: NetworkGraph): Map<string, string> {
  return new Map(graph.nodes.map((n) => [n.id, n.label]));
}

/** Where the weight label sits: the middle of the segment between the two circles' edges. */
export function edgeMidpoint(a: NetworkNode, b: NetworkNode): { x: number; y: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const d = Math.hypot(dx, dy) || 1;
  const from = a.radius / d;
  const to = 1 - b.radius / d;
  const t = (from + to) / 2;
  return { x: a.x + dx * t, y: a.y + dy * t };
}
