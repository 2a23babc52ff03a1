// The partnership network on a real project (network-project.ts), every weight counted by hand:
//   a1 EU doc   OSCE + Funding            -> EU—OSCE
//   a2 EU doc   OSCE + IOM + Training     -> EU—OSCE, EU—IOM, IOM—OSCE (partner pair)
//   a3 EU doc   IOM                       -> EU—IOM
//   a4 OSCE doc OSCE                      -> nothing (the OSCE naming itself)
//   a5 OSCE doc IOM + Funding             -> IOM—OSCE
//   a6 no org   UNODC + IOM               -> IOM—UNODC (partner pair only)
//   a7 EU doc   Funding                   -> nothing (no partner)
//   a8 OSCE doc Local NGO Alliance + Training -> OSCE—Local NGO Alliance
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkRequest } from '../../../../../shared/domain/network';
import { buildPartnerNetwork } from '../../../../../main/core/network/partner-network';
import { edgePassages, parseNetworkRequest } from '../../../../../main/core/network/handlers';
import { nodeBox } from '../../../../../main/core/network/network-layout';
import { CODE, makeNetworkProject, type NetworkProject } from './network-project';

let p: NetworkProject;
beforeEach(() => {
  p = makeNetworkProject();
});
afterEach(() => p.close());

const graph = (request: Partial<NetworkRequest> = {}) => buildPartnerNetwork(p.db, { filter: {}, ...request }).graph;
/** Edge id -> weight. */
const weights = (request: Partial<NetworkRequest> = {}) => Object.fromEntries(graph(request).edges.map((e) => [e.id, e.weight]));
const local = () => `code:${p.localNgo}`;

