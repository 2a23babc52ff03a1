// Project-wide search state: the query, its attribute filters, and the hits loaded so far.
// Hits come in pages of 50 ("more results" appends the next page) because the backend builds
// snippets only for the rows it returns, which keeps the first screen fast. The first screen
// also stops counting at 10,000 hits (totalExact false: "10,000+ pages"); the exact number is
// asked for right after, with search.count, and replaces the "10,000+" when it arrives,
// unless another search has started since. An empty first screen asks search.suggest for
// what to try, the same way: shown when it arrives, for that screen only.
import { api } from '../../api';
import type { DocumentFilter } from '../../../shared/domain/document';
import type { SearchHit, SearchSuggestion } from '../../../shared/domain/search';
import { Store } from '../../state/store';
import { errorMessage } from '../../i18n/i18n';

export const SEARCH_PAGE_SIZE = 50;

interface SearchState {
  text: string;
  filter: DocumentFilter;
  hits: SearchHit[];
  /** Pages found; a lower bound ("10,000+") while totalExact is false. */
  total: number;
  totalExact: boolean;
  terms: string[];
  /** Exact word forms only (the toggle); all forms of each word otherwise. */
  exact: boolean;
  /** After an empty result: what would find something. */
  suggestions: SearchSuggestion[];
  loading: boolean;
  error: string | null;
  /** The text the shown hits belong to (the box may have been edited since). */
  searched: string | null;
}

const EMPTY = { hits: [] as SearchHit[], total: 0, totalExact: true, terms: [] as string[], suggestions: [] as SearchSuggestion[] };

export const searchStore = new Store<SearchState>({
  text: '', filter: {}, exact: false, ...EMPTY, loading: false, error: null, searched: null,
});

let generation = 0;
/** Bumped by every new first screen (not by "more"): a refined count belongs to one first screen. */
let firstScreen = 0;

export function setSearchText(text: string): void {
  searchStore.set({ text });
}

/** Removes empty lists so the backend receives only real constraints. */
export function cleanFilter(f: DocumentFilter): DocumentFilter | undefined {
  const out: DocumentFilter = {};
  if (f.organisations?.length) out.organisations = f.organisations;
  if (f.countries?.length) out.countries = f.countries;
  if (f.docTypes?.length) out.docTypes = f.docTypes;
  if (f.languages?.length) out.languages = f.languages;
  if (f.yearFrom != null) out.yearFrom = f.yearFrom;
  if (f.yearTo != null) out.yearTo = f.yearTo;
  return Object.keys(out).length ? out : undefined;
}

/** The exact count behind a capped first screen; dropped when another search started meanwhile. */
async function refineTotal(mine: number, text: string, exact: boolean, filter: DocumentFilter): Promise<void> {
  try {
    const { total } = await api['search.count']({ text, exact, filter: cleanFilter(filter) });
    if (mine === firstScreen) searchStore.set({ total, totalExact: true });
  } catch {
    // The capped "10,000+" stays: it is still true.
  }
}

/** What would find something after an empty first screen; dropped when another search started meanwhile. */
async function suggest(mine: number, text: string, exact: boolean, filter: DocumentFilter): Promise<void> {
  try {
    const suggestions = await api['search.suggest']({ text, exact, filter: cleanFilter(filter) });
    if (mine === firstScreen) searchStore.set({ suggestions });
  } catch {
    // No suggestions: the empty result stands on its own.
  }
}

async function load(text: string, offset: number): Promise<void> {
  const mine = ++generation;
  if (offset === 0) firstScreen++;
  const screen = firstScreen;
  searchStore.set({ loading: true, error: null });
  try {
    const { filter, exact } = searchStore.getSnapshot();
    const result = await api['search.query']({ text, exact, filter: cleanFilter(filter), limit: SEARCH_PAGE_SIZE, offset });
    if (mine !== generation) return;
    searchStore.set((s) => ({
      hits: offset === 0 ? result.hits : [...s.hits, ...result.hits],
      // A later screen counts up to the cap again: keep an exact number already refined.
      ...(offset > 0 && s.totalExact ? {} : { total: result.total, totalExact: result.totalExact }),
      terms: result.terms,
      suggestions: offset === 0 ? [] : s.suggestions,
      loading: false,
      searched: text,
    }));
    if (offset === 0 && !result.totalExact) void refineTotal(screen, text, exact, filter);
    if (offset === 0 && result.total === 0) void suggest(screen, text, exact, filter);
  } catch (err) {
    if (mine !== generation) return;
    searchStore.set({ loading: false, error: errorMessage(err), searched: text, ...(offset === 0 ? EMPTY : {}) });
  }
}

export function runSearch(text = searchStore.getSnapshot().text): Promise<void> {
  const q = text.trim();
  searchStore.set({ text });
  if (!q) {
    generation++;
    firstScreen++;
    searchStore.set({ ...EMPTY, searched: null, error: null, loading: false });
    return Promise.resolve();
  }
  return load(q, 0);
}

export function loadMore(): Promise<void> {
  const s = searchStore.getSnapshot();
  if (!s.searched || s.loading || (s.totalExact && s.hits.length >= s.total)) return Promise.resolve();
  return load(s.searched, s.hits.length);
}

export function setSearchFilter(filter: DocumentFilter): Promise<void> {
  searchStore.set({ filter });
  const s = searchStore.getSnapshot();
  return s.searched ? load(s.searched, 0) : Promise.resolve();
}

/** The exact-form toggle; re-runs the shown search. */
export function setSearchExact(exact: boolean): Promise<void> {
  searchStore.set({ exact });
  const s = searchStore.getSnapshot();
  return s.searched ? load(s.searched, 0) : Promise.resolve();
}

/** Follows a suggestion: its text, forms and (unless it drops them) the filters. */
export function applySuggestion(sg: SearchSuggestion): Promise<void> {
  searchStore.set({ text: sg.text, exact: sg.exact, ...(sg.keepFilter ? {} : { filter: {} }) });
  return load(sg.text, 0);
}

export function resetSearch(): void {
  generation++;
  firstScreen++;
  searchStore.set({ text: '', filter: {}, exact: false, ...EMPTY, loading: false, error: null, searched: null });
}
