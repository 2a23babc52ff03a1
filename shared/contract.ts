// The whole API between renderer and backend: one map of channel -> (input) => output,
// plus the events the backend pushes. Electron IPC and the HTTP bridge both carry exactly
// this contract; main registers a handler for every key (a missing one fails to compile).
// Inputs and outputs are plain data (structured-clone / JSON-with-bytes safe).

import type { OcrPageData, OcrProgress, OcrSummary } from './domain/ocr';
import type { AnchorRecheck, DocumentFilter, DocumentMeta, DocumentPatch, DocumentRemovalInfo, ReadingPosition } from './domain/document';
import type { ImportProgress, ImportSource } from './domain/import';
import type { PagePreview } from './domain/preview';
import type { CooccurrenceMode } from './query/code-cooccurrence';
import type { BulkCodingResult } from './domain/bulk-coding';
import type { DocumentBibliography } from './domain/bibliography';
import type { AttachConfirmInput, AttachInput, AttachPreview, AttachResult } from './domain/bibliography-attach';
import type { CiteTextInput } from './domain/cite-text';
import type { AppInfo, BackupInfo, ProjectInfo, RecentProject, RestoreResult, Settings } from './domain/project';
import type { KwicQuery, KwicResult, WordFrequencyQuery, WordFrequencyResult } from './domain/concordance';
import type { SearchQuery, SearchResult, SearchSuggestion } from './domain/search';
import type { Annotation, AnnotationFilter, AnnotationPage, AnnotationPageQuery, AnnotationPatch, NewAnnotation } from './domain/annotation';
import type { ZoteroImportInput, ZoteroImportResult, ZoteroLibraryScan, ZoteroLocation, ZoteroProgress } from './domain/zotero';
import type { AnnotatedPdfFile, ColourMapRow, PdfAnnotationImportInput, PdfAnnotationImportResult, PdfAnnotationScan, WebAnnotationImportResult } from './domain/pdf-annotations';
import type { AutocodeApplyInput, AutocodeApplyResult, AutocodePreview, AutocodeRequest } from './domain/autocode';
import type {
  Code,
  CodebookImportResult,
  CodeDeleteInfo,
  CodeMergeResult,
  CodePatch,
  Coder,
  CoderFileProblem,
  CodeWithCounts,
  HistoryEntry,
  Memo,
  MemoTargetType,
  NewCode,
  ReanchorResult,
  UndoState,
} from './domain/code';
import type {
  AgreementReport,
  AgreementRequest,
  ConflictResolution,
  MergeConflict,
  MergeSummary,
  QdpxExportResult,
  QdpxImportResult,
  ShareFilePurpose,
} from './domain/share';
import type { Case, CasePatch, CaseSource, ManualCaseInput, OutlinePlan } from './domain/case';
import type { LinkOfPassage, NewPassageLink, PassageLinkInfo, PassageLinkListItem, PassageLinkPatch, PassageSummary } from './domain/passage-links';
import type { MemoLinkKind, MemoListQuery, MemoSummary, NewMemo, TitledMemo } from './domain/memo';
import type { CitationLocale, CitationStyleId } from './csl/citation-styles';
import type {
  AttributeDefinition, AttributeDefinitionInput, AttributeDefinitionPatch, AttributeImportMapping, AttributeImportPreview, AttributeImportResult, AttributeTable,
  AttributeValue, DocumentAttributeValues,
} from './domain/attribute';
import type { CodingRound, ConsensusRequest, ConsensusResolution, Reply, ResolveResult, SendInput } from './domain/rounds';
import type {
  EvidenceFilter,
  EvidenceItem,
  EvidencePage,
  EvidenceQuery,
  EvidenceTables,
  ExportFormat,
  ExportJobProgress,
  ExportStartInput,
} from './domain/evidence';
import type { PassageLink, PassageTarget } from './links/passage-link';
import type { NetworkExport, NetworkExportFormat, NetworkGraph, NetworkRequest } from './domain/network';

