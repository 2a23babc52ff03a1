// Partnership-network state: the graph for the evidence browser's current filter, the chosen
// instruments and the interface language (labels come from the backend in that language),
// reloaded when any of them changes while the view is shown; and the passages of the edge the
// user clicked. A reply that arrives after a newer request is dropped.
import { api } from '../../api';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import type { NetworkExportFormat, NetworkGraph, NetworkRequest } from '../../../shared/domain/network';
import { errorMessage, getLocale } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { cleanEvidenceFilter } from '../evidence/evidence-logic';
import { evidenceStore } from '../evidence/evidence-store';
import { downloadBytes } from '../export/download-file';

interface NetworkState {
  graph: NetworkGraph | null;
  /** What the graph was built for: evidence revision, instruments and language. */
  key: string;
  loading: boolean;
  error: string | null;
  instrumentIds: string[];
  edge: { id: string; passages: EvidenceItem[] | null } | null;
}

export const networkStore = new Store<NetworkState>({ graph: null, key: '', loading: false, error: null, instrumentIds: [], edge: null });

let generation = 0;

function request(): NetworkRequest {
  const { instrumentIds } = networkStore.getSnapshot();
  return { filter: cleanEvidenceFilter(evidenceStore.getSnapshot().filter), instrumentIds, lang: getLocale() };
}

const keyOf = () => JSON.stringify([evidenceStore.getSnapshot().revision, networkStore.getSnapshot().instrumentIds, getLocale()]);

export async function loadNetwork(force = false): Promise<void> {
  const key = keyOf();
  const state = networkStore.getSnapshot();
  if (!force && state.key === key && state.graph) return;
  const mine = ++generation;
  networkStore.set({ loading: true, error: null, edge: state.key === key ? state.edge : null });
  try {
    const graph = await api['network.graph'](request());
    if (mine !== generation) return;
    // The clicked edge stays open when it is still in the graph (a language switch).
    const edge = networkStore.getSnapshot().edge;
    networkStore.set({ graph, key, loading: false, edge: edge && graph.edges.some((e) => e.id === edge.id) ? edge : null });
  } catch (err) {
    if (mine === generation) networkStore.set({ loading: false, error: errorMessage(err) });
  }
}

export function setInstruments(instrumentIds: string[]): Promise<void> {
  networkStore.set({ instrumentIds, edge: null });
  return loadNetwork();
}

export function toggleInstrument(id: string): Promise<void> {
  const ids = networkStore.getSnapshot().instrumentIds;
  return setInstruments(ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
}

export async function openEdge(id: string): Promise<void> {
  networkStore.set({ edge: { id, passages: null } });
  try {
    const passages = await api['network.edgePassages']({ ...request(), edgeId: id });
    if (networkStore.getSnapshot().edge?.id === id) networkStore.set({ edge: { id, passages } });
  } catch (err) {
    networkStore.set({ edge: null, error: errorMessage(err) });
  }
}

export function closeEdge(): void {
  networkStore.set({ edge: null });
}

/** GraphML or a CSV table of the graph on screen, saved as a download. */
export async function exportNetwork(format: NetworkExportFormat): Promise<void> {
  try {
    const file = await api['network.export']({ ...request(), format });
    downloadBytes(new Blob([file.text], { type: `${file.mime};charset=utf-8` }), file.fileName, file.mime);
  } catch (err) {
    networkStore.set({ error: errorMessage(err) });
  }
}

export function resetNetwork(): void {
  generation++;
  networkStore.set({ graph: null, key: '', loading: false, error: null, edge: null, instrumentIds: [] });
}
