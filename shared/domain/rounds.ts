// Independent coding, the consensus layer and replies on highlights (issue 11): plain data
// across the contract. A round is one "Send for independent coding"; its agreement is computed
// only on the codings made independently in it (recorded when the copy is merged back).

export interface CodingRound {
  id: string;
  senderId: string;
  senderName: string;
  sentAt: string;
  /** The documents of the round, by this project's ids (documents not in the project are left out). */
  documentIds: string[];
  /** Coders whose codings travelled in the copy (seen by the recipient). */
  keptCoderIds: string[];
  /** Coders with codings recorded as independent in this round (empty before the merge back). */
  independentCoderIds: string[];
}

export type ConsensusChoice = 'adoptA' | 'adoptB' | 'both' | 'neither' | 'edit';
export const CONSENSUS_CHOICES: readonly ConsensusChoice[] = ['adoptA', 'adoptB', 'both', 'neither', 'edit'];

/** The coder layer that resolutions write to: one fixed identity in every project. */
export const CONSENSUS_CODER = { id: '00000000-0000-5000-8000-00000000c0de', name: 'Consensus', color: '#7f7f7f' } as const;

/** A passage where two coders differ, as listed by the agreement report. */
export interface ConsensusRequest {
  documentId: string;
  pageIndex: number;
  /** Code-point offsets of the disputed stretch on the page, end exclusive. */
  start: number;
  end: number;
  codeId: string;
  coderA: string;
  coderB: string;
  choice: ConsensusChoice;
  /** For 'edit': the consensus extent (code points on the same page); the disputed stretch when omitted. */
  editStart?: number;
  editEnd?: number;
}

export interface ConsensusResolution {
  id: string;
  documentId: string;
  pageIndex: number;
  start: number;
  end: number;
  codeId: string;
  choice: ConsensusChoice;
  coderA: string;
  coderB: string;
  resolvedBy: string;
  createdAt: string;
}

export interface Reply {
  id: string;
  annotationId: string;
  coderId: string;
  coderName: string;
  /** Markdown. */
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface ResolveResult {
  resolution: ConsensusResolution;
  /** The consensus highlights created (none for 'neither', none when identical ones existed). */
  annotationIds: string[];
}

export interface SendInput {
  path: string;
  /** Send for independent coding: the copy carries no highlights but those of keepCoderIds. */
  independent?: boolean;
  keepCoderIds?: string[];
}
