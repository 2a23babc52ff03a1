// Which main view is shown (library or search results), the open reader, and the settings dialog.
import { Store } from '../../state/store';
import { prefetchFirstScreen } from '../coding/first-screen';

export interface ReaderTarget { documentId: string; initialPageIndex?: number; highlightTerms?: string[]; key: number }

interface ViewState {
  view: 'library' | 'search' | 'codebook' | 'evidence' | 'analysis' | 'memos' | 'team';
  reader: ReaderTarget | null;
  settingsOpen: boolean;
}

export const viewStore = new Store<ViewState>({ view: 'library', reader: null, settingsOpen: false });

let readerKey = 0;

/** Opens the reader; a new key remounts it, so opening another hit in the same document jumps there. */
export function openReader(documentId: string, initialPageIndex?: number, highlightTerms?: string[]): void {
  prefetchFirstScreen(documentId);
  viewStore.set({ reader: { documentId, initialPageIndex, highlightTerms, key: ++readerKey } });
}

export function closeReader(): void {
  viewStore.set({ reader: null });
}

export function showView(view: ViewState['view']): void {
  viewStore.set({ view, reader: null });
}

export function setSettingsOpen(open: boolean): void {
  viewStore.set({ settingsOpen: open });
}
