// Saving a recharts chart: SVG (the chart's <svg> serialised with its computed styles inlined,
// because the stylesheet does not travel with the file) and PNG (that SVG drawn into a canvas
// through an Image loaded from a blob: URL, which the CSP's img-src allows; no inline script).
// The legend recharts draws as HTML is redrawn inside the SVG, so the colours stay explained.

const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'];
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface LegendEntry {
  label: string;
  color: string;
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).filter((s) => !s.endsWith(':')).join(';');
  if (style) target.setAttribute('style', style);
  const a = source.children;
  const b = target.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i], b[i]);
}

function largestSvg(container: HTMLElement): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const svg of container.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    if (box.width * box.height > area) {
      area = box.width * box.height;
      best = svg;
    }
  }
  return best;
}

/** 16 px per legend line, 3 entries per line: a legend of 30 codes adds 160 px. */
const LEGEND_LINE = 16;
const LEGEND_COLUMNS = 3;

/** A standalone SVG document of the chart inside `container` (its first <svg>), or null. */
export function chartSvg(container: HTMLElement, legend: LegendEntry[] = [], title = ''): string | null {
  // The chart surface is the wrapper's direct <svg> child: legend icons are small svgs with
  // the same recharts-surface class inside the HTML legend.
  const svg = container.querySelector('.recharts-wrapper > svg') ?? largestSvg(container);
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 800;
  const chartHeight = Math.round(box.height) || Number(svg.getAttribute('height')) || 400;
  const top = title ? 28 : 0;
  const legendHeight = Math.ceil(legend.length / LEGEND_COLUMNS) * LEGEND_LINE + (legend.length ? 12 : 0);
  const height = top + chartHeight + legendHeight;

  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('font-family', 'sans-serif');
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  out.appendChild(bg);
  if (title) {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', '12');
    text.setAttribute('y', '20');
    text.setAttribute('font-size', '15');
    text.setAttribute('font-weight', '600');
    text.textContent = title;
    out.appendChild(text);
  }
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('transform', `translate(0 ${top})`);
  clone.removeAttribute('style');
  clone.setAttribute('x', '0');
  clone.setAttribute('y', '0');
  g.appendChild(clone);
  out.appendChild(g);
  const columnWidth = width / LEGEND_COLUMNS;
  legend.forEach((entry, i) => {
    const x = 12 + (i % LEGEND_COLUMNS) * columnWidth;
    const y = top + chartHeight + 12 + Math.floor(i / LEGEND_COLUMNS) * LEGEND_LINE;
    const swatch = document.createElementNS(SVG_NS, 'rect');
    swatch.setAttribute('x', String(x));
    swatch.setAttribute('y', String(y));
    swatch.setAttribute('width', '10');
    swatch.setAttribute('height', '10');
    swatch.setAttribute('fill', entry.color);
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(x + 15));
    text.setAttribute('y', String(y + 9));
    text.setAttribute('font-size', '11');
    text.textContent = entry.label;
    out.append(swatch, text);
  });
  return new XMLSerializer().serializeToString(out);
}

/** PNG bytes of an SVG document at `scale` x its size (2: sharp on high-density screens and in print). */
export function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    const img = new Image();
    img.onload = () => {
      try {
        const canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.round(img.width * scale));
        canvas.height = Math.max(1, Math.round(img.height * scale));
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.scale(scale, scale);
        ctx.drawImage(img, 0, 0);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      } finally {
        URL.revokeObjectURL(url);
      }
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The chart image could not be drawn'));
    };
    img.src = url;
  });
}
