// Sharing between researchers: merge summaries and conflicts, inter-coder agreement reports,
// REFI-QDA (.qdpx) exchange results. Plain data only (ISO date strings), so they cross IPC/HTTP.

/** What a merge did; also written to the project's history (action 'merge'). */
export interface MergeSummary {
  /** Project id of the file merged from. */
  peerId: string;
  /** The colleague merged from, by their coder name (their project's name if no coder is named). */
  peerName: string;
  /** The name of the project file merged from. */
  peerProjectName: string;
  /** Where the pre-merge backup of the project was written. */
  backupPath: string;
  added: MergeCounts;
  updated: MergeCounts;
  removed: MergeCounts;
  /** New conflicts recorded by this merge (open until resolved). */
  conflicts: number;
  /** Codes that share a name with another code at the same level but have a different id. */
  sameNameCodes: Array<{ mineId: string; theirsId: string; name: string }>;
}

export interface MergeCounts {
  documents: number;
  codes: number;
  annotations: number;
  codings: number;
  memos: number;
}

export type MergeItemType = 'document' | 'code' | 'annotation' | 'memo';

/**
 * bothChanged: edited differently on both sides since the last merge;
 * deletedHere: deleted in this project, edited in the other (theirs was restored);
 * deletedThere: deleted in the other project, edited here (mine was kept);
 * sameNameCode: two codes with one name at the same level but different ids.
 */
export type MergeConflictKind = 'bothChanged' | 'deletedHere' | 'deletedThere' | 'sameNameCode';

/** mine / theirs: keep one version; both: keep the two; merge: fold same-name codes into one. */
export type ConflictResolution = 'mine' | 'theirs' | 'both' | 'merge';

export interface MergeConflict {
  id: string;
  createdAt: string;
  peerId: string;
  peerName: string;
  itemType: MergeItemType;
  /** The item's id in this project (document: its sha256; memo: "type:target"). */
  itemKey: string;
  kind: MergeConflictKind;
  /** Short English description for lists, e.g. 'Highlight on page 3: "…"'. */
  label: string;
  /** This project's version at merge time (null = deleted here). */
  mine: Record<string, unknown> | null;
  /** The other project's version (null = deleted there). */
  theirs: Record<string, unknown> | null;
  /** Id of the copy holding their version, when both were kept side by side (annotations). */
  copyId: string | null;
  status: 'open' | 'resolved';
  resolution: ConflictResolution | null;
  resolvedAt: string | null;
}

// --- inter-coder agreement ---------------------------------------------------------------

export interface AgreementRequest {
  /** Coder ids (two or more). */
  coderIds: string[];
  /** Documents to compare; all documents when omitted or empty. */
  documentIds?: string[];
  /** Codes to compare; every code used by the chosen coders when omitted or empty. */
  codeIds?: string[];
  /**
   * An independent-coding round: compare only the codings recorded as made independently in it,
   * on the round's documents that every chosen coder coded (the consensus layer: its current codings).
   */
  roundId?: string;
}

/** Set when the report was computed on an independent-coding round. */
export interface IndependentScope {
  roundId: string;
  /** Documents every chosen coder coded independently in the round. */
  documents: number;
  coderNames: string[];
}

/** Character-level 2x2 table for one pair of coders and one code (or pooled over codes). */
export interface PairAgreement {
  coderA: string;
  coderB: string;
  /** Characters (units) compared. */
  units: number;
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
  /** (both + neither) / units. */
  percentAgreement: number;
  /** Cohen's kappa; null when undefined (both coders constant and identical: expected = 1). */
  kappa: number | null;
  /** both / (both + onlyA + onlyB): agreement on coded characters only; null when none coded. */
  codedOverlap: number | null;
}

export interface CodeAgreement {
  codeId: string;
  codeName: string;
  pairs: PairAgreement[];
  /** Krippendorff's alpha (nominal, binary per character) over all chosen coders; null when undefined. */
  alpha: number | null;
  /** Unitized |uα (Krippendorff et al. 2016, as ATLAS.ti): each highlight one unit; null when undefined. */
  unitizedAlpha: number | null;
  /** Unitized αU (Krippendorff 1995 / 2004, section 12.4); null when undefined. */
  alphaU1995: number | null;
}

export interface DisagreementPassage {
  documentId: string;
  documentTitle: string;
  pageIndex: number;
  /** Code-point offsets in the page text. */
  start: number;
  end: number;
  quote: string;
  codeId: string;
  /** Coders who coded this stretch with the code (the others did not). */
  codedBy: string[];
}

export interface AgreementReport {
  coders: Array<{ id: string; name: string }>;
  documents: Array<{ id: string; title: string }>;
  /** Characters in the selected documents (units per code). */
  units: number;
  codes: CodeAgreement[];
  /** Pooled over codes: each (character, code) is one unit. */
  overall: { pairs: PairAgreement[]; alpha: number | null; unitizedAlpha: number | null; alphaU1995: number | null };
  disagreements: DisagreementPassage[];
  /** True when the list of disagreements was cut at its cap. */
  disagreementsTruncated: boolean;
  /** Highlights left out: area highlights (no text) and those whose text could not be placed. */
  skippedAnnotations: number;
  /** Which statistic variants were computed (for the methods section of a paper). */
  method: string;
  /** The independent-coding round the figures are restricted to, or null. */
  independent?: IndependentScope | null;
}

/** What a native file dialog for sharing is for (title, save or open, file type). */
export type ShareFilePurpose = 'send' | 'openReceived' | 'merge' | 'qdpxExport' | 'qdpxImport' | 'qdpxTarget';

export const SHARE_FILE_PURPOSES: readonly ShareFilePurpose[] = ['send', 'openReceived', 'merge', 'qdpxExport', 'qdpxImport', 'qdpxTarget'];

// --- REFI-QDA exchange -------------------------------------------------------------------

export interface QdpxExportResult {
  path: string;
  sources: number;
  codes: number;
  selections: number;
  codings: number;
  notes: number;
  /** Highlights with neither a text position nor a rectangle, which no selection can carry. */
  unplaceable?: number;
}

/** Why an item of a .qdpx was skipped or changed on import (the report counts each kind). */
export const QDPX_SKIP_REASONS = [
  'selectionOutside', 'unknownCode', 'pageMissing', 'emptyArea', 'sourceType', 'sourceMissing', 'sourceUnreadable', 'samePdf',
  'wholeSourceCoding', 'richText', 'notCodable', 'duplicateCode', 'longDescription', 'attributeValue', 'links', 'cases', 'sets',
  'graphs', 'looseNotes',
] as const;
export type QdpxSkipReason = (typeof QDPX_SKIP_REASONS)[number];

export interface QdpxSkipped {
  reason: QdpxSkipReason;
  count: number;
}

export interface QdpxImportResult {
  path: string;
  documents: number;
  codes: number;
  annotations: number;
  codings: number;
  memos: number;
  coders: number;
  /** What could not be represented in Glossa, one English line each. */
  warnings: string[];
  /** The same, counted by kind (the report states these in the user's language). */
  skipped?: QdpxSkipped[];
  /** Per source name, how the other tool counted its text offsets (e.g. "UTF-16 code units, CRLF as two"). */
  offsets?: Record<string, string>;
}
