// The network's GraphML parsed back with a strict XML parser (saxes: a well-formedness error
// throws) into the same nodes, edges and weights; hostile code names (markup, control
// characters, a lone surrogate) stay text; the CSV tables' columns and rows.
import { SaxesParser } from 'saxes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkGraph } from '../../../../../shared/domain/network';
import { networkEdgesCsv, networkGraphml, networkNodesCsv, xmlText } from '../../../../../main/core/network/network-export';
import { buildPartnerNetwork } from '../../../../../main/core/network/partner-network';
import { makeNetworkProject, type NetworkProject } from './network-project';

interface Parsed {
  keys: Record<string, { for: string; name: string; type: string }>;
  nodes: Array<{ id: string; data: Record<string, string> }>;
  edges: Array<{ source: string; target: string; data: Record<string, string> }>;
  edgedefault: string;
}

function parseGraphml(xml: string): Parsed {
  const out: Parsed = { keys: {}, nodes: [], edges: [], edgedefault: '' };
  const parser = new SaxesParser({ xmlns: true });
  let current: { data: Record<string, string> } | null = null;
  let key: string | null = null;
  let text = '';
  parser.on('error', (e) => { throw e; });
  parser.on('opentag', (tag) => {
    const a = (n: string) => String(tag.attributes[n] && typeof tag.attributes[n] === 'object' ? (tag.attributes[n] as { value: string }).value : tag.attributes[n] ?? '');
    expect(tag.uri).toBe('http://graphml.graphdrawing.org/xmlns');
    if (tag.local === 'key') out.keys[a('id')] = { for: a('for'), name: a('attr.name'), type: a('attr.type') };
    if (tag.local === 'graph') out.edgedefault = a('edgedefault');
    if (tag.local === 'node') {
      const node = { id: a('id'), data: {} };
      out.nodes.push(node);
      current = node;
    }
    if (tag.local === 'edge') {
      const edge = { source: a('source'), target: a('target'), data: {} };
      out.edges.push(edge);
      current = edge;
    }
    if (tag.local === 'data') { key = a('key'); text = ''; }
  });
  parser.on('text', (t) => { if (key) text += t; });
  parser.on('closetag', (tag) => {
    if (tag.local === 'data' && current && key) { current.data[key] = text; key = null; }
  });
  parser.write(xml).close();
  return out;
}

let p: NetworkProject;
let graph: NetworkGraph;
beforeEach(() => {
  p = makeNetworkProject();
  graph = buildPartnerNetwork(p.db, { filter: {} }).graph;
});
afterEach(() => p.close());

describe('network export: GraphML', () => {
  it('parses back into the same nodes, edges and weights', () => {
    const parsed = parseGraphml(networkGraphml(graph));
    expect(parsed.edgedefault).toBe('undirected');
    expect(parsed.keys.weight).toEqual({ for: 'edge', name: 'weight', type: 'int' });
    expect(parsed.keys.x).toEqual({ for: 'node', name: 'x', type: 'double' });
    expect(parsed.nodes.map((n) => [n.id, n.data.label, Number(n.data.passages)])).toEqual(graph.nodes.map((n) => [n.id, n.label, n.passages]));
    expect(Object.fromEntries(parsed.edges.map((e) => [`${e.source}|${e.target}`, Number(e.data.weight)]))).toEqual({
      'org:eu|org:iom': 2, 'org:eu|org:osce': 2, 'org:iom|org:osce': 2, 'org:iom|org:unodc': 1, [`code:${p.localNgo}|org:osce`]: 1,
    });
    expect(parsed.nodes.find((n) => n.id === 'org:osce')!.data.role).toBe('both');
    expect(Number(parsed.nodes[0].data.x)).toBe(graph.nodes[0].x);
  });

  it('keeps a hostile code name as text', () => {
    const name = 'A & <b>"B"</b>\u0001\u000b NGO';
    // As it may arrive in a colleague's file (the editor would not take the control character).
    p.db.prepare('UPDATE codes SET name_en = ? WHERE id = ?').run(name, p.localNgo);
    const g = buildPartnerNetwork(p.db, { filter: {} }).graph;
    const parsed = parseGraphml(networkGraphml(g));
    expect(parsed.nodes.find((n) => n.id === `code:${p.localNgo}`)!.data.label).toBe('A & <b>"B"</b> NGO');
    // A lone surrogate (SQLite stores it as U+FFFD; a label may still carry one in memory).
    expect(xmlText('a\ud800b\udc00c\ud83d\ude00')).toBe('abc\ud83d\ude00');
  });
});

describe('network export: CSV', () => {
  it('writes one row per node and per edge', () => {
    const nodes = networkNodesCsv(graph).replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(nodes[0]).toBe('id,label,role,organisation,code_id,passages,x,y');
    expect(nodes).toHaveLength(graph.nodes.length + 1);
    expect(nodes.find((l) => l.startsWith('org:osce,'))).toMatch(/^org:osce,OSCE,both,osce,8048c626-f8d8-4fae-b00d-94f1ec249268,4,/);
    const edges = networkEdgesCsv(graph).replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(edges[0]).toBe('source,target,source_label,target_label,kind,weight,documents');
    expect(edges).toContain('org:iom,org:osce,IOM,OSCE,issuer-partner,2,2');
    expect(edges).toContain('org:eu,org:osce,EU,OSCE,issuer-partner,2,1');
    expect(edges).toContain('org:iom,org:unodc,IOM,UNODC,partner-partner,1,1');
  });
});
