// The partnership network drawn as SVG from the backend's laid-out graph: edges as lines (width
// by passages; dashed where two partners share a passage, solid from a document's organisation to
// its partner) with the passage count at their middle, nodes as circles (partners, in their
// Partner code's colour) or squares (issuing organisations), labels under them on a white halo.
// Every edge has a wide transparent line on top to be easy to hit; it is a focusable button.
// Styling is in attributes, not CSS, so the exported SVG looks the same outside the app.
import type { KeyboardEvent } from 'react';
import type { NetworkGraph, NetworkNode } from '../../../shared/domain/network';
import { formatNumber, useT } from '../../i18n/i18n';
import { drawingSize, spread, weightLabelSpots, edgeWidth, LABEL_BASELINE, maxWeight, PAD } from './network-logic';

const EDGE_COLOR = '#8a94a6';
const SELECTED_COLOR = '#2456b8';
const ISSUER_STROKE = '#1f2937';
const HALO = { stroke: '#ffffff', strokeWidth: 3, paintOrder: 'stroke' as const, strokeLinejoin: 'round' as const };

function NodeShape({ node }: { node: NetworkNode }) {
  const r = node.radius;
  if (node.role === 'issuer') {
    return <rect x={-r} y={-r} width={2 * r} height={2 * r} rx={3} fill={node.color} stroke={ISSUER_STROKE} strokeWidth={1} />;
  }
  // A partner that also issued documents: its colour with the issuers' dark ring.
  return <circle r={r} fill={node.color} stroke={node.role === 'both' ? ISSUER_STROKE : '#ffffff'} strokeWidth={node.role === 'both' ? 3 : 1.5} />;
}

export function NetworkGraphSvg(props: { graph: NetworkGraph; scale: number; selectedEdge: string | null; onEdge: (id: string) => void }) {
  const { graph, selectedEdge, onEdge } = props;
  const { t } = useT();
  // Positions spread by the scale; circles and labels keep their size (network-logic fitScale).
  const nodes = spread(graph.nodes, props.scale);
  const { width, height } = drawingSize(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const spots = weightLabelSpots(nodes, graph.edges);
  const max = maxWeight(graph.edges);
  const selected = graph.edges.find((e) => e.id === selectedEdge);
  const ends = new Set(selected ? [selected.source, selected.target] : []);
  const onKey = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onEdge(id);
    }
  };
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className="network-svg"
      data-testid="network-svg"
      fontFamily="system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"
      role="img"
      aria-label={t('network.title')}
    >
      <g transform={`translate(${PAD} ${PAD})`}>
        <g>
          {graph.edges.map((e) => {
            const a = byId.get(e.source);
            const b = byId.get(e.target);
            if (!a || !b) return null;
            const on = e.id === selectedEdge;
            return (
              <line key={e.id} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={on ? SELECTED_COLOR : EDGE_COLOR} strokeOpacity={on ? 1 : 0.75}
                strokeWidth={edgeWidth(e.weight, max) + (on ? 1 : 0)} strokeDasharray={e.kind === 'partner-partner' ? '7 4' : undefined} strokeLinecap="round" />
            );
          })}
        </g>
        <g>
          {nodes.map((n) => (
            <g key={n.id} transform={`translate(${n.x} ${n.y})`} data-testid="network-node" data-node={n.id} data-label={n.label}>
              <NodeShape node={n} />
              <text y={n.radius + LABEL_BASELINE} textAnchor="middle" fontSize={12} fontWeight={ends.has(n.id) ? 700 : 500} fill="#1d2330" {...HALO}>
                {n.label}
              </text>
            </g>
          ))}
        </g>
        <g>
          {graph.edges.map((e) => {
            const m = spots.get(e.id);
            if (!m) return null;
            const on = e.id === selectedEdge;
            return (
              <text key={e.id} x={m.x} y={m.y + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill={on ? SELECTED_COLOR : '#4b5563'} {...HALO} data-testid="network-edge-weight">
                {formatNumber(e.weight)}
              </text>
            );
          })}
        </g>
        <g className="network-hit">
          {graph.edges.map((e) => {
            const a = byId.get(e.source);
            const b = byId.get(e.target);
            if (!a || !b) return null;
            const label = t('network.edgeLabel', { a: a.label, b: b.label, n: t('network.passages', { count: e.weight }) });
            return (
              <line
                key={e.id}
                x1={a.x} y1={a.y} x2={b.x} y2={b.y}
                stroke="transparent" strokeWidth={Math.max(14, edgeWidth(e.weight, max) + 8)} strokeLinecap="round"
                className="network-edge-hit"
                role="button"
                tabIndex={0}
                aria-label={label}
                aria-pressed={e.id === selectedEdge}
                data-testid="network-edge"
                data-edge={e.id}
                data-a={a.label}
                data-b={b.label}
                onClick={() => onEdge(e.id)}
                onKeyDown={onKey(e.id)}
              >
                <title>{label}</title>
              </line>
            );
          })}
        </g>
      </g>
    </svg>
  );
}
