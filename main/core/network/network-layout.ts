// Where the partnership network's nodes go: a force layout (d3-force) run to the end in the
// backend, so the screen, the SVG/PNG and the GraphML (x, y) show the same picture and a test
// can check it without a browser.
//
// Why d3-force (3.0.0) rather than cytoscape or graphology + ForceAtlas2: it is the layout
// alone (three tiny d3 packages, no renderer), pure JavaScript that runs under Node as it does in
// Chromium, and deterministic — its random source is a seeded LCG and nodes without a position
// start on a phyllotaxis spiral in the order given — so one selection always gives one picture
// (nodes and links are put in id order first, whatever order they come in). The renderer draws SVG itself: every node and edge is a DOM
// element a click, a keyboard and a Playwright test can reach (cytoscape draws on a canvas), and
// the SVG export is the drawing itself.
//
// Labels: each node's label sits centred under its circle; the collision force keeps the circle
// that encloses circle and label (radius sqrt((w/2)² + (r + 18)²)) of any two nodes apart, so
// labels do not overlap. ~12 px sans-serif is estimated at 7 px per character (Cyrillic capitals
// are the widest at ~8 px; the estimate errs wide).
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

export interface LayoutNode {
  id: string;
  label: string;
  passages: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
  weight: number;
}

export interface Placed {
  x: number;
  y: number;
  radius: number;
  labelWidth: number;
}

/** Space under the circle taken by the label: 4 px gap + a 14 px line. */
export const LABEL_HEIGHT = 18;
const TICKS = 400;
const SEED = 0x9e3779b9;

/** Node radius from its passages: 7 px for the smallest, 20 px for the largest. */
export function nodeRadius(passages: number, maxPassages: number): number {
  return 7 + 13 * Math.sqrt(Math.max(0, passages) / Math.max(1, maxPassages));
}

export function estimateLabelWidth(label: string): number {
  let w = 0;
  for (const ch of label) w += /[A-ZА-ЯЁ]/.test(ch) ? 8 : /[\s.,/()]/.test(ch) ? 4 : 7;
  return Math.min(w, 260) + 6;
}

/** A seeded linear congruential generator in [0, 1), as d3's own. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(1664525, s) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
  labelWidth: number;
  reach: number;
}

/** Positions (top-left of the drawing at 0, 0 including labels) of each node id. */
export function layoutNetwork(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, Placed> {
  const max = Math.max(1, ...nodes.map((n) => n.passages));
  const sim: SimNode[] = [...nodes]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n) => {
      const radius = nodeRadius(n.passages, max);
      const labelWidth = estimateLabelWidth(n.label);
      return { id: n.id, radius, labelWidth, reach: Math.hypot(labelWidth / 2, radius + LABEL_HEIGHT) + 6 };
    });
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  // Links in a fixed order too: forceLink applies them one after another.
  const links: Array<SimulationLinkDatum<SimNode> & { weight: number }> = edges
    .map((e) => ({ source: e.source, target: e.target, weight: e.weight, key: `${e.source}|${e.target}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ source, target, weight }) => ({ source, target, weight }));
  const simulation = forceSimulation<SimNode>(sim)
    .randomSource(lcg(SEED))
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode> & { weight: number }>(links).id((d) => d.id)
      // Stronger partnerships pull closer: 1.6 x the two reaches for the weakest, 1.1 x for the strongest.
      .distance((l) => ((l.source as SimNode).reach + (l.target as SimNode).reach) * (1.6 - 0.5 * (l.weight / maxWeight))))
    .force('charge', forceManyBody<SimNode>().strength(-220))
    .force('collide', forceCollide<SimNode>((d) => d.reach).strength(1).iterations(4))
    // A weak pull to the centre keeps unconnected parts of the network on one screen.
    .force('x', forceX<SimNode>(0).strength(0.05))
    .force('y', forceY<SimNode>(0).strength(0.07))
    .stop();
  simulation.tick(TICKS);
  separate(sim);
  let minX = Infinity;
  let minY = Infinity;
  for (const n of sim) {
    minX = Math.min(minX, (n.x ?? 0) - Math.max(n.radius, n.labelWidth / 2));
    minY = Math.min(minY, (n.y ?? 0) - n.radius);
  }
  const out = new Map<string, Placed>();
  for (const n of sim) {
    out.set(n.id, { x: round((n.x ?? 0) - minX), y: round((n.y ?? 0) - minY), radius: round(n.radius), labelWidth: n.labelWidth });
  }
  return out;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The box a node and its label cover, around its centre. */
export function nodeBox(p: Placed): { left: number; right: number; top: number; bottom: number } {
  const half = Math.max(p.radius, p.labelWidth / 2);
  return { left: p.x - half, right: p.x + half, top: p.y - p.radius, bottom: p.y + p.radius + LABEL_HEIGHT };
}

/**
 * What the collision force leaves (it converges, it does not guarantee): pairs whose boxes still
 * overlap are pushed apart along the axis that needs the smaller move, up to 50 rounds. On a
 * few dozen actors this is a handful of pairs.
 */
function separate(nodes: SimNode[]): void {
  const box = (n: SimNode) => nodeBox({ x: n.x ?? 0, y: n.y ?? 0, radius: n.radius, labelWidth: n.labelWidth });
  for (let pass = 0; pass < 50; pass++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = box(nodes[i]);
        const b = box(nodes[j]);
        const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (dx <= -4 || dy <= -4) continue;
        moved = true;
        const ni = nodes[i];
        const nj = nodes[j];
        if (dx + 4 < dy + 4) {
          const shift = (dx + 4) / 2 + 0.5;
          const dir = (ni.x ?? 0) <= (nj.x ?? 0) ? 1 : -1;
          ni.x = (ni.x ?? 0) - dir * shift;
          nj.x = (nj.x ?? 0) + dir * shift;
        } else {
          const shift = (dy + 4) / 2 + 0.5;
          const dir = (ni.y ?? 0) <= (nj.y ?? 0) ? 1 : -1;
          ni.y = (ni.y ?? 0) - dir * shift;
          nj.y = (nj.y ?? 0) + dir * shift;
        }
      }
    }
    if (!moved) return;
  }
}
