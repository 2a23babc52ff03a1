// Undo of a document removal from the library's toast. The backend's undo stack is one for the
// whole session, so the toast undoes only when the removal is still the last action: a
// highlight made in between is never undone by a click meant for the removal.
import { api } from '../../api';
import { errorMessage, t } from '../../i18n/i18n';
import { undoStore } from '../coding/undo-store';
import { notify } from '../shell/dialogs-store';

/** The undo stack's label of a removal (main/core/documents/remove-document.ts). */
const REMOVE_LABEL = 'Remove document';

export async function undoRemoval(): Promise<void> {
  try {
    const state = await api['undo.state']();
    if (state.undoLabel !== REMOVE_LABEL) {
      notify('error', t('library.remove.undoGone'));
      return;
    }
    undoStore.set(await api['undo.undo']());
  } catch (err) {
    notify('error', errorMessage(err));
  }
}