export interface Contract {
  // --- app & settings (per installation) ---
  'app.info': (input: void) => AppInfo;
  'settings.get': (input: void) => Settings;
  'settings.set': (input: Partial<Settings>) => Settings;

  // --- project file lifecycle ---
  'project.current': (input: void) => ProjectInfo | null;
  'project.create': (input: { path: string; name?: string }) => ProjectInfo;
  'project.open': (input: { path: string }) => ProjectInfo;
  /** Consistent copy via the backup API; the copy becomes the open project. */
  'project.saveAs': (input: { path: string }) => ProjectInfo;
  'project.close': (input: void) => void;
  'project.recent': (input: void) => RecentProject[];
  /** The open project's automatic backups (<project>.backups/), newest first. */
  'backups.list': (input: void) => BackupInfo[];
  /** Backs up the current file, then puts the named backup in its place and reopens it. */
  'backups.restore': (input: { name: string }) => RestoreResult;

  // --- native dialogs (Electron); the web host answers { supported: false } ---
  'dialog.newProject': (input: void) => DialogResult;
  'dialog.openProject': (input: void) => DialogResult;
  'dialog.saveProjectAs': (input: void) => DialogResult;
  'dialog.importPdfs': (input: void) => DialogResult;
  /** Asks the user, then opens an external link in the system browser. */
  'shell.openExternal': (input: { url: string }) => { opened: boolean };

  // --- documents ---
  'documents.list': (input: { filter?: DocumentFilter }) => DocumentMeta[];
  'documents.get': (input: { id: string }) => DocumentMeta;
  'documents.update': (input: { id: string; patch: DocumentPatch }) => DocumentMeta;
  /** What documents.remove would take with it (for the confirmation). */
  'documents.removeInfo': (input: { id: string }) => DocumentRemovalInfo;
  /** Backup first, then ONE undoable action removing the document with its highlights, codings and memo. */
  'documents.remove': (input: { id: string }) => { removed: DocumentRemovalInfo; backup: BackupInfo };
  /** Re-extracts the text with the current extractor and re-anchors the highlights; writes only with apply (one undoable action). */
  'documents.recheckAnchors': (input: { id: string; apply?: boolean }) => AnchorRecheck;
  'documents.pdfBytes': (input: { id: string }) => Uint8Array;
  /** Size of the stored PDF in bytes, and bytes [start, end] of it (end inclusive, at most 8 MiB): the web host's Range answers. */
  'documents.pdfSize': (input: { id: string }) => number;
  'documents.pdfRange': (input: { id: string; start: number; end: number }) => Uint8Array;
  /** The small image of a page stored at import, shown while pdf.js renders it; null when none. */
  'documents.preview': (input: { id: string; pageIndex: number }) => PagePreview | null;
  'documents.pageText': (input: { id: string; pageIndex: number }) => string;
  /** Stored texts of pages [from, from + count) (count 1-100; fewer at the end): find-in-document reads them in chunks. */
  'documents.pageTexts': (input: { id: string; from: number; count: number }) => string[];
  /** The document's hyphenated words written unbroken ("co-financing") and those of their
   *  joined forms it also contains: what readableQuote needs to keep or join a line-end
   *  hyphen, far smaller than the whole vocabulary. */
  'documents.compounds': (input: { id: string }) => string[];
  'documents.getPosition': (input: { id: string }) => ReadingPosition | null;
  'documents.setPosition': (input: { id: string; position: ReadingPosition }) => void;

  // --- import ---
  'import.start': (input: { sources: ImportSource[] }) => { jobId: string };
  'import.cancel': (input: { jobId: string }) => void;
  /** OCR'd pages of a document: words with boxes (PDF space), source, confidence. */
  'ocr.pages': (input: { documentId: string }) => OcrPageData[];
  /** Documents with OCR'd pages: how many, and which were read with low confidence. */
  'ocr.summaries': (input: void) => OcrSummary[];
  /** Starts OCR of some pages (0-based) or, without pageIndices, of every page without usable text; 'ocr.progress' events follow. */
  'ocr.start': (input: { documentId: string; pageIndices?: number[] }) => { jobId: string };
  'ocr.cancel': (input: { jobId: string }) => void;

