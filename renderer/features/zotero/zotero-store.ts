// State of the "Import from Zotero" dialog, outside React: the data directory (found, typed
// or chosen), the library read from it, the chosen collection and ticked items, the import's
// progress ('zotero.progress' events) and its result.
import type { ZoteroImportResult, ZoteroLibraryScan, ZoteroLocation, ZoteroProgress } from '../../../shared/domain/zotero';
import { api, onEvent } from '../../api';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { itemId, visibleItems } from './zotero-view';

export type ZoteroPhase = 'closed' | 'locating' | 'ready' | 'scanning' | 'scanned' | 'importing' | 'done';

export interface ZoteroState {
  phase: ZoteroPhase;
  dataDir: string;
  location: ZoteroLocation | null;
  scan: ZoteroLibraryScan | null;
  collectionKey: string | null;
  filter: string;
  selected: ReadonlySet<string>;
  progress: ZoteroProgress | null;
  result: ZoteroImportResult | null;
  error: string | null;
}

const CLOSED: ZoteroState = {
  phase: 'closed', dataDir: '', location: null, scan: null, collectionKey: null, filter: '', selected: new Set(), progress: null, result: null, error: null,
};

export const zoteroStore = new Store<ZoteroState>(CLOSED);

let unsubscribe: (() => void) | null = null;

export async function openZoteroImport(): Promise<void> {
  zoteroStore.set({ ...CLOSED, phase: 'locating' });
  unsubscribe?.();
  unsubscribe = onEvent('zotero.progress', (progress) => {
    if (zoteroStore.getSnapshot().phase === 'importing') zoteroStore.set({ progress });
  });
  try {
    const location = await api['zotero.locate'](undefined);
    zoteroStore.set({ location, dataDir: location.dataDir ?? location.candidates[0]?.path ?? '', phase: 'ready' });
    if (location.dataDir) await readLibrary();
  } catch (err) {
    zoteroStore.set({ phase: 'ready', error: errorMessage(err) });
  }
}

export function closeZoteroImport(): void {
  unsubscribe?.();
  unsubscribe = null;
  zoteroStore.set(CLOSED);
}

export function setDataDir(dataDir: string): void {
  zoteroStore.set({ dataDir, error: null });
}

export async function chooseDataDir(): Promise<void> {
  const r = await api['dialog.zoteroDataDir'](undefined);
  if (r.supported && r.paths[0]) {
    setDataDir(r.paths[0]);
    await readLibrary();
  }
}

export async function readLibrary(): Promise<void> {
  const { dataDir } = zoteroStore.getSnapshot();
  if (!dataDir.trim()) return;
  zoteroStore.set({ phase: 'scanning', error: null, scan: null, result: null });
  try {
    const scan = await api['zotero.scan']({ dataDir: dataDir.trim() });
    // Every item with a PDF starts ticked: the usual wish is "bring my library in".
    const selected = new Set(scan.items.filter((i) => i.pdfCount > 0).map(itemId));
    zoteroStore.set({ scan, selected, collectionKey: null, phase: 'scanned' });
  } catch (err) {
    zoteroStore.set({ phase: 'ready', error: errorMessage(err) });
  }
}

export function chooseCollection(collectionKey: string | null): void {
  const s = zoteroStore.getSnapshot();
  if (!s.scan) return;
  // Picking a collection ticks its items (with PDFs) and only those.
  const selected = new Set(visibleItems(s.scan, collectionKey, '').filter((i) => i.pdfCount > 0).map(itemId));
  zoteroStore.set({ collectionKey, selected });
}

export function setFilter(filter: string): void {
  zoteroStore.set({ filter });
}

export function toggleItem(id: string): void {
  const selected = new Set(zoteroStore.getSnapshot().selected);
  if (selected.has(id)) selected.delete(id);
  else selected.add(id);
  zoteroStore.set({ selected });
}

export function selectVisible(on: boolean): void {
  const s = zoteroStore.getSnapshot();
  if (!s.scan) return;
  const selected = new Set(s.selected);
  for (const i of visibleItems(s.scan, s.collectionKey, s.filter)) {
    if (on) selected.add(itemId(i));
    else selected.delete(itemId(i));
  }
  zoteroStore.set({ selected });
}

/** Stops the running import; importSelected then shows "cancelled" and the list again. */
export async function stopZoteroImport(): Promise<void> {
  if (zoteroStore.getSnapshot().phase !== 'importing') return;
  try {
    await api['zotero.cancel'](undefined);
  } catch (err) {
    zoteroStore.set({ error: errorMessage(err) });
  }
}

export async function importSelected(): Promise<void> {
  const s = zoteroStore.getSnapshot();
  if (!s.scan || s.selected.size === 0) return;
  zoteroStore.set({ phase: 'importing', progress: { phase: 'reading', done: 0, total: 1 }, error: null });
  try {
    const result = await api['zotero.import']({ dataDir: s.scan.dataDir, items: [...s.selected] });
    zoteroStore.set({ phase: 'done', result });
  } catch (err) {
    zoteroStore.set({ phase: 'scanned', error: errorMessage(err) });
  }
}
