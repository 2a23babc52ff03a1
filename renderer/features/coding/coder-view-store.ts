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
}

export const coderViewStore = new Store<CoderViewState>({ view: EVERYONE, me: null, coders: [], projectPath: null });

let started = false;

/** Loads the view for the open project (once per project; again on project.changed). */
export async function loadCoderView(projectPath: string | null): Promise<void> {
  if (!started) {
    started = true;
    onEvent('project.changed', (p) => void loadCoderView(p?.path ?? null));
    onEvent('coding.changed', () => void refreshCoders());
  }
  if (projectPath === coderViewStore.getSnapshot().projectPath) return;
  if (!projectPath) {
    coderViewStore.set({ view: EVERYONE, coders: [], projectPath: null });
    return;
  }
  try {
    const [me, coders, rounds] = await Promise.all([api['coder.get'](), api['coders.list'](), api['rounds.list']()]);
    coderViewStore.set({ me, coders, projectPath, view: defaultCoderView(rounds) });
  } catch (err) {
    notify('error', errorMessage(err));
  }
}

async function refreshCoders(): Promise<void> {
  if (!coderViewStore.getSnapshot().projectPath) return;
  const coders = await api['coders.list']().catch(() => null);
  if (coders && coders.map((c) => c.id).join() !== coderViewStore.getSnapshot().coders.map((c) => c.id).join()) coderViewStore.set({ coders });
}

export function setCoderView(view: CoderView): void {
  coderViewStore.set({ view });
}

/** The coder ids the current view asks for; undefined = everyone's. */
export function visibleCoderIds(): string[] | undefined {
  const s = coderViewStore.getSnapshot();
  return coderIdsOf(s.view, s.me?.id ?? null);
}
