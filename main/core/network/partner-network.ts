// The partnership network of a selection of passages: who works with whom, and how many passages
// say so. The rules, per passage (a highlight, counted once whatever its number of codings):
//
// 1. The passages are those the evidence filter selects (year, country, organisation, type,
//    language, coder, text, coding query and codes: the analysis filter bar), then, when
//    instruments are chosen, those carrying one of them or a sub-code (an instrument code
//    "co-occurring" on the passage itself). Every code of a selected passage counts, not only
//    the codes the filter named.
// 2. Its partners are its codes under the codebook's Partner branch (actor-codes.ts), each an
//    actor; a Partner code that stands for an organisation (OSCE) is that organisation's actor.
// 3. A passage in a document issued by organisation O, coded with Partner P, evidences O—P
//    (an "issuer-partner" edge). A document's issuers are those of the user attribute that
//    replaces the organisation field when it names any (a joint EU–OSCE report gives EU—P and
//    OSCE—P), else its organisation. A document without one gives no such edge; an O—O
//    self-loop (an OSCE report coded "Partner: OSCE") is not drawn.
// 4. A passage carrying two or more Partner codes evidences each pair of them (P—Q,
//    "partner-partner"): a joint project of IOM and UNODC named in an EU report gives EU—IOM,
//    EU—UNODC and IOM—UNODC.
// 5. An edge's weight is the number of distinct passages that evidence it (one passage with the
//    same actor twice, e.g. two Partner codes that both stand for the OSCE, counts once); its
//    documents are the distinct documents of those passages. A node's size is the distinct
//    passages on its edges. Nodes without an edge are not drawn.
//
// Nodes and edges are sorted by id and laid out by network-layout.ts: the same selection always
// gives the same graph, the same weights and the same picture.
import { codeNameFor } from '../../../shared/codebook/code-text';
import type { Code } from '../../../shared/domain/code';
import type { EvidenceFilter } from '../../../shared/domain/evidence';
import type { NetworkEdge, NetworkEdgeKind, NetworkGraph, NetworkLang, NetworkNode, NetworkRequest } from '../../../shared/domain/network';
import { organisationLabel } from '../../../shared/organisation-labels';
import type { Db } from '../../db/connection';
import { listCodes } from '../../db/repositories/codes';
import { codesOfPassages, passagesForFilter } from '../../db/repositories/evidence';
import { childrenMap, subtree } from '../coding/code-tree';
import { codeIndex } from '../evidence/evidence-rows';
import { actorCodes } from './actor-codes';
import { layoutNetwork } from './network-layout';
import { type Issuer, issuerLabel, issuersOf } from '../../../shared/attributes/document-issuers';

/** The colour of an issuing organisation that no Partner code names. */
export const ISSUER_COLOR = '#4b5563';

export interface PartnerNetwork {
  graph: NetworkGraph;
  /** Edge id -> the passages evidencing it, in document and reading order. */
  edgePassages: Map<string, string[]>;
  /** Every Partner code id (the edge passage list shows them first). */
  partnerCodeIds: string[];
}

interface EdgeAcc {
  source: string;
  target: string;
  kind: NetworkEdgeKind;
  passages: string[];
  documents: Set<string>;
}

const edgeId = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The instrument codes chosen, with their sub-codes; null: no instrument condition. */
function instrumentSet(codes: readonly Code[], ids: readonly string[] | undefined): Set<string> | null {
  if (!ids || ids.length === 0) return null;
  const children = childrenMap(codes);
  const out = new Set<string>();
  for (const id of ids) {
    const root = codes.find((c) => c.id === id);
    if (root) for (const c of subtree(children, root)) out.add(c.id);
  }
  return out;
}

