// Where Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y go, as pure decisions so they are unit-tested:
// - focus in a text field: the keys keep their text meaning (Chromium's own undo of that field);
// - anywhere else, in every view: they undo / redo the project's coding and codebook actions;
// - Chromium keeps ONE undo stack per page, so its native undo outside a field (or in a field with
//   nothing left to undo) rewinds whichever field was typed in last (the top bar's search box):
//   such a 'historyUndo' / 'historyRedo' input aimed at a field that has no focus is refused.
// Ctrl on Windows and Linux, Cmd on macOS; Ctrl+Я is Ctrl+Z on a Russian layout.
import type { KeyInput } from '../reader/reader-keys';

export type UndoKeyAction = 'undo' | 'redo';

export interface UndoKeyInput extends KeyInput {
  /** A modal dialog is open: what is behind it is not undone from inside it. */
  modalOpen: boolean;
}

const is = (key: string, latin: string, cyrillic: string) => key.toLowerCase() === latin || key.toLowerCase() === cyrillic;

/** 'undo' / 'redo' of the project's actions, or null: the key is not ours (the field's text keeps it). */
export function undoKeyAction(e: UndoKeyInput): UndoKeyAction | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.inTextField || e.modalOpen) return null;
  if (is(e.key, 'z', 'я')) return e.shiftKey ? 'redo' : 'undo';
  if (is(e.key, 'y', 'н') && !e.shiftKey) return 'redo';
  return null;
}

/** True when Chromium's native undo / redo would edit a field other than the focused one. */
export function refuseHistoryInput(inputType: string, targetHasFocus: boolean): boolean {
  return (inputType === 'historyUndo' || inputType === 'historyRedo') && !targetHasFocus;
}

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/** Whether an element edits text (its own Ctrl+Z): text inputs, text areas, contenteditable. */
export function isTextField(el: { tagName: string; type?: string; isContentEditable?: boolean } | null): boolean {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return TEXT_INPUT_TYPES.has((el.type ?? '').toLowerCase());
  return !!el.isContentEditable;
}
