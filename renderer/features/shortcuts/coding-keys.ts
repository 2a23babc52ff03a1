// Keyboard shortcuts of the coding work as a pure mapping from a key event to an action, so the
// bindings are unit-tested and the help sheet lists exactly what is bound. Ctrl on Windows and
// Linux, Cmd on macOS. Letters also match the Cyrillic letter on the same key of a Russian
// layout: half of Glossa's users type in Russian. Undo / redo are bound for the whole window,
// not only the reader, in undo-keys.ts (the help sheet lists them here all the same).
import type { EdgeStep, RangeEdge } from '../../../shared/anchoring/index';
import type { KeyInput } from '../reader/reader-keys';

export type CodingAction =
  | { type: 'applyRecent'; index: number }
  | { type: 'nextHighlight' }
  | { type: 'previousHighlight' }
  | { type: 'deleteHighlight' }
  | { type: 'openPicker' }
  | { type: 'areaTool' }
  | { type: 'moveEdge'; edge: RangeEdge; dir: 1 | -1; step: EdgeStep }
  | { type: 'help' }
  | { type: 'escape' };

/** The same key snapshot the reader's shortcuts read (focus in a text field: plain keys and Ctrl+Z belong to it). */
export type CodingKeyInput = KeyInput;

const is = (key: string, latin: string, cyrillic: string) => key.toLowerCase() === latin || key.toLowerCase() === cyrillic;

export function codingKeyAction(e: CodingKeyInput): CodingAction | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.inTextField) return null;
  // The selected highlight's edges: Shift+arrow moves its end, Alt+Shift+arrow its start, by
  // a character, or by a word with Ctrl (as Ctrl+Shift+arrow in a text editor). Never Alt
  // alone: Alt+Left is the browser's Back in the web host.
  if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
    return { type: 'moveEdge', edge: e.altKey ? 'start' : 'end', dir: e.key === 'ArrowRight' ? 1 : -1, step: mod ? 'word' : 'character' };
  }
  if (mod || e.altKey) return null;
  if (e.key === '?') return { type: 'help' };
  if (e.key === 'Escape') return { type: 'escape' };
  if (/^[1-9]$/.test(e.key)) return { type: 'applyRecent', index: Number(e.key) - 1 };
  if (e.key === 'Delete' || e.key === 'Backspace') return { type: 'deleteHighlight' };
  if (e.shiftKey) return null;
  if (is(e.key, 'n', 'т')) return { type: 'nextHighlight' };
  if (is(e.key, 'p', 'з')) return { type: 'previousHighlight' };
  if (is(e.key, 'c', 'с') || e.key === 'Enter') return { type: 'openPicker' };
  if (is(e.key, 'a', 'ф')) return { type: 'areaTool' };
  return null;
}

/** The rows of the help sheet: keys as shown, and the i18n key of the description. */
export const SHORTCUT_HELP: ReadonlyArray<{ keys: string[]; label: string }> = [
  { keys: ['1 … 9'], label: 'shortcuts.applyRecent' },
  { keys: ['C', 'Enter'], label: 'shortcuts.openPicker' },
  { keys: ['N'], label: 'shortcuts.next' },
  { keys: ['P'], label: 'shortcuts.previous' },
  { keys: ['Delete'], label: 'shortcuts.delete' },
  { keys: ['A'], label: 'shortcuts.area' },
  { keys: ['Shift+←', 'Shift+→'], label: 'shortcuts.moveEnd' },
  { keys: ['Alt+Shift+←', 'Alt+Shift+→'], label: 'shortcuts.moveStart' },
  { keys: ['Ctrl+Shift+← →', 'Ctrl+Alt+Shift+← →'], label: 'shortcuts.moveByWord' },
  { keys: ['Ctrl+Z'], label: 'shortcuts.undo' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], label: 'shortcuts.redo' },
  { keys: ['Esc'], label: 'shortcuts.escape' },
  { keys: ['?'], label: 'shortcuts.help' },
];
