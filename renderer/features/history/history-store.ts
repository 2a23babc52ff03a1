// The project's history (who changed what, when), newest first, 200 entries per page.
import { api } from '../../api';
import type { Coder, HistoryEntry } from '../../../shared/domain/code';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';
import type { HistoryCategory } from './history-logic';

const PAGE = 200;

interface HistoryState {
  entries: HistoryEntry[];
  coders: Map<string, Coder>;
  category: HistoryCategory;
  more: boolean;
  loading: boolean;
  error: string | null;
}

export const historyStore = new Store<HistoryState>({ entries: [], coders: new Map(), category: 'all', more: false, loading: false, error: null });

let seq = 0;

export async function loadHistory(append = false): Promise<void> {
  const mine = ++seq;
  const prev = historyStore.getSnapshot().entries;
  const beforeId = append && prev.length ? prev[prev.length - 1].id : undefined;
  historyStore.set({ loading: true, error: null });
  try {
    const [entries, coders] = await Promise.all([api['history.list']({ limit: PAGE, beforeId }), api['coders.list']()]);
    if (mine !== seq) return;
    historyStore.set({
      entries: append ? [...prev, ...entries] : entries,
      coders: new Map(coders.map((c) => [c.id, c])),
      more: entries.length === PAGE,
      loading: false,
    });
  } catch (err) {
    if (mine === seq) historyStore.set({ loading: false, error: errorMessage(err) });
  }
}

export function setHistoryCategory(category: HistoryCategory): void {
  historyStore.set({ category });
}
