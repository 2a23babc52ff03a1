// The partnership network as files for Gephi, yEd, igraph, R and Python: GraphML (one function
// per element, attributes declared as <key>s, labels escaped and stripped of characters XML 1.0
// cannot carry — a code name from a colleague's file may hold any) and two CSV tables, nodes and
// edges (RFC 4180 as the evidence CSV: CRLF, BOM, cells that look like formulas neutralised).
import type { NetworkEdge, NetworkExport, NetworkExportFormat, NetworkGraph, NetworkNode } from '../../../shared/domain/network';
import { csvField } from '../export/csv-export';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

/** Text as XML 1.0 character data: & < > " ' escaped, characters outside XML 1.0's Char removed. */
export function xmlText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface KeyDef {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'double';
}

const KEYS: KeyDef[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'role', for: 'node', name: 'role', type: 'string' },
  { id: 'organisation', for: 'node', name: 'organisation', type: 'string' },
  { id: 'code_id', for: 'node', name: 'code_id', type: 'string' },
  { id: 'color', for: 'node', name: 'color', type: 'string' },
  { id: 'passages', for: 'node', name: 'passages', type: 'int' },
  { id: 'x', for: 'node', name: 'x', type: 'double' },
  { id: 'y', for: 'node', name: 'y', type: 'double' },
  { id: 'kind', for: 'edge', name: 'kind', type: 'string' },
  { id: 'weight', for: 'edge', name: 'weight', type: 'int' },
  { id: 'documents', for: 'edge', name: 'documents', type: 'int' },
];

function keyElement(k: KeyDef): string {
  return `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`;
}

function dataElement(key: string, value: string | number | null): string {
  return value === null || value === '' ? '' : `<data key="${key}">${xmlText(String(value))}</data>`;
}

function nodeElement(n: NetworkNode): string {
  const data = [
    dataElement('label', n.label), dataElement('role', n.role), dataElement('organisation', n.organisation),
    dataElement('code_id', n.codeId), dataElement('color', n.color), dataElement('passages', n.passages),
    dataElement('x', n.x), dataElement('y', n.y),
  ].join('');
  return `    <node id="${xmlText(n.id)}">${data}</node>`;
}

function edgeElement(e: NetworkEdge): string {
  const data = [dataElement('kind', e.kind), dataElement('weight', e.weight), dataElement('documents', e.documents)].join('');
  return `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${data}</edge>`;
}

export function networkGraphml(graph: NetworkGraph): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd">`,
    ...KEYS.map(keyElement),
    '  <graph id="partnerships" edgedefault="undirected">',
    ...graph.nodes.map(nodeElement),
    ...graph.edges.map(edgeElement),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

function csvTable(header: string[], rows: Array<Array<string | number | null>>): string {
  const lines = [header, ...rows].map((r) => r.map((v) => csvField(v)).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function networkNodesCsv(graph: NetworkGraph): string {
  return csvTable(
    ['id', 'label', 'role', 'organisation', 'code_id', 'passages', 'x', 'y'],
    graph.nodes.map((n) => [n.id, n.label, n.role, n.organisation, n.codeId, n.passages, n.x, n.y]),
  );
}

export function networkEdgesCsv(graph: NetworkGraph): string {
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  return csvTable(
    ['source', 'target', 'source_label', 'target_label', 'kind', 'weight', 'documents'],
    graph.edges.map((e) => [e.source, e.target, label.get(e.source) ?? '', label.get(e.target) ?? '', e.kind, e.weight, e.documents]),
  );
}

export function networkExport(graph: NetworkGraph, format: NetworkExportFormat): NetworkExport {
  switch (format) {
    case 'graphml':
      return { fileName: 'glossa-network.graphml', mime: 'application/graphml+xml', text: networkGraphml(graph) };
    case 'csv-nodes':
      return { fileName: 'glossa-network-nodes.csv', mime: 'text/csv', text: networkNodesCsv(graph) };
    case 'csv-edges':
      return { fileName: 'glossa-network-edges.csv', mime: 'text/csv', text: networkEdgesCsv(graph) };
  }
}
