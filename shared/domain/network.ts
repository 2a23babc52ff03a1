// The partnership network (issue 14, item 8): actors as nodes — the organisations that issued
// the documents and the partners named by the codebook's Partner codes — and edges weighted by
// the passages that evidence each partnership. Built by main/core/network/partner-network.ts
// (the rules are in its header), laid out there too, drawn by the renderer's NetworkPanel.
import type { EvidenceFilter } from './evidence';

export type NetworkLang = 'en' | 'ru';

export interface NetworkRequest {
  /** The evidence filter (year, country, organisation … and codes): only its passages count. */
  filter: EvidenceFilter;
  /** Instrument codes (with their sub-codes): only passages carrying one of them count; empty or
   *  absent: every instrument, and passages without one. */
  instrumentIds?: string[];
  /** Language of the node labels; default English. */
  lang?: NetworkLang;
}

/** issuer: a document's issuing organisation; partner: named by a Partner code; both: the
 *  partner code stands for an organisation that also issued documents in the selection. */
export type NetworkRole = 'issuer' | 'partner' | 'both';

export interface NetworkNode {
  /** 'org:<organisation id>' or 'code:<partner code id>'. */
  id: string;
  label: string;
  role: NetworkRole;
  /** The organisation id (vocabulary), when the actor is one. */
  organisation: string | null;
  /** The Partner code that names the actor, when one does. */
  codeId: string | null;
  color: string;
  /** Distinct passages on the actor's edges. */
  passages: number;
  /** Layout position (seeded force layout, units of screen pixels at 100 %). */
  x: number;
  y: number;
  /** Circle radius (by passages) and the estimated label width, in those units (the layout
   *  keeps circles and labels apart with them). */
  radius: number;
  labelWidth: number;
}

export type NetworkEdgeKind = 'issuer-partner' | 'partner-partner';

export interface NetworkEdge {
  /** '<source id>|<target id>', the two node ids in sorted order. */
  id: string;
  source: string;
  target: string;
  kind: NetworkEdgeKind;
  /** Distinct passages evidencing the partnership. */
  weight: number;
  /** Distinct documents those passages are in. */
  documents: number;
}

/** An instrument code the view can filter by. */
export interface NetworkInstrument {
  id: string;
  path: string[];
  color: string;
}

export interface NetworkGraph {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Passages of the selection that carry at least one Partner code. */
  partnerPassages: number;
  /** The codebook has a Partner branch (false: the view explains how to make one). */
  hasPartnerBranch: boolean;
  instruments: NetworkInstrument[];
}

export type NetworkExportFormat = 'graphml' | 'csv-nodes' | 'csv-edges';

export interface NetworkExport {
  fileName: string;
  mime: string;
  text: string;
}