describe('partner network: edges and weights', () => {
  it('counts the passages evidencing each partnership', () => {
    const g = graph();
    expect(Object.fromEntries(g.edges.map((e) => [e.id, [e.weight, e.documents, e.kind]]))).toEqual({
      'org:eu|org:iom': [2, 1, 'issuer-partner'],
      'org:eu|org:osce': [2, 1, 'issuer-partner'],
      // a2 (two partners in an EU report) and a5 (an OSCE report naming IOM): one edge, two documents.
      'org:iom|org:osce': [2, 2, 'issuer-partner'],
      'org:iom|org:unodc': [1, 1, 'partner-partner'],
      [`${local()}|org:osce`]: [1, 1, 'issuer-partner'],
    });
    expect(g.partnerPassages).toBe(7);
    expect(g.hasPartnerBranch).toBe(true);
  });

  it('makes one actor of an organisation and the Partner code that names it', () => {
    const g = graph();
    const node = (id: string) => g.nodes.find((n) => n.id === id)!;
    expect(g.nodes.map((n) => n.id)).toEqual([local(), 'org:eu', 'org:iom', 'org:osce', 'org:unodc']);
    expect([node('org:eu').role, node('org:osce').role, node('org:iom').role, node(local()).role]).toEqual(['issuer', 'both', 'partner', 'partner']);
    expect(node('org:osce').codeId).toBe(CODE.osce);
    expect(node('org:eu').codeId).toBeNull();
    expect([node('org:eu').passages, node('org:osce').passages, node('org:iom').passages, node('org:unodc').passages]).toEqual([3, 4, 4, 1]);
    expect(node('org:osce').label).toBe('OSCE');
    expect(node(local()).label).toBe('Local NGO Alliance');
  });

  it('labels nodes in the requested language', () => {
    const g = graph({ lang: 'ru' });
    expect(g.nodes.find((n) => n.id === 'org:osce')!.label).toBe('ОБСЕ');
    expect(g.nodes.find((n) => n.id === 'org:eu')!.label).toBe('ЕС');
    // A code without a Russian name falls back to its English one.
    expect(g.nodes.find((n) => n.id === local())!.label).toBe('Local NGO Alliance');
    expect(g.instruments.find((i) => i.id === CODE.funding)!.path).toEqual(['Инструменты влияния', 'Финансирование']);
  });

  it('follows the evidence filter: year, country, codes', () => {
    expect(weights({ filter: { yearFrom: 2016 } })).toEqual({ 'org:iom|org:osce': 1, 'org:iom|org:unodc': 1, [`${local()}|org:osce`]: 1 });
    expect(weights({ filter: { countries: ['moldova'] } })).toEqual({ 'org:eu|org:iom': 2, 'org:eu|org:osce': 2, 'org:iom|org:osce': 1 });
    // Passages the code selection finds, with every code they carry (a2's partners, a8's).
    expect(weights({ filter: { codeIds: [CODE.training] } })).toEqual({
      'org:eu|org:iom': 1, 'org:eu|org:osce': 1, 'org:iom|org:osce': 1, [`${local()}|org:osce`]: 1,
    });
  });

  it('filters by instruments on the passage, a branch with its sub-codes', () => {
    expect(weights({ instrumentIds: [CODE.funding] })).toEqual({ 'org:eu|org:osce': 1, 'org:iom|org:osce': 1 });
    expect(weights({ instrumentIds: [CODE.instruments] })).toEqual({
      'org:eu|org:iom': 1, 'org:eu|org:osce': 2, 'org:iom|org:osce': 2, [`${local()}|org:osce`]: 1,
    });
    expect(graph().instruments.map((i) => i.id)).toContain(CODE.training);
    expect(graph().instruments.map((i) => i.id)).not.toContain(CODE.instruments);
  });

  it('lists the passages of an edge in reading order with page and quote', () => {
    const items = edgePassages(p.db, { filter: {} }, 'org:iom|org:osce');
    expect(items.map((i) => i.annotationId)).toEqual([p.ann.a2, p.ann.a5]);
    expect(items.map((i) => [i.document.title, i.page, i.quote])).toEqual([
      ['EU Strategy', 1, 'The EU, the OSCE and IOM trained judges together.'],
      ['OSCE Report', 1, 'IOM received OSCE co-funding.'],
    ]);
    expect(edgePassages(p.db, { filter: { yearFrom: 2016 } }, 'org:iom|org:osce').map((i) => i.annotationId)).toEqual([p.ann.a5]);
    expect(edgePassages(p.db, { filter: {} }, 'org:nobody|org:osce')).toEqual([]);
  });
});

describe('partner network: layout', () => {
  it('is the same picture every time, with no two labels overlapping', () => {
    const a = graph();
    const b = graph();
    expect(a.nodes.map((n) => [n.x, n.y])).toEqual(b.nodes.map((n) => [n.x, n.y]));
    const boxes = a.nodes.map(nodeBox);
    for (let i = 0; i < boxes.length; i++) {
      expect(boxes[i].left).toBeGreaterThanOrEqual(-0.1);
      expect(boxes[i].top).toBeGreaterThanOrEqual(-0.1);
      for (let j = i + 1; j < boxes.length; j++) {
        const apart = boxes[i].right <= boxes[j].left || boxes[j].right <= boxes[i].left || boxes[i].bottom <= boxes[j].top || boxes[j].bottom <= boxes[i].top;
        expect(apart, `${a.nodes[i].label} / ${a.nodes[j].label}`).toBe(true);
      }
    }
  });
});

describe('partner network: input', () => {
  it('refuses malformed requests with a message naming the field', () => {
    expect(() => parseNetworkRequest(p.db, { filter: {}, lang: 'de' })).toThrow('"lang" must be en or ru');
    expect(() => parseNetworkRequest(p.db, { filter: {}, instrumentIds: 'Funding' })).toThrow(/instrumentIds/);
    expect(() => parseNetworkRequest(p.db, { filter: { yearFrom: 'soon' } })).toThrow(/yearFrom/);
    expect(parseNetworkRequest(p.db, { filter: { query: '"Funding"' } }).filter.annotationIds?.length).toBe(3);
  });
});
