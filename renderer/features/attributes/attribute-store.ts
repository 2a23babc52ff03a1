// The attributes the user defined and every document's values, as the renderer sees them:
// reloaded after every coding action ('coding.changed': definitions, values, imports, undo and
// redo) and when another project opens. Shared by the library (columns, filters, sort), the
// attributes drawer, the import dialog and the evidence and search filters.
import { api, onEvent } from '../../api';
import type { AttributeDefinition, AttributeValue, DocumentAttributeValues } from '../../../shared/domain/attribute';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { notify } from '../shell/dialogs-store';

interface AttributeState {
  defs: AttributeDefinition[];
  values: Record<string, DocumentAttributeValues>;
  /** The definitions dialog / the import dialog is open. */
  managing: boolean;
  importing: boolean;
}

export const attributeStore = new Store<AttributeState>({ defs: [], values: {}, managing: false, importing: false });

let inflight: Promise<void> | null = null;
let again = false;

/** Reloads definitions and values; calls during a load collapse into one more load after it. */
export function refreshAttributes(): Promise<void> {
  if (inflight) {
    again = true;
    return inflight;
  }
  inflight = (async () => {
    try {
      do {
        again = false;
        const [defs, values] = await Promise.all([api['attributes.list'](), api['attributes.values']()]);
        attributeStore.set({ defs, values });
      } while (again);
    } catch {
      // No project open (the library is empty then): nothing to show.
      attributeStore.set({ defs: [], values: {} });
    } finally {
      inflight = null;
    }
  })();
  return inflight;
}

let subscribers = 0;
let offs: Array<() => void> = [];

/** Keeps the store live while at least one view uses it; returns the release function. */
export function useAttributeEvents(): () => void {
  if (subscribers++ === 0) {
    offs = [
      onEvent('coding.changed', () => void refreshAttributes()),
      onEvent('documents.changed', () => void refreshAttributes()),
      onEvent('project.changed', (p) => (p ? void refreshAttributes() : attributeStore.set({ defs: [], values: {} }))),
    ];
    void refreshAttributes();
  }
  return () => {
    if (--subscribers === 0) {
      offs.forEach((off) => off());
      offs = [];
    }
  };
}

/** Saves one document's value (null clears it); the store follows at once, the event confirms. */
export async function saveValue(documentId: string, definitionId: string, value: AttributeValue | null): Promise<boolean> {
  attributeStore.set((s) => {
    const doc = { ...(s.values[documentId] ?? {}) };
    if (value === null) delete doc[definitionId];
    else doc[definitionId] = value;
    return { values: { ...s.values, [documentId]: doc } };
  });
  try {
    const values = await api['attributes.setValues']({ documentId, values: { [definitionId]: value } });
    attributeStore.set((s) => ({ values: { ...s.values, [documentId]: values } }));
    return true;
  } catch (err) {
    notify('error', errorMessage(err));
    void refreshAttributes();
    return false;
  }
}