  // --- search ---
  'search.query': (input: SearchQuery) => SearchResult;
  /** The exact number of pages a search finds (limit/offset ignored): refines a first screen whose totalExact is false. */
  'search.count': (input: SearchQuery) => { total: number };
  /** After an empty first screen: what would find something (asked for after it, never holding it up). */
  'search.suggest': (input: SearchQuery) => SearchSuggestion[];
  /** Keyword in context over the selected documents: one line per hit of the search. */
  'search.kwic': (input: KwicQuery) => KwicResult;
  /** The KWIC lines as CSV text (UTF-8 with BOM); the renderer saves it. */
  'search.kwicCsv': (input: KwicQuery) => string;
  /** Word frequencies over the selected documents, grouped by stem unless exact. */
  'search.wordFrequencies': (input: WordFrequencyQuery) => WordFrequencyResult;
  /** The word-frequency list as CSV text (UTF-8 with BOM). */
  'search.wordFrequenciesCsv': (input: WordFrequencyQuery) => string;

  // --- codebook (issue 3); every mutation is one transaction and one undoable action ---
  /** Every code in tree order with its own and its subtree's coding counts. */
  'codes.list': (input: void) => CodeWithCounts[];
  'codes.create': (input: NewCode) => Code;
  'codes.update': (input: { id: string; patch: CodePatch }) => Code;
  /** parentId null = top level; position = index among the new siblings. Refuses cycles. */
  'codes.move': (input: { id: string; parentId: string | null; position: number }) => Code;
  /** Codings move to the target (duplicates collapse), children re-parent, the source is removed. */
  'codes.merge': (input: { sourceId: string; targetId: string }) => CodeMergeResult;
  /** Moves some passages of a code into a new (newName) or existing (intoCodeId) sub-code; one undo. */
  'codes.split': (input: { codeId: string; annotationIds: string[]; intoCodeId?: string; newName?: string; lang?: 'en' | 'ru' }) => BulkCodingResult & { intoCodeId: string };
  /** Adds and removes codes on many passages at once; one undo. */
  'codings.bulk': (input: { annotationIds: string[]; add?: string[]; remove?: string[] }) => BulkCodingResult;
  /** What codes.delete would remove (for the confirmation). */
  'codes.deleteInfo': (input: { id: string }) => CodeDeleteInfo;
  'codes.delete': (input: { id: string }) => CodeDeleteInfo;
  /** REFI-QDA .qdc XML text; the host saves it. */
  /** The .qdc text; the names in `lang` (default English), the other language in the descriptions. */
  'codebook.exportQdc': (input: { lang?: 'en' | 'ru' } | void) => string;
  'codebook.importQdc': (input: { xml: string }) => CodebookImportResult;
  'coders.list': (input: void) => Coder[];
  /** This installation's researcher identity (name, colour, stable id), <userDataDir>/coder.json. */
  'coder.get': (input: void) => Coder;
  /** Renames or recolours this installation's researcher; the id never changes. */
  'coder.set': (input: { name?: string; color?: string }) => Coder;
  /** What was wrong with coder.json when it was read (repaired, replaced, unreadable), or null. */
  'coder.problem': (input: void) => CoderFileProblem | null;

  // --- annotations, memos, undo, auto-coding, history (issue 3) ---
  /** By document in reading order (or by code / coder across documents). */
  'annotations.list': (input: AnnotationFilter) => Annotation[];
  /** One keyset page of a document's highlights in reading order, with the counts of all (issue 12). */
  'annotations.page': (input: AnnotationPageQuery) => AnnotationPage;
  'annotations.create': (input: NewAnnotation) => Annotation;
  'annotations.update': (input: { id: string; patch: AnnotationPatch }) => Annotation;
  'annotations.delete': (input: { id: string }) => void;
  /** Checks a document's highlights against its stored text; never deletes (orphans are flagged). */
  'annotations.reanchor': (input: { documentId: string }) => ReanchorResult;
  /** Flags or clears a passage as an exemplar quote (one undoable action). */
  'exemplars.set': (input: { annotationId: string; exemplar: boolean }) => { annotationId: string; exemplar: boolean };
  /** The flagged passages of a document, in reading order. */
  'exemplars.list': (input: { documentId: string }) => string[];

