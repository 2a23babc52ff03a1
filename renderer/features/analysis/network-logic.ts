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

/** The nodes with their distances from the top-left node multiplied by `scale` (circles and
 *  labels keep their size, so spreading never makes labels overlap). */
export function spread<N extends NetworkNode>(nodes: readonly N[], scale: number): N[] {
  if (scale === 1 || nodes.length === 0) return [...nodes];
  const minX = Math.min(...nodes.map((n) => n.x));
  const minY = Math.min(...nodes.map((n) => n.y));
  return nodes.map((n) => ({ ...n, x: minX + (n.x - minX) * scale, y: minY + (n.y - minY) * scale }));
}

/** The tallest the drawing grows to fill its column, px. */
export const MAX_DRAWING_HEIGHT = 440;
/** Beyond 2.5 x a small network's lines grow long and the eye loses who is linked to whom. */
const MAX_SCALE = 2.5;

/**
 * How far apart to spread the laid-out positions so the drawing fills `available` px of width
 * (and at most MAX_DRAWING_HEIGHT): never below 1, because only spreading keeps the layout's
 * promise that labels do not overlap; a network wider than its column is scaled down whole
 * by the SVG's viewBox instead, labels with it.
 */
export function fitScale(nodes: readonly NetworkNode[], available: number): number {
  if (nodes.length < 2 || available <= 0) return 1;
  const natural = drawingSize(nodes);
  const span = (f: (n: NetworkNode) => number) => Math.max(...nodes.map(f)) - Math.min(...nodes.map(f));
  const spanX = span((n) => n.x);
  const spanY = span((n) => n.y);
  const sx = spanX > 0 ? (available - (natural.width - spanX)) / spanX : MAX_SCALE;
  const sy = spanY > 0 ? (MAX_DRAWING_HEIGHT - (natural.height - spanY)) / spanY : MAX_SCALE;
  return Math.max(1, Math.min(MAX_SCALE, sx, sy));
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

/** A point on the segment between the two circles' edges: t = 0.5 is its middle. */
export function pointOnEdge(a: NetworkNode, b: NetworkNode, t = 0.5): { x: number; y: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const d = Math.hypot(dx, dy) || 1;
  const from = a.radius / d;
  const to = 1 - b.radius / d;
  const at = from + (to - from) * t;
  return { x: a.x + dx * at, y: a.y + dy * at };
}

function distanceToSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Where along its edge each weight label may sit, middle first. */
const LABEL_SPOTS = [0.5, 0.35, 0.65, 0.25, 0.75, 0.15, 0.85];
/** Two weight labels closer than this (px, centre to centre) would be read as one. */
const LABEL_CLEARANCE = 18;

/**
 * Where each edge's passage count goes: the middle of the edge unless another count, another edge, a
 * circle or a label is already there (two edges crossing at their middles put both counts on one spot), else
 * the first free spot along the edge; strongest edges choose first. Deterministic.
 */
export function weightLabelSpots(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[]): Map<string, { x: number; y: number }> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const taken: Array<{ x: number; y: number }> = [];
  const segments = edges.flatMap((e) => {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    return a && b ? [{ id: e.id, a, b }] : [];
  });
  const clashes = (p: { x: number; y: number }, own: string) =>
    taken.some((q) => Math.hypot(p.x - q.x, p.y - q.y) < LABEL_CLEARANCE) ||
    segments.some((s) => s.id !== own && distanceToSegment(p, s.a, s.b) < LABEL_CLEARANCE / 2) ||
    nodes.some((n) => Math.abs(p.x - n.x) < Math.max(n.radius, n.labelWidth / 2) + 6 && p.y > n.y - n.radius - 8 && p.y < n.y + n.radius + LABEL_HEIGHT + 4);
  const out = new Map<string, { x: number; y: number }>();
  for (const e of [...edges].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1))) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) continue;
    const spot = LABEL_SPOTS.map((t) => pointOnEdge(a, b, t)).find((p) => !clashes(p, e.id)) ?? pointOnEdge(a, b);
    taken.push(spot);
    out.set(e.id, spot);
  }
  return out;
}
