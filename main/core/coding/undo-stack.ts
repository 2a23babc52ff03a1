// Per-project, per-session undo and redo of coding actions. Each coding action runs in ONE
// transaction (runCodingAction) that journals every row it touches; the journal is pushed on
// the project's undo stack after the commit. Undo writes the before images back in one
// transaction, redo the after images. Stacks live in memory, keyed by the open connection,
// so reopening a project starts a fresh session. A new action clears the redo stack.
import type { Coder, UndoState } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { upsertCoder } from '../../db/repositories/coders';
import { documentIdOfAnnotation } from '../../db/repositories/annotations';
import { appendHistory } from '../../db/repositories/history';
import { changesStillCurrent, replayChanges, RowJournal, type RowChange } from '../../db/repositories/row-journal';

/** 200 steps back is far more than a session needs; an auto-coding run of 5,000 hits is ~10,000 row images. */
export const UNDO_LIMIT = 200;
/**
 * A removed document's entry holds its PDF bytes and page texts (a 600-page report: ~2 MB of
 * PDF and ~1.5 MB of text). Past 512 MiB of row images the oldest entries are dropped; the
 * newest is always kept, and every removal has its backup on disk besides.
 *
 * Saves of one text typed without a pause of 2 minutes are one undo step: a memo autosaves
 * every half second of pause, and Ctrl+Z should take back the writing, not one phrase.
 */
export const UNDO_BYTES_LIMIT = 512 * 1024 * 1024;
export const COALESCE_MS = 120_000;

interface UndoEntry {
  label: string;
  action: string;
  changes: RowChange[];
  documentIds: string[];
  /** The entry adds or removes whole documents (the library must reload). */
  documentsChanged: boolean;
  bytes: number;
  /** Set for text saved as it is typed: later saves of the same text extend this entry. */
  coalesceKey?: string;
  lastAt?: number;
}

/** Approximate memory held by an entry's row images (strings as UTF-16, blobs as is). */
function imageBytes(changes: readonly RowChange[]): number {
  let n = 0;
  for (const c of changes) {
    for (const img of [c.before, c.after]) {
      if (!img) continue;
      for (const v of Object.values(img)) n += Buffer.isBuffer(v) ? v.byteLength : typeof v === 'string' ? v.length * 2 : 8;
    }
  }
  return n;
}

function trim(s: Stacks): void {
  if (s.undo.length > UNDO_LIMIT) s.undo.shift();
  let total = s.undo.reduce((a, e) => a + e.bytes, 0);
  while (s.undo.length > 1 && total > UNDO_BYTES_LIMIT) total -= s.undo.shift()!.bytes;
}

interface Stacks {
  undo: UndoEntry[];
  redo: UndoEntry[];
}

const stacks = new WeakMap<Db, Stacks>();

function stacksOf(db: Db): Stacks {
  let s = stacks.get(db);
  if (!s) {
    s = { undo: [], redo: [] };
    stacks.set(db, s);
  }
  return s;
}

export interface ActionSpec {
  /** Machine name for the history, e.g. 'annotation.create'. */
  action: string;
  /** Short English label for the Undo menu item, e.g. 'Create highlight'. */
  label: string;
  details?: Record<string, unknown>;
  /** Consecutive actions with the same key (one memo, one comment) undo as one step. */
  coalesceKey?: string;
}

export interface ActionOutcome<T> {
  result: T;
  /** Documents whose annotations changed (for the coding.changed event). */
  documentIds: string[];
  /** Whole documents were added or removed (for the documents.changed event). */
  documentsChanged?: boolean;
}

/**
 * Runs one coding action: a single transaction that upserts the coder, lets `fn` write through
 * the journal, and appends a history entry whose summary `fn` may refine. Nothing is pushed on
 * the undo stack when the action changed no rows.
 */
