// Undo / redo of coding actions from the renderer: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y and the
// toolbar buttons call these; the backend undoes one whole action (an auto-coding run is one)
// and emits 'coding.changed', which refreshes the highlights, panels and codebook.
import { api, onEvent } from '../../api';
import type { UndoState } from '../../../shared/domain/code';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { notify } from '../shell/dialogs-store';

export const undoStore = new Store<UndoState>({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });

export async function refreshUndo(): Promise<void> {
  try {
    undoStore.set(await api['undo.state']());
  } catch {
    // no project open: nothing to undo
  }
}

let busy = false;

async function run(which: 'undo.undo' | 'undo.redo'): Promise<void> {
  if (busy) return; // a held-down Ctrl+Z must not race two undos
  busy = true;
  try {
    undoStore.set(await api[which]());
  } catch (err) {
    notify('error', errorMessage(err));
  } finally {
    busy = false;
  }
}

export const undo = (): Promise<void> => run('undo.undo');
export const redo = (): Promise<void> => run('undo.redo');

/** Keeps the undo state current; returns the unsubscribe function. */
export function subscribeUndo(): () => void {
  void refreshUndo();
  return onEvent('coding.changed', () => void refreshUndo());
}