  // --- annotations from elsewhere (issue 11 items 5-6); each import is one undoable action ---
  /** The annotations embedded in a document's PDF: counts per colour and the pre-filled colour
   *  table for the user to confirm; progress as 'pdfAnnotations.progress' events. */
  'pdfAnnotations.scan': (input: { documentId: string }) => PdfAnnotationScan & { colourMap: ColourMapRow[] };
  /** Imports them with the confirmed table; annotations imported before are skipped. */
  'pdfAnnotations.import': (input: PdfAnnotationImportInput) => PdfAnnotationImportResult;
  /** W3C Web Annotation JSON-LD (Hypothesis exports, Glossa's own) as highlights, anchored by quote. */
  'webAnnotations.import': (input: { documentId: string; json: string }) => WebAnnotationImportResult;
  /** A copy of the document's PDF with its highlights as real PDF annotations. */
  'documents.annotatedPdf': (input: { documentId: string }) => AnnotatedPdfFile;
  /** targetId '' for the project memo; an annotation's memo is its comment. */
  'memos.get': (input: { targetType: MemoTargetType; targetId: string }) => Memo | null;
  /** An empty body removes the memo. */
  'memos.set': (input: { targetType: MemoTargetType; targetId: string; body: string }) => Memo | null;
  'undo.undo': (input: void) => UndoState;
  'undo.redo': (input: void) => UndoState;
  'undo.state': (input: void) => UndoState;
  // --- bibliographic records (issue 13) ---
  /** A document's CSL-JSON record (Zotero, or a file attached), null when it has none. */
  'bibliography.get': (input: { documentId: string }) => DocumentBibliography | null;
  /** Removes a document's record (one undoable action); its attributes stay. */
  'bibliography.remove': (input: { documentId: string }) => void;
  /** Parses a CSL-JSON / BibTeX / RIS file and proposes a document per entry; writes nothing. */
  'bibliography.attachPreview': (input: AttachInput) => AttachPreview;
  /** Writes the confirmed rows (entry -> document) as one undoable action; fills empty attributes. */
  'bibliography.attach': (input: AttachConfirmInput) => AttachResult;
  'autocode.preview': (input: AutocodeRequest) => AutocodePreview;
  'autocode.apply': (input: AutocodeApplyInput) => AutocodeApplyResult;
  /** Newest first. */
  'history.list': (input: { limit?: number; beforeId?: number }) => HistoryEntry[];

  // --- sharing, merge, agreement, REFI-QDA (issue 5) ---
  /** Consistent copy (backup API) to send to a colleague; the open project stays open. */
  'share.send': (input: SendInput) => { path: string; byteSize: number; roundId?: string };
  /** Validates a received project file, then opens it as a project of its own. */
  'share.openReceived': (input: { path: string }) => ProjectInfo;
  /** Merges a colleague's project file into the open project (backup first, one transaction). */
  'merge.run': (input: { path: string }) => MergeSummary;
  'merge.conflicts': (input: { status?: 'open' | 'resolved' }) => MergeConflict[];
  'merge.resolve': (input: { id: string; resolution: ConflictResolution }) => MergeConflict;
  'agreement.compute': (input: AgreementRequest) => AgreementReport;
  /** The agreement table as CSV text (UTF-8 with BOM); the host saves it. */
  'agreement.csv': (input: AgreementRequest) => string;
  'qdpx.export': (input: { path: string }) => QdpxExportResult;
  /** Imports a .qdpx into a NEW project file and opens it. */
  'qdpx.import': (input: { qdpxPath: string; projectPath: string }) => QdpxImportResult;

