// The search view's two word panels, outside React: keyword in context (KWIC) for the current
// search, and word frequencies for the current document selection (the search view's
// attribute filters). Each loads when its panel is shown or its inputs change, and saves as
// CSV (the backend writes the file text: same quoting as the evidence CSV).
import { api } from '../../api';
import type { KwicResult, WordFrequencyResult } from '../../../shared/domain/concordance';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { downloadBytes } from '../export/download-file';
import { cleanFilter, searchStore } from './search-store';

export type SearchPanel = 'pages' | 'kwic' | 'words';

interface ConcordanceState {
  panel: SearchPanel;
  kwic: KwicResult | null;
  words: WordFrequencyResult | null;
  /** Word frequencies by exact form rather than by stem. */
  wordsExact: boolean;
  loading: boolean;
  error: string | null;
}

export const concordanceStore = new Store<ConcordanceState>({ panel: 'pages', kwic: null, words: null, wordsExact: false, loading: false, error: null });

let generation = 0;

async function run<T>(work: () => Promise<T>, done: (r: T) => Partial<ConcordanceState>): Promise<void> {
  const mine = ++generation;
  concordanceStore.set({ loading: true, error: null });
  try {
    const r = await work();
    if (mine === generation) concordanceStore.set({ ...done(r), loading: false });
  } catch (err) {
    if (mine === generation) concordanceStore.set({ loading: false, error: errorMessage(err) });
  }
}

function kwicQuery() {
  const s = searchStore.getSnapshot();
  return { text: s.searched ?? '', exact: s.exact, filter: cleanFilter(s.filter) };
}

function wordsQuery() {
  return { filter: cleanFilter(searchStore.getSnapshot().filter), exact: concordanceStore.getSnapshot().wordsExact };
}

/** Loads what the shown panel needs for the current search and selection. */
export function refreshConcordance(): Promise<void> {
  const { panel } = concordanceStore.getSnapshot();
  if (panel === 'kwic') {
    if (!searchStore.getSnapshot().searched) {
      concordanceStore.set({ kwic: null });
      return Promise.resolve();
    }
    return run(() => api['search.kwic'](kwicQuery()), (kwic) => ({ kwic }));
  }
  if (panel === 'words') return run(() => api['search.wordFrequencies'](wordsQuery()), (words) => ({ words }));
  return Promise.resolve();
}

export function showPanel(panel: SearchPanel): Promise<void> {
  concordanceStore.set({ panel });
  return refreshConcordance();
}

export function setWordsExact(wordsExact: boolean): Promise<void> {
  concordanceStore.set({ wordsExact });
  return refreshConcordance();
}

const CSV_MIME = 'text/csv;charset=utf-8';

export async function downloadKwicCsv(): Promise<void> {
  try {
    const csv = await api['search.kwicCsv'](kwicQuery());
    downloadBytes(new Blob([csv], { type: CSV_MIME }), 'glossa-kwic.csv', CSV_MIME);
  } catch (err) {
    concordanceStore.set({ error: errorMessage(err) });
  }
}

export async function downloadWordsCsv(): Promise<void> {
  try {
    const csv = await api['search.wordFrequenciesCsv'](wordsQuery());
    downloadBytes(new Blob([csv], { type: CSV_MIME }), 'glossa-word-frequencies.csv', CSV_MIME);
  } catch (err) {
    concordanceStore.set({ error: errorMessage(err) });
  }
}