export function buildPartnerNetwork(db: Db, request: NetworkRequest & { filter: EvidenceFilter }, opts: { layout?: boolean } = {}): PartnerNetwork {
  const lang: NetworkLang = request.lang === 'ru' ? 'ru' : 'en';
  const codes = listCodes(db);
  const byId = new Map(codes.map((c) => [c.id, c]));
  const actors = actorCodes(codes);
  const instruments = instrumentSet(codes, request.instrumentIds);
  const rows = passagesForFilter(db, request.filter);
  const codesOf = codesOfPassages(db, rows.map((r) => r.annotation_id));

  const edges = new Map<string, EdgeAcc>();
  const roles = new Map<string, { issuer: boolean; partner: boolean }>();
  /** Actor node id -> the partner code that names it (the first in codebook order). */
  const codeOfActor = new Map<string, string>();
  const partnerOrder = [...actors.partners.keys()];
  for (const codeId of partnerOrder) {
    const org = actors.partners.get(codeId);
    const node = org ? `org:${org}` : `code:${codeId}`;
    if (!codeOfActor.has(node)) codeOfActor.set(node, codeId);
  }
  const role = (node: string) => {
    let r = roles.get(node);
    if (!r) roles.set(node, (r = { issuer: false, partner: false }));
    return r;
  };
  const add = (a: string, b: string, kind: NetworkEdgeKind, passage: string, documentId: string) => {
    const id = edgeId(a, b);
    let e = edges.get(id);
    if (!e) edges.set(id, (e = { source: a < b ? a : b, target: a < b ? b : a, kind, passages: [], documents: new Set() }));
    if (kind === 'issuer-partner') e.kind = kind;
    if (e.passages.at(-1) !== passage) e.passages.push(passage);
    e.documents.add(documentId);
  };

  let partnerPassages = 0;
  /** Issuers named by a replacing attribute, by actor id (their labels may be the user's own). */
  const issuerNames = new Map<string, Issuer>();
  for (const row of rows) {
    const own = codesOf.get(row.annotation_id) ?? [];
    if (instruments && !own.some((c) => instruments.has(c))) continue;
    const partners = [...new Set(
      own.filter((c) => actors.partners.has(c)).map((c) => {
        const org = actors.partners.get(c);
        return org ? `org:${org}` : `code:${c}`;
      }),
    )].sort();
    if (partners.length === 0) continue;
    partnerPassages++;
    // The document's issuers: those of the attribute replacing the organisation field, if it
    // names any, else the organisation field (shared/attributes/document-issuers.ts).
    const named = issuersOf(row.issuers_value, row.issuers_choices);
    for (const i of named) issuerNames.set(`org:${i.id}`, i);
    const issuers = named.length > 0 ? named.map((i) => `org:${i.id}`) : row.organisation ? [`org:${row.organisation}`] : [];
    for (const issuer of issuers) {
      for (const p of partners) {
        if (p === issuer) continue;
        add(issuer, p, 'issuer-partner', row.annotation_id, row.document_id);
        role(issuer).issuer = true;
        role(p).partner = true;
      }
    }
    for (let i = 0; i < partners.length; i++) {
      for (let j = i + 1; j < partners.length; j++) {
        add(partners[i], partners[j], 'partner-partner', row.annotation_id, row.document_id);
        role(partners[i]).partner = true;
        role(partners[j]).partner = true;
      }
    }
  }

  const nodePassages = new Map<string, Set<string>>();
  for (const e of edges.values()) {
    for (const end of [e.source, e.target]) {
      let set = nodePassages.get(end);
      if (!set) nodePassages.set(end, (set = new Set()));
      for (const p of e.passages) set.add(p);
    }
  }
  const names = codeIndex(codes, lang);
  const nodes: NetworkNode[] = [...nodePassages.keys()].sort().map((id) => {
    const r = roles.get(id) ?? { issuer: false, partner: true };
    const organisation = id.startsWith('org:') ? id.slice(4) : null;
    const codeId = codeOfActor.get(id) ?? (id.startsWith('code:') ? id.slice(5) : null);
    const code = codeId ? byId.get(codeId) : undefined;
    return {
      id,
      label: issuerNames.has(id) ? issuerLabel(issuerNames.get(id)!, lang) : organisation ? organisationLabel(organisation, lang) : code ? codeNameFor(code, lang) : id,
      role: r.issuer && r.partner ? 'both' : r.issuer ? 'issuer' : 'partner',
      organisation,
      codeId: codeId ?? null,
      color: code && r.partner ? code.color : ISSUER_COLOR,
      passages: nodePassages.get(id)?.size ?? 0,
      x: 0,
      y: 0,
      radius: 0,
      labelWidth: 0,
    };
  });
  const edgeList: NetworkEdge[] = [...edges.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, e]) => ({ id, source: e.source, target: e.target, kind: e.kind, weight: e.passages.length, documents: e.documents.size }));
  if (opts.layout !== false && nodes.length > 0) {
    const placed = layoutNetwork(nodes, edgeList);
    for (const n of nodes) {
      const p = placed.get(n.id);
      if (p) Object.assign(n, { x: p.x, y: p.y, radius: p.radius, labelWidth: p.labelWidth });
    }
  }
  return {
    graph: {
      nodes,
      edges: edgeList,
      partnerPassages,
      hasPartnerBranch: actors.partnerRoot !== null,
      instruments: actors.instruments.map((c) => ({ id: c.id, path: names.path(c.id), color: c.color })),
    },
    edgePassages: new Map([...edges.entries()].map(([id, e]) => [id, e.passages])),
    partnerCodeIds: partnerOrder,
  };
}
