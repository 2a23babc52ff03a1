// The evidence browser's selection for second-cycle coding: passages ticked in the list (by
// annotation id), cleared when the filter changes (what is ticked must be what is shown).
import { Store } from '../../state/store';

export const evidenceSelection = new Store<{ ids: string[] }>({ ids: [] });

export function toggleSelected(id: string): void {
  evidenceSelection.set((s) => ({ ids: s.ids.includes(id) ? s.ids.filter((x) => x !== id) : [...s.ids, id] }));
}

/** Ticks (or, when all are ticked, unticks) a group's passages. */
export function toggleGroup(ids: readonly string[]): void {
  evidenceSelection.set((s) => {
    const all = ids.every((id) => s.ids.includes(id));
    return { ids: all ? s.ids.filter((x) => !ids.includes(x)) : [...new Set([...s.ids, ...ids])] };
  });
}

export function clearSelection(): void {
  evidenceSelection.set({ ids: [] });
}