  // --- import from Zotero (issue 13 item 1) ---
  /** The Zotero data directories found on this machine (profile prefs, ~/Zotero), the first with a database chosen. */
  'zotero.locate': (input: void) => ZoteroLocation;
  /** Collections and items of the library, read from a private read-only copy of zotero.sqlite. */
  'zotero.scan': (input: { dataDir: string }) => ZoteroLibraryScan;
  /** Imports the chosen items (or collections, or all) with PDFs, metadata and reader annotations; 'zotero.progress' events follow. */
  'zotero.import': (input: ZoteroImportInput) => ZoteroImportResult;
  /** Stops a running import (it then fails with 'import.cancelled'; what it had stored stays). */
  'zotero.cancel': (input: void) => void;
  /** Electron: a folder dialog for the Zotero data directory; the web host answers { supported: false }. */
  'dialog.zoteroDataDir': (input: void) => DialogResult;
  // --- independent coding, consensus, replies (issue 11) ---
  /** The project's independent-coding rounds, newest first. */
  'rounds.list': (input: void) => CodingRound[];
  /** Resolves a disputed passage into the consensus layer (one undoable action). */
  'consensus.resolve': (input: ConsensusRequest) => ResolveResult;
  'consensus.list': (input: { documentIds?: string[] }) => ConsensusResolution[];
  'replies.list': (input: { annotationId: string }) => Reply[];
  'replies.add': (input: { annotationId: string; body: string }) => Reply;
  /** Edits typed without a pause coalesce into one undo step. */
  'replies.update': (input: { id: string; body: string }) => Reply;
  'replies.delete': (input: { id: string }) => void;
  /** Electron: the save / open dialog for a sharing command; the web host answers { supported: false }. */
  'dialog.shareFile': (input: { purpose: ShareFilePurpose }) => DialogResult;

  // --- cases below the document (issue 14) ---
  /** Every case with its segments, in the order they were made. */
  'cases.list': (input: void) => Case[];
  /** The cases a level of the document's outline would make (default: the level with the most
   *  entries); source 'headings': of the headings found in its layout, for a PDF without an
   *  outline (default: the style whose headings name the most countries). Nothing is written. */
  'cases.outline': (input: { documentId: string; level?: number; source?: CaseSource }) => OutlinePlan;
  /** Makes those cases (one undoable action). */
  'cases.fromOutline': (input: { documentId: string; level?: number; source?: CaseSource }) => Case[];
  /** Makes one case from a page range of a document (undoable). */
  'cases.create': (input: ManualCaseInput) => Case;
  /** Renames a case, sets its country or attributes (undoable; typing coalesces). */
  'cases.update': (input: { id: string; patch: CasePatch }) => Case;
  'cases.delete': (input: { id: string }) => void;

