// Links between passages (issue 14 item 8): a directed, named relation from one highlight to
// another, possibly in another document — to trace, say, a GRETA recommendation into the EU
// progress report that implemented it. The relation is stored as a key; its labels (forward and
// backward, "recommends → implemented" / "implements the recommendation of") are the renderer's.

export const PASSAGE_LINK_RELATIONS = ['supports', 'contradicts', 'follows-up', 'cites', 'recommends-implemented'] as const;
export type PassageLinkRelation = (typeof PASSAGE_LINK_RELATIONS)[number];

export interface PassageLinkInfo {
  id: string;
  fromAnnotationId: string;
  toAnnotationId: string;
  relation: PassageLinkRelation;
  note: string;
  coderId: string;
  createdAt: string;
  updatedAt: string;
}

/** A passage as a link shows it: its document, first page and quote. */
export interface PassageSummary {
  annotationId: string;
  documentId: string;
  documentTitle: string;
  /** 0-based index of the passage's first page. */
  pageIndex: number;
  quote: string;
}

/** A link as seen from one of its passages: which way it points and the passage at the other end. */
export interface LinkOfPassage {
  link: PassageLinkInfo;
  /** 'out': this passage is the link's source (from); 'in': its target (to). */
  direction: 'out' | 'in';
  other: PassageSummary;
}

/** Every link with both passages (the CLI's list, the exports). */
export interface PassageLinkListItem {
  link: PassageLinkInfo;
  from: PassageSummary;
  to: PassageSummary;
}

export interface NewPassageLink {
  fromAnnotationId: string;
  toAnnotationId: string;
  relation: PassageLinkRelation;
  note?: string;
}

export interface PassageLinkPatch {
  relation?: PassageLinkRelation;
  note?: string;
}

/** A passage's link as the evidence exports carry it: the relation read from this passage. */
export interface EvidenceLink {
  relation: PassageLinkRelation;
  direction: 'out' | 'in';
  /** The passage at the other end. */
  annotationId: string;
  documentId: string;
  documentTitle: string;
  /** 1-based PDF page of the other passage's start. */
  pdfPage: number;
  quote: string;
  note: string;
}

/** English phrases of the relations as read from either end (the exports' `links` column). */
export const RELATION_PHRASES_EN: Record<PassageLinkRelation, { out: string; in: string }> = {
  supports: { out: 'supports', in: 'is supported by' },
  contradicts: { out: 'contradicts', in: 'is contradicted by' },
  'follows-up': { out: 'follows up', in: 'is followed up by' },
  cites: { out: 'cites', in: 'is cited by' },
  'recommends-implemented': { out: 'recommends → implemented in', in: 'implements the recommendation of' },
};
