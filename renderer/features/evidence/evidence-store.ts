// Evidence browser state: the filter (shared with the analysis views and the export dialog's
// "current selection"), grouping, the items loaded so far (pages of 100: the backend builds
// chips and quotes for the rows it returns only), and the codebook and coders the filter
// offers. Reloads when coding changes anywhere (another window, undo, auto-coding). Coders
// the filter does not name follow the shared coder view (coding/coder-view-store.ts).
import { api, onEvent } from '../../api';
import type { Coder, CodeWithCounts } from '../../../shared/domain/code';
import type { EvidenceFilter, EvidenceGroupBy, EvidenceItem } from '../../../shared/domain/evidence';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { coderViewStore, visibleCoderIds } from '../coding/coder-view-store';
import { cleanEvidenceFilter } from './evidence-logic';
import { clearSelection } from './evidence-selection';

export const EVIDENCE_PAGE_SIZE = 100;

interface EvidenceState {
  filter: EvidenceFilter;
  groupBy: EvidenceGroupBy;
  items: EvidenceItem[];
  total: number;
  /** Items in each group (code or document id) for the whole filter, from the pages loaded. */
  groupTotals: Record<string, number>;
  loading: boolean;
  error: string | null;
  codes: CodeWithCounts[];
  /** Codings per code within the active filters (apart from the code selection); null: not loaded. */
  codeCounts: Record<string, number> | null;
  coders: Coder[];
  /** Bumped on every filter or coding change so dependent views (analysis) know to reload. */
  revision: number;
  /** True until loaded, and again after a project switch or a coding change while hidden. */
  stale: boolean;
}

export const evidenceStore = new Store<EvidenceState>({
  filter: {}, groupBy: 'code', items: [], total: 0, groupTotals: {}, loading: false, error: null, codes: [], codeCounts: null, coders: [], revision: 0, stale: true,
});

/** The first reply carries one screen of rows (~8 fit at 800 px); the rest of the page follows. */
export const EVIDENCE_FIRST_SCREEN = 25;

let generation = 0;

async function load(offset: number): Promise<void> {
  const mine = ++generation;
  const { filter, groupBy } = evidenceStore.getSnapshot();
  evidenceStore.set({ loading: true, error: null });
  try {
    // Coders not chosen in the filter: the coder view's (me / everyone / one coder).
    const coderIds = filter.coderIds ?? visibleCoderIds();
    const query = { filter: cleanEvidenceFilter({ ...filter, ...(coderIds ? { coderIds } : {}) }), groupBy };
    // A fresh list shows its first screen as soon as it comes (with 10,000 codings, 100 rows
    // were ~120 KB to build, send and render before anything showed), then fills the page.
    const first = offset === 0 ? EVIDENCE_FIRST_SCREEN : EVIDENCE_PAGE_SIZE;
    const page = await api['evidence.query']({ ...query, offset, limit: first });
    if (mine !== generation) return;
    const more = offset === 0 && page.items.length === first && page.total > first;
    evidenceStore.set((s) => ({
      items: offset === 0 ? page.items : [...s.items, ...page.items],
      total: page.total,
      groupTotals: offset === 0 ? page.groupTotals : { ...s.groupTotals, ...page.groupTotals },
      loading: more,
      ...(page.codeCounts ? { codeCounts: page.codeCounts } : {}),
    }));
    if (!more) return;
    const rest = await api['evidence.query']({ ...query, offset: first, limit: EVIDENCE_PAGE_SIZE - first });
    if (mine !== generation) return;
    evidenceStore.set((s) => ({ items: [...s.items, ...rest.items], total: rest.total, groupTotals: { ...s.groupTotals, ...rest.groupTotals }, loading: false }));
  } catch (err) {
    if (mine !== generation) return;
    evidenceStore.set({ loading: false, error: errorMessage(err), ...(offset === 0 ? { items: [], total: 0, groupTotals: {} } : {}) });
  }
}

let lastView = '';
coderViewStore.subscribe(() => {
  const key = String(visibleCoderIds() ?? '*');
  if (key === lastView) return;
  lastView = key;
  const s = evidenceStore.getSnapshot();
  if (!s.stale && s.filter.coderIds === undefined) {
    evidenceStore.set({ revision: s.revision + 1 });
    void load(0);
  }
});

export function reloadEvidence(): Promise<void> {
  return load(0);
}

export function loadMoreEvidence(): Promise<void> {
  const s = evidenceStore.getSnapshot();
  if (s.loading || s.items.length >= s.total) return Promise.resolve();
  return load(s.items.length);
}

export function setEvidenceFilter(patch: Partial<EvidenceFilter>): Promise<void> {
  clearSelection();
  evidenceStore.set((s) => ({ filter: { ...s.filter, ...patch }, revision: s.revision + 1 }));
  return load(0);
}

export function clearEvidenceFilter(): Promise<void> {
  clearSelection();
  evidenceStore.set((s) => ({ filter: {}, revision: s.revision + 1 }));
  return load(0);
}

export function setGroupBy(groupBy: EvidenceGroupBy): Promise<void> {
  evidenceStore.set({ groupBy });
  return load(0);
}

export async function refreshCodebook(): Promise<void> {
  try {
    const [codes, coders] = await Promise.all([api['codes.list'](), api['coders.list']()]);
    evidenceStore.set({ codes, coders });
  } catch (err) {
    evidenceStore.set({ error: errorMessage(err) });
  }
}

/** Loads everything for a newly shown browser. */
export function openEvidence(): Promise<void> {
  evidenceStore.set({ stale: false });
  return Promise.all([refreshCodebook(), reloadEvidence()]).then(() => undefined);
}

export function resetEvidence(): void {
  generation++;
  evidenceStore.set((s) => ({
    filter: {}, items: [], total: 0, groupTotals: {}, loading: false, error: null, codes: [], codeCounts: null, coders: [], revision: s.revision + 1, stale: true,
  }));
}

/** Document attributes changed (e.g. the printed-page correction): rows cite differently,
 *  so the browser reloads when next shown. */
export function markEvidenceStale(): void {
  evidenceStore.set((s) => ({ revision: s.revision + 1, stale: true }));
}

// Coding changes elsewhere: refresh counts and rows, at most every 300 ms while they keep coming.
let timer: ReturnType<typeof setTimeout> | null = null;
export function subscribeEvidenceEvents(isVisible: () => boolean): () => void {
  return onEvent('coding.changed', () => {
    evidenceStore.set((s) => ({ revision: s.revision + 1 }));
    if (!isVisible()) return void evidenceStore.set({ stale: true });
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      void openEvidence();
    }, 300);
  });
}