  // --- links between passages with a named relation (issue 14 item 8) ---
  /** Every link with both passages, in the order they were made. */
  'passageLinks.list': (input: void) => PassageLinkListItem[];
  /** A highlight's links, both ways, each with the passage at the other end. */
  'passageLinks.ofAnnotation': (input: { annotationId: string }) => LinkOfPassage[];
  /** Passages to link to: quote or document title containing `text` (any case), at most `limit` (default 50). */
  'passageLinks.searchPassages': (input: { text?: string; limit?: number; excludeAnnotationId?: string }) => PassageSummary[];
  /** Links two passages (undoable); passageLink.duplicate when that link exists already. */
  'passageLinks.create': (input: NewPassageLink) => PassageLinkInfo;
  /** Changes a link's relation or note (undoable; typing coalesces). */
  'passageLinks.update': (input: { id: string; patch: PassageLinkPatch }) => PassageLinkInfo;
  /** Deletes a link (undoable); a tombstone keeps a merge from bringing it back. */
  'passageLinks.delete': (input: { id: string }) => void;
  // --- memos as a writing space (issue 14): titled memos, linked to codes, documents, cases, passages ---
  /** The memo manager's list: search (title + body), "linked to" filter, sort (default: last edited first). */
  'memos.list': (input: MemoListQuery & { lang?: 'en' | 'ru' }) => MemoSummary[];
  'memos.read': (input: { id: string; lang?: 'en' | 'ru' }) => TitledMemo;
  /** A new titled memo, optionally linked (undoable). */
  'memos.create': (input: NewMemo & { lang?: 'en' | 'ru' }) => TitledMemo;
  'memos.rename': (input: { id: string; title: string; lang?: 'en' | 'ru' }) => TitledMemo;
  /** Saves the body as typed (typing coalesces into one undo step per memo). */
  'memos.write': (input: { id: string; body: string; lang?: 'en' | 'ru' }) => TitledMemo;
  'memos.link': (input: { id: string; kind: MemoLinkKind; targetId: string; lang?: 'en' | 'ru' }) => TitledMemo;
  'memos.unlink': (input: { id: string; linkId: string; lang?: 'en' | 'ru' }) => TitledMemo;
  /** Deletes the memo with its links (undoable; leaves a tombstone for merges). */
  'memos.delete': (input: { id: string }) => void;
  /** A passage's quote with its citation (as "Copy with citation"), as Markdown to insert into a memo. */
  'memos.passageQuote': (input: { annotationId: string; style: CitationStyleId; locale: CitationLocale }) => { markdown: string; text: string };
  // --- attributes the user defines (issue 14) ---
  /** The attribute definitions, in the order the user made them. */
  'attributes.list': (input: void) => AttributeDefinition[];
  /** Defines an attribute (optionally seeded from the organisation or type of every document); undoable. */
  'attributes.create': (input: AttributeDefinitionInput) => AttributeDefinition;
  /** Renames an attribute or edits its choices (values of a removed choice are cleared); undoable. */
  'attributes.update': (input: { id: string; patch: AttributeDefinitionPatch }) => AttributeDefinition;
  'attributes.delete': (input: { id: string }) => void;
  /** Every document's set values, by document id. */
  'attributes.values': (input: void) => Record<string, DocumentAttributeValues>;
  /** Sets some of one document's values (null clears one); typing coalesces into one undo step. */
  'attributes.setValues': (input: { documentId: string; values: Record<string, AttributeValue | null> }) => DocumentAttributeValues;
  /** Reads a CSV or XLSX file's first sheet as text (nothing is written). */
  'attributes.readTable': (input: { fileName: string; bytes: Uint8Array }) => AttributeTable;
  /** What importing the table with the mapping would write, and each row's errors. */
  'attributes.importPreview': (input: { table: AttributeTable; mapping: AttributeImportMapping }) => AttributeImportPreview;
  /** Writes the valid values: one undoable action. */
  'attributes.import': (input: { table: AttributeTable; mapping: AttributeImportMapping }) => AttributeImportResult;

  // --- evidence browser, analysis views, exports (issue 4) ---
  /** Coded passages matching the filter, grouped by code or document, one page at a time. */
  'evidence.query': (input: EvidenceQuery) => EvidencePage;
  /** Frequencies by organisation / country / year, co-occurrence and document x code matrices. */
  'evidence.tables': (input: { filter: EvidenceFilter; cooccurrence?: CooccurrenceMode }) => EvidenceTables;
  /** The paragraph around a passage (readable): the words before and after it ("expand to paragraph"). */
  'evidence.paragraph': (input: { annotationId: string }) => { before: string; after: string };
  /** The passages behind one co-occurrence cell: both sides of every pair it counts (within the filter). */
  'evidence.cellPassages': (input: { filter: EvidenceFilter; codeA: string; codeB: string; cooccurrence?: CooccurrenceMode }) => EvidenceItem[];
  /** "Copy with citation": each passage's quote with its citation in the style and locale
   *  (the documents' metadata is read from the project, only the places come from the caller). */
  'evidence.citeText': (input: CiteTextInput) => { texts: string[] };
  /** Electron: asks where to save an export; the web host answers { supported: false }. */
  'dialog.saveExport': (input: { format: ExportFormat }) => DialogResult;
  /** Starts an export job; progress arrives as 'export.progress' events. */
  'export.start': (input: ExportStartInput) => { jobId: string };
  /** The export dialog opened (or its style or language changed): the export thread builds the
   *  citation engine of those options meanwhile, so the export started from the dialog does not
   *  wait for it. Answers at once; the export waits for a preparation still running. */
  'export.prepare': (input: { options?: ExportStartInput['options'] }) => void;
  'export.cancel': (input: { jobId: string }) => void;
  /** The bytes of a finished job started without a path (web download); once only. 'companion':
   *  a Pandoc Markdown export's bibliography file. */
  'export.result': (input: { jobId: string; part?: 'report' | 'companion' }) => Uint8Array;

