// Import from a local Zotero library (issue 13 item 1): where the data directory is, what a
// scan of it shows the dialog (collections, items with their PDFs and reader annotations),
// and what an import did per item. Plain data across the contract.

/** A Zotero data directory found on this machine, and where it was found. */
export interface ZoteroDataDirCandidate {
  path: string;
  /** 'env': GLOSSA_ZOTERO_DATA_DIR; 'prefs': a Zotero profile's extensions.zotero.dataDir; 'default': ~/Zotero. */
  origin: 'env' | 'prefs' | 'default';
  /** Whether zotero.sqlite is there. */
  hasDatabase: boolean;
}

export interface ZoteroLocation {
  /** The first candidate with a database, or null when none was found. */
  dataDir: string | null;
  candidates: ZoteroDataDirCandidate[];
}

export interface ZoteroCollection {
  libraryId: number;
  key: string;
  name: string;
  /** Key of the parent collection, null at the top. */
  parentKey: string | null;
}

export interface ZoteroItemSummary {
  libraryId: number;
  key: string;
  /** Zotero item type: 'report', 'book', 'journalArticle', ... ('attachment' for a standalone PDF). */
  itemType: string;
  title: string;
  /** "Family, Given; Institution" as Zotero lists the creators. */
  creators: string;
  year: number | null;
  /** PDF attachments stored in the data directory. */
  pdfCount: number;
  annotationCount: number;
  /** Keys of the collections the item is in. */
  collectionKeys: string[];
}

export interface ZoteroLibraryScan {
  dataDir: string;
  /** The database's 'userdata' schema version (Zotero's version table). */
  schemaVersion: number;
  /** True when the schema is newer than the newest Glossa was tested with (the tables it reads are there). */
  newerSchema: boolean;
  collections: ZoteroCollection[];
  items: ZoteroItemSummary[];
}

export interface ZoteroImportInput {
  dataDir: string;
  /** Items as "libraryId:key"; absent: every item of the collections, or of the library. */
  items?: string[];
  /** Collection keys; items in them (and their subcollections) are imported. */
  collections?: string[];
}

export type ZoteroItemOutcome = 'imported' | 'updated' | 'unchanged' | 'skipped';

export interface ZoteroItemResult {
  libraryId: number;
  key: string;
  title: string;
  outcome: ZoteroItemOutcome;
  /** The Glossa documents of the item's PDFs. */
  documentIds: string[];
  annotationsAdded: number;
  /** Why an item (or one of its PDFs) was skipped: an error code and English text. */
  reasonCode?: string;
  reason?: string;
  reasonParams?: Record<string, string | number>;
}

export interface ZoteroImportResult {
  dataDir: string;
  items: ZoteroItemResult[];
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  annotationsAdded: number;
}

/** Progress of zotero.import: reading the library, importing PDFs, then metadata and annotations. */
export interface ZoteroProgress {
  phase: 'reading' | 'pdfs' | 'annotations' | 'done';
  done: number;
  total: number;
}
