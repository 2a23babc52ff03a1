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
