// Attaching a bibliography file (CSL-JSON, BibTeX/BibLaTeX, RIS) to documents already in the
// project: the file is parsed, each entry proposed for the document it most likely describes
// (with the reason and a confidence), and the user confirms, changes or unchecks each row
// before anything is written (main/core/bibliography/).
import type { BibliographySource, CslItem } from './bibliography';

export type BibliographyFileFormat = Exclude<BibliographySource, 'zotero'>;

/** Why an entry was matched to a document, strongest first. */
export type AttachMatchReason = 'doi' | 'url' | 'title' | 'fileName';

export interface AttachProposal {
  /** The entry's position in the file (what the confirmation refers to). */
  index: number;
  /** BibTeX key / CSL id / RIS ID; null when the file gave none. */
  citekey: string | null;
  csl: CslItem;
  /** The proposed document, or null when nothing matched (the user may still pick one). */
  documentId: string | null;
  reason: AttachMatchReason | null;
  /** 0..1: 1 for a DOI match, the title similarity for a title match. */
  confidence: number;
  /** The proposed document already has a bibliographic record (attaching replaces it). */
  replacesRecord: boolean;
}

export interface AttachPreview {
  format: BibliographyFileFormat;
  /** Every entry of the file, in file order; unmatched ones have documentId null. */
  proposals: AttachProposal[];
  matched: number;
  unmatched: number;
}

export interface AttachInput {
  fileName: string;
  text: string;
}

export interface AttachConfirmInput extends AttachInput {
  /** The confirmed rows: entry index -> document id (unchecked rows are left out). */
  choices: Array<{ index: number; documentId: string }>;
}

export interface AttachResult {
  attached: number;
  /** Documents whose empty title, author or year were filled from their entry. */
  filled: number;
}
