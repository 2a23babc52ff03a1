// The coder view shared by the reader, the annotations panel and the evidence browser (see
// coder-view.ts): loaded per project (its rounds decide the default), changed by any of the
// three switches. Listeners (the coding session, the evidence browser) reload on a change.
import { api, onEvent } from '../../api';
import type { Coder } from '../../../shared/domain/code';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { notify } from '../shell/dialogs-store';
import { type CoderView, coderIdsOf, defaultCoderView, EVERYONE } from './coder-view';

interface CoderViewState {
  view: CoderView;
  me: Coder | null;
  coders: Coder[];
  /** The project the default was chosen for. */
  projectPath: string | null;
  /** The user chose a view in this project: a new round no longer changes it. */
  chosen: boolean;
}

export const coderViewStore = new Store<CoderViewState>({ view: EVERYONE, me: null, coders: [], projectPath: null, chosen: false });

let started = false;

/** Loads the view for the open project (once per project; again on project.changed). */
export async function loadCoderView(projectPath: string | null, refresh = false): Promise<void> {
  if (!started) {
    started = true;
    // A send for independent coding or a merge brings rounds and coders: refresh (the default
    // follows the rounds until the user chooses a view).
    onEvent('project.changed', (p) => void loadCoderView(p?.path ?? null, true));
    onEvent('coding.changed', () => void loadCoderView(coderViewStore.getSnapshot().projectPath, true));
  }
  const s = coderViewStore.getSnapshot();
  if (projectPath === s.projectPath && !refresh) return;
  if (!projectPath) {
    coderViewStore.set({ view: EVERYONE, coders: [], projectPath: null, chosen: false });
    return;
  }
  try {
    const [me, coders, rounds] = await Promise.all([api['coder.get'](), api['coders.list'](), api['rounds.list']()]);
    const same = projectPath === coderViewStore.getSnapshot().projectPath;
    const chosen = same && coderViewStore.getSnapshot().chosen;
    coderViewStore.set({ me, coders, projectPath, chosen, view: chosen ? coderViewStore.getSnapshot().view : defaultCoderView(rounds) });
  } catch (err) {
    notify('error', errorMessage(err));
  }
}

export function setCoderView(view: CoderView): void {
  coderViewStore.set({ view, chosen: true });
}

/** The coder ids the current view asks for; undefined = everyone's. */
export function visibleCoderIds(): string[] | undefined {
  const s = coderViewStore.getSnapshot();
  return coderIdsOf(s.view, s.me?.id ?? null);
}
