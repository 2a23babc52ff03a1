// Installs undo / redo for the whole window (every view, not only the reader): the key routing of
// undo-keys.ts on keydown, and the guard that stops Chromium's page-wide native undo from
// rewinding a field that has no focus. The Electron Edit menu's Undo / Redo call undoCommand.
import { redo, undo } from '../coding/undo-store';
import { isTextField, refuseHistoryInput, undoKeyAction } from './undo-keys';

const modalOpen = () => !!document.querySelector('.modal-backdrop');

/** Edit > Undo / Redo: the focused field's text when a field has focus, else the project's action. */
export function undoCommand(which: 'undo' | 'redo'): void {
  if (isTextField(document.activeElement as HTMLElement | null)) document.execCommand(which);
  else if (!modalOpen()) void (which === 'undo' ? undo() : redo());
}

export function installUndoShortcuts(): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    const action = undoKeyAction({
      key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey,
      inTextField: isTextField(e.target as HTMLElement | null), modalOpen: modalOpen(),
    });
    if (!action) return;
    e.preventDefault(); // no native undo of some other field behind the user's back
    void (action === 'undo' ? undo() : redo());
  };
  const onBeforeInput = (e: InputEvent) => {
    if (refuseHistoryInput(e.inputType, e.target === document.activeElement)) e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  document.addEventListener('beforeinput', onBeforeInput, true);
  return () => {
    window.removeEventListener('keydown', onKey);
    document.removeEventListener('beforeinput', onBeforeInput, true);
  };
}