  // --- the partnership network (issue 14) ---
  /** Actors (issuing organisations, partners of the Partner codes) and the passages evidencing
   *  each partnership, within the filter and the chosen instruments; laid out (seeded). */
  'network.graph': (input: NetworkRequest) => NetworkGraph;
  /** The passages behind one edge of that graph. */
  'network.edgePassages': (input: NetworkRequest & { edgeId: string }) => EvidenceItem[];
  /** The graph as GraphML or as CSV tables of its nodes or edges. */
  'network.export': (input: NetworkRequest & { format: NetworkExportFormat }) => NetworkExport;

  // --- links back to the passage (issue 13) ---
  /** Follows a glossa://open link: opens the project with that id (open, recent, or a copy
   *  forked from it) and answers where the passage is; link.projectNotFound asks the user. */
  'links.open': (input: PassageLink) => PassageTarget;
}

export interface DialogResult {
  supported: boolean;
  /** Chosen paths; empty when cancelled. */
  paths: string[];
}

/** Events pushed from backend to renderer. */
export interface Events {
  'import.progress': ImportProgress;
  'project.changed': ProjectInfo | null;
  /** Menu commands from the native menu (Electron) forwarded to the renderer. */
  'menu.command': { command: MenuCommand };
  /** After every coding action, undo and redo; documentId when exactly one document's highlights changed. */
  'coding.changed': { documentId?: string };
  'export.progress': ExportJobProgress;
  /** Documents were removed or brought back (a removal, its undo or redo, a restored backup). */
  'documents.changed': Record<string, never>;
  'ocr.progress': OcrProgress;
  /** Pages read by pdfAnnotations.scan / pdfAnnotations.import. */
  'pdfAnnotations.progress': { documentId: string; pagesDone: number; pageCount: number };
  /** Desktop: the OS handed us a glossa://open link (protocol launch); the renderer follows it. */
  'links.follow': PassageLink;
  'zotero.progress': ZoteroProgress;
  /** Pages read while cases.outline / cases.fromOutline look for headings (source 'headings'). */
  'cases.progress': { documentId: string; pagesDone: number; pageCount: number };
}

export type MenuCommand =
  | 'project.new'
  | 'project.open'
  | 'project.saveAs'
  | 'project.backups'
  | 'import.pdfs'
  | 'import.zotero'
  | 'view.zoomIn'
  | 'view.zoomOut'
  | 'view.fitWidth'
  | 'view.fitPage'
  | 'edit.find'
  | 'edit.undo'
  | 'edit.redo'
  | 'app.settings';

export type Channel = keyof Contract;
export type EventName = keyof Events;
export type Input<C extends Channel> = Parameters<Contract[C]>[0];
export type Output<C extends Channel> = ReturnType<Contract[C]>;

/** What main implements: every channel, sync or async. */
export type Handlers = { [C in Channel]: (input: Input<C>) => Output<C> | Promise<Output<C>> };

/** What the renderer calls: every channel, always async. */
export type Client = { [C in Channel]: (input: Input<C>) => Promise<Output<C>> };

export type EventEmitterFn = <E extends EventName>(event: E, payload: Events[E]) => void;

