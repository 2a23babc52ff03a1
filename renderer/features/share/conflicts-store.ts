// The merge conflicts list (open or resolved) with the code and coder names needed to show
// both versions, and resolving one (merge.resolve); reloads after merges and resolutions.
import { codeNameFor } from '../../../shared/codebook/code-text';
import { api } from '../../api';
import type { ConflictResolution, MergeConflict } from '../../../shared/domain/share';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { refreshDocuments } from '../library/library-store';
import { notify } from '../shell/dialogs-store';
import type { Lookups } from './conflict-versions';
import { bumpRevision } from './share-store';

interface ConflictsState {
  status: 'open' | 'resolved';
  conflicts: MergeConflict[];
  lookups: Lookups;
  loading: boolean;
  error: string | null;
  /** Conflict being resolved (its buttons are disabled meanwhile). */
  resolving: string | null;
}

export const conflictsStore = new Store<ConflictsState>({
  status: 'open', conflicts: [], lookups: { codes: new Map(), coders: new Map() }, loading: false, error: null, resolving: null,
});

let loadSeq = 0;

export async function loadConflicts(status = conflictsStore.getSnapshot().status): Promise<void> {
  const seq = ++loadSeq;
  conflictsStore.set({ status, loading: true, error: null });
  try {
    const [conflicts, codes, coders] = await Promise.all([api['merge.conflicts']({ status }), api['codes.list'](), api['coders.list']()]);
    if (seq !== loadSeq) return;
    conflictsStore.set({
      conflicts,
      lookups: {
        codes: new Map(codes.map((c) => [c.id, { name: codeNameFor(c, 'en'), color: c.color, text: c.text }])),
        coders: new Map(coders.map((c) => [c.id, { name: c.name, color: c.color }])),
      },
      loading: false,
    });
  } catch (err) {
    if (seq === loadSeq) conflictsStore.set({ loading: false, error: errorMessage(err) });
  }
}

export async function resolveConflict(id: string, resolution: ConflictResolution): Promise<void> {
  conflictsStore.set({ resolving: id });
  try {
    await api['merge.resolve']({ id, resolution });
    bumpRevision();
    void refreshDocuments();
    await loadConflicts();
  } catch (err) {
    notify('error', errorMessage(err));
  } finally {
    conflictsStore.set({ resolving: null });
  }
}
