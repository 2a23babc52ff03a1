// The network drawing as a standalone SVG file: the on-screen <svg> cloned without its
// transparent hit lines, at its natural size (not the size the screen scaled it to), with a
// title above and the legend below; svgToPng (chart-export.ts) turns it into a PNG. The
// drawing carries its styles as attributes, so nothing needs inlining.
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface NetworkLegendEntry {
  label: string;
  /** 'issuer' square, 'partner' circle, 'both' ringed circle, 'issuer-edge' solid line, 'partner-edge' dashed line. */
  mark: 'issuer' | 'partner' | 'both' | 'issuer-edge' | 'partner-edge';
}

const TITLE_HEIGHT = 30;
const LEGEND_LINE = 18;

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function markOf(entry: NetworkLegendEntry, x: number, y: number): SVGElement {
  switch (entry.mark) {
    case 'issuer': return el('rect', { x, y: y - 5, width: 10, height: 10, rx: 2, fill: '#4b5563', stroke: '#1f2937' });
    case 'partner': return el('circle', { cx: x + 5, cy: y, r: 5, fill: '#cd63e9' });
    case 'both': return el('circle', { cx: x + 5, cy: y, r: 4, fill: '#39c67f', stroke: '#1f2937', 'stroke-width': 2 });
    case 'issuer-edge': return el('line', { x1: x - 4, y1: y, x2: x + 14, y2: y, stroke: '#8a94a6', 'stroke-width': 3 });
    case 'partner-edge': return el('line', { x1: x - 4, y1: y, x2: x + 14, y2: y, stroke: '#8a94a6', 'stroke-width': 3, 'stroke-dasharray': '7 4' });
  }
}

export function networkSvgFile(svg: SVGSVGElement, title: string, legend: NetworkLegendEntry[]): string {
  const width = Number(svg.getAttribute('width')) || 800;
  const height = Number(svg.getAttribute('height')) || 600;
  const legendHeight = legend.length * LEGEND_LINE + 12;
  const total = TITLE_HEIGHT + height + legendHeight;
  const out = el('svg', { xmlns: SVG_NS, width: Math.max(width, 360), height: total, viewBox: `0 0 ${Math.max(width, 360)} ${total}`, 'font-family': 'sans-serif' });
  out.appendChild(el('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
  const heading = el('text', { x: 16, y: 21, 'font-size': 15, 'font-weight': 600, fill: '#1d2330' });
  heading.textContent = title;
  out.appendChild(heading);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.querySelectorAll('.network-hit').forEach((n) => n.remove());
  clone.removeAttribute('class');
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(TITLE_HEIGHT));
  out.appendChild(clone);
  legend.forEach((entry, i) => {
    const y = TITLE_HEIGHT + height + 12 + i * LEGEND_LINE;
    out.appendChild(markOf(entry, 20, y));
    const text = el('text', { x: 42, y: y + 4, 'font-size': 12, fill: '#1d2330' });
    text.textContent = entry.label;
    out.appendChild(text);
  });
  return new XMLSerializer().serializeToString(out);
}