/** The list of channels, for transports that need it at run time. Kept in sync by the type below. */
export const CHANNELS = [
  'app.info', 'settings.get', 'settings.set',
  'project.current', 'project.create', 'project.open', 'project.saveAs', 'project.close', 'project.recent',
  'backups.list', 'backups.restore',
  'dialog.newProject', 'dialog.openProject', 'dialog.saveProjectAs', 'dialog.importPdfs', 'shell.openExternal',
  'documents.list', 'documents.get', 'documents.update', 'documents.removeInfo', 'documents.remove', 'documents.recheckAnchors', 'documents.pdfBytes', 'documents.preview', 'documents.pdfSize', 'documents.pdfRange',
  'documents.pageText', 'documents.pageTexts', 'documents.compounds', 'documents.getPosition', 'documents.setPosition',
  'import.start', 'import.cancel', 'ocr.pages', 'ocr.summaries', 'ocr.start', 'ocr.cancel',
  'search.query', 'search.count', 'search.suggest', 'search.kwic', 'search.kwicCsv', 'search.wordFrequencies', 'search.wordFrequenciesCsv',
  'codes.list', 'codes.create', 'codes.update', 'codes.move', 'codes.merge', 'codes.split', 'codings.bulk', 'codes.deleteInfo', 'codes.delete',
  'codebook.exportQdc', 'codebook.importQdc', 'coders.list', 'coder.get', 'coder.set', 'coder.problem',
  'annotations.list', 'annotations.page', 'annotations.create', 'annotations.update', 'annotations.delete', 'annotations.reanchor', 'exemplars.set', 'exemplars.list',
  'pdfAnnotations.scan', 'pdfAnnotations.import', 'webAnnotations.import', 'documents.annotatedPdf',
  'bibliography.get', 'bibliography.remove', 'bibliography.attachPreview', 'bibliography.attach',
  'memos.get', 'memos.set', 'undo.undo', 'undo.redo', 'undo.state', 'autocode.preview', 'autocode.apply', 'history.list',
  'share.send', 'share.openReceived', 'merge.run', 'merge.conflicts', 'merge.resolve', 'agreement.compute', 'agreement.csv',
  'qdpx.export', 'qdpx.import', 'dialog.shareFile',
  'zotero.locate', 'zotero.scan', 'zotero.import', 'zotero.cancel', 'dialog.zoteroDataDir',
  'rounds.list', 'consensus.resolve', 'consensus.list', 'replies.list', 'replies.add', 'replies.update', 'replies.delete',
  'memos.list', 'memos.read', 'memos.create', 'memos.rename', 'memos.write', 'memos.link', 'memos.unlink', 'memos.delete', 'memos.passageQuote',
  'cases.list', 'cases.outline', 'cases.fromOutline', 'cases.create', 'cases.update', 'cases.delete',
  'passageLinks.list', 'passageLinks.ofAnnotation', 'passageLinks.searchPassages', 'passageLinks.create', 'passageLinks.update', 'passageLinks.delete',
  'attributes.list', 'attributes.create', 'attributes.update', 'attributes.delete', 'attributes.values', 'attributes.setValues', 'attributes.readTable',
  'attributes.importPreview', 'attributes.import',
  'evidence.query', 'evidence.tables', 'evidence.cellPassages', 'evidence.paragraph', 'evidence.citeText', 'dialog.saveExport', 'export.start', 'export.prepare', 'export.cancel', 'export.result',
  'links.open',
  'network.graph', 'network.edgePassages', 'network.export',
] as const satisfies readonly Channel[];

// Compile-time check that CHANNELS lists every key of Contract.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const _allChannelsListed: Missing extends never ? true : Missing = true;
void _allChannelsListed;

export const EVENTS = ['import.progress', 'project.changed', 'menu.command', 'coding.changed', 'export.progress', 'documents.changed', 'ocr.progress', 'pdfAnnotations.progress', 'links.follow', 'zotero.progress', 'cases.progress'] as const satisfies readonly EventName[];
