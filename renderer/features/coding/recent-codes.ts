// The codes this researcher applied most recently (keys 1-9, top of the picker), per project,
// kept in localStorage: it is a UI preference of this installation, not project data, so it is
// neither shared with the project file nor undone with the codings.
import { Store } from '../../state/store';
import { pushRecent } from './code-filter';

const KEY_PREFIX = 'glossa.recentCodes.';

export const recentCodesStore = new Store<{ projectKey: string; ids: string[] }>({ projectKey: '', ids: [] });

function read(projectKey: string): string[] {
  try {
    const raw = JSON.parse(window.localStorage.getItem(KEY_PREFIX + projectKey) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Loads the list of a project (call when the project changes). */
export function loadRecentCodes(projectKey: string): void {
  if (recentCodesStore.getSnapshot().projectKey === projectKey) return;
  recentCodesStore.set({ projectKey, ids: read(projectKey) });
}

export function noteCodesUsed(codeIds: readonly string[]): void {
  if (codeIds.length === 0) return;
  const { projectKey, ids } = recentCodesStore.getSnapshot();
  const next = pushRecent(ids, codeIds);
  recentCodesStore.set({ ids: next });
  try {
    window.localStorage.setItem(KEY_PREFIX + projectKey, JSON.stringify(next));
  } catch {
    // storage full or disabled: the list lives for this session only
  }
}
