// The codebook: hierarchical codes with colour and definition, memos, coders, history.

/** The languages a code is written in: the interface languages. */
export type CodeLang = 'en' | 'ru';
export const CODE_LANGS: readonly CodeLang[] = ['en', 'ru'];

/** A code's words in one language; '' where it is not written in that language. */
export interface CodeText {
  name: string;
  definition: string;
  inclusion: string;
  exclusion: string;
}

export interface Code {
  id: string;
  parentId: string | null;
  /**
   * Name, definition and notes per language. At least one name is set; the interface shows its
   * own language and falls back to the other (shared/codebook/code-text.ts). Editing in one
   * language never touches the other.
   */
  text: Record<CodeLang, CodeText>;
  color: string;
  /** Order among siblings. */
  position: number;
  createdAt: string;
  updatedAt: string;
}

export interface CodeWithCounts extends Code {
  /** Codings (annotation-code links) on this code itself. */
  codingCount: number;
  /** Codings on this code and all its descendants. */
  totalCount: number;
}

export type MemoTargetType = 'project' | 'document' | 'code' | 'annotation';

export interface Memo {
  id: string;
  targetType: MemoTargetType;
  /** '' for the project memo. */
  targetId: string;
  body: string;
  coderId: string;
  createdAt: string;
  updatedAt: string;
}

export interface Coder {
  id: string;
  name: string;
  color: string;
}

/**
 * coder.json could not be used as it was. repaired: its id was recovered and kept (codings stay
 * yours); replaced: nothing of it was readable, so a new identity was made; unreadable: the file
 * could not be read at all (permissions), so it was left alone and this session uses a
 * temporary identity. The damaged file is copied to backupPath first (null: not copied).
 */
export interface CoderFileProblem {
  kind: 'repaired' | 'replaced' | 'unreadable';
  file: string;
  backupPath: string | null;
  /** English detail, e.g. "not valid JSON (Unexpected end of JSON input)". */
  detail: string;
}

export interface HistoryEntry {
  id: number;
  at: string;
  coderId: string;
  coderName: string;
  /** e.g. 'annotation.create', 'code.rename', 'merge' */
  action: string;
  /** Human-readable English summary; the UI may translate action + details. */
  summary: string;
  details: Record<string, unknown>;
}

/** State of the session's undo/redo stacks, for enabling menu items and tooltips. */
export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

// --- inputs and results of codebook operations (added with issue 3's backend) ---

export interface NewCode {
  parentId?: string | null;
  /** The language the name and notes are typed in: the interface language ('en' when omitted, e.g. the CLI). */
  lang?: CodeLang;
  name: string;
  /** #rrggbb; a free palette colour when omitted. */
  color?: string;
  definition?: string;
  inclusion?: string;
  exclusion?: string;
  /** Index among the new siblings; appended when omitted. */
  position?: number;
}

/** An edit of a code: the text fields are those of `lang` (required when any is given). */
export interface CodePatch {
  lang?: CodeLang;
  name?: string;
  color?: string;
  definition?: string;
  inclusion?: string;
  exclusion?: string;
}

/** What deleting a code would remove: the code, its descendants and their codings. */
export interface CodeDeleteInfo {
  codeCount: number;
  codingCount: number;
}

export interface CodeMergeResult {
  target: Code;
  /** Codings moved from the source to the target. */
  moved: number;
  /** Codings dropped because the passage already carried the target code. */
  collapsed: number;
}

export interface CodebookImportResult {
  created: number;
  updated: number;
}

/** Outcome of checking a document's highlights against its stored page texts. */
export interface ReanchorResult {
  anchored: number;
  reanchored: number;
  orphaned: number;
  /** Highlights whose stored row changed. */
  changed: number;
}