export function runCodingAction<T>(
  db: Db,
  coder: Coder,
  spec: ActionSpec,
  fn: (j: RowJournal, now: string) => { result: T; summary: string; details?: Record<string, unknown> },
): ActionOutcome<T> {
  const journal = new RowJournal(db);
  const out = db.transaction(() => {
    const now = new Date().toISOString();
    upsertCoder(db, coder, now);
    const r = fn(journal, now);
    if (journal.changes.length > 0) {
      appendHistory(db, {
        at: now,
        coderId: coder.id,
        coderName: coder.name,
        action: spec.action,
        summary: r.summary,
        details: { ...spec.details, ...r.details },
      });
    }
    return { r, documentIds: documentsTouched(db, journal.changes) };
  })();
  const documentsChanged = touchesDocuments(journal.changes);
  if (journal.changes.length > 0) {
    const s = stacksOf(db);
    const top = s.undo[s.undo.length - 1];
    const at = Date.now();
    if (spec.coalesceKey && top?.coalesceKey === spec.coalesceKey && s.redo.length === 0 && at - (top.lastAt ?? 0) < COALESCE_MS) {
      // Replay handles a row touched several times (first before image, last after image).
      top.changes = [...top.changes, ...journal.changes];
      top.documentIds = [...new Set([...top.documentIds, ...out.documentIds])];
      top.bytes += imageBytes(journal.changes);
      top.lastAt = at;
    } else {
      s.undo.push({
        label: spec.label,
        action: spec.action,
        changes: journal.changes,
        documentIds: out.documentIds,
        documentsChanged,
        bytes: imageBytes(journal.changes),
        coalesceKey: spec.coalesceKey,
        lastAt: at,
      });
    }
    s.redo = [];
    trim(s);
  }
  return { result: out.r.result, documentIds: out.documentIds, documentsChanged };
}

function touchesDocuments(changes: readonly RowChange[]): boolean {
  return changes.some((c) => c.table === 'documents');
}

/** Documents of annotations touched directly or through their codings. */
function documentsTouched(db: Db, changes: readonly RowChange[]): string[] {
  const docs = new Set<string>();
  const annotationIds = new Set<string>();
  for (const c of changes) {
    if (c.table === 'documents' && typeof c.key.id === 'string') {
      docs.add(c.key.id);
    } else if (c.table === 'annotations') {
      for (const img of [c.before, c.after]) if (img && typeof img.document_id === 'string') docs.add(img.document_id);
    } else if ((c.table === 'annotation_codes' || c.table === 'exemplars') && typeof c.key.annotation_id === 'string') {
      annotationIds.add(c.key.annotation_id);
    }
  }
  if (annotationIds.size > 0) {
    for (const id of annotationIds) {
      const documentId = documentIdOfAnnotation(db, id);
      if (documentId) docs.add(documentId);
    }
  }
  return [...docs];
}

export function undoState(db: Db): UndoState {
  const s = stacksOf(db);
  const u = s.undo[s.undo.length - 1];
  const r = s.redo[s.redo.length - 1];
  return { canUndo: !!u, canRedo: !!r, undoLabel: u?.label ?? null, redoLabel: r?.label ?? null };
}

export interface UndoOutcome {
  state: UndoState;
  /** Label of the action undone / redone, or null when there was nothing to do. */
  label: string | null;
  documentIds: string[];
  documentsChanged: boolean;
}

function step(db: Db, coder: Coder, direction: 'undo' | 'redo'): UndoOutcome {
  const s = stacksOf(db);
  const from = direction === 'undo' ? s.undo : s.redo;
  const to = direction === 'undo' ? s.redo : s.undo;
  const entry = from[from.length - 1];
  if (!entry) return { state: undoState(db), label: null, documentIds: [], documentsChanged: false };
  db.transaction(() => {
    if (!changesStillCurrent(db, entry.changes, direction)) {
      // Something outside the coding actions (a document removed, a merged project) changed
      // these rows; replaying would overwrite it. The session's stacks no longer apply.
      s.undo = [];
      s.redo = [];
      throw new GlossaError(
        'undo.conflict',
        `Cannot ${direction} "${entry.label}": the affected highlights or codes were changed elsewhere since.`,
        { label: entry.label },
      );
    }
    const now = new Date().toISOString();
    upsertCoder(db, coder, now);
    replayChanges(db, entry.changes, direction);
    appendHistory(db, {
      at: now,
      coderId: coder.id,
      coderName: coder.name,
      action: direction,
      summary: `${direction === 'undo' ? 'Undid' : 'Redid'}: ${entry.label}`,
      details: { action: entry.action, rows: entry.changes.length },
    });
  })();
  from.pop();
  entry.coalesceKey = undefined; // an undone or redone step is closed: new typing starts a new one
  to.push(entry);
  return { state: undoState(db), label: entry.label, documentIds: entry.documentIds, documentsChanged: entry.documentsChanged };
}

export function undo(db: Db, coder: Coder): UndoOutcome {
  return step(db, coder, 'undo');
}

export function redo(db: Db, coder: Coder): UndoOutcome {
  return step(db, coder, 'redo');
}

/** Forgets the session's stacks (e.g. after the project was changed by a merge or import from elsewhere). */
export function clearUndo(db: Db): void {
  stacks.delete(db);
}
