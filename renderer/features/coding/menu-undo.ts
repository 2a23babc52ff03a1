// Edit ▸ Undo / Redo of the desktop app's menu. Inside a text field they undo the typing (the
// browser's own text undo); everywhere else they undo the last coding action, like Ctrl+Z in
// the reader and the toolbar buttons. The menu items do not register their accelerators on
// Windows and Linux (see main/electron/menu-template.ts): the keys reach the page as before.
import { redo, undo } from './undo-store';

export interface FocusedElement {
  tagName: string;
  isContentEditable?: boolean;
  type?: string;
  readOnly?: boolean;
  disabled?: boolean;
}

// Input types whose value the user types (a checkbox or a button has no text to undo).
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/** True when undo should go to the text the user is typing in `el`. */
export function isTextEditing(el: FocusedElement | null | undefined): boolean {
  if (!el) return false;
  if (el.isContentEditable) return true;
  if (el.readOnly || el.disabled) return false;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && TEXT_INPUT_TYPES.has((el.type ?? '').toLowerCase());
}

/** The menu command: native text undo in a text field, the app's undo elsewhere. */
export function menuUndo(which: 'undo' | 'redo', doc: Document = document): Promise<void> {
  if (isTextEditing(doc.activeElement as FocusedElement | null)) {
    // Deprecated but still the one way to drive the browser's own text undo stack.
    doc.execCommand(which);
    return Promise.resolve();
  }
  return which === 'undo' ? undo() : redo();
}
