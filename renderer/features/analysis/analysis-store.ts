// Analysis state: the tables for the evidence browser's current filter (reloaded when that
// filter changes while the view is shown), the selected tab and frequency dimension, and the
// passages behind the co-occurrence cell the user clicked.
import { api } from '../../api';
import type { EvidenceItem, EvidenceTables } from '../../../shared/domain/evidence';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { cleanEvidenceFilter } from '../evidence/evidence-logic';
import { evidenceStore } from '../evidence/evidence-store';
import type { Dimension } from './analysis-logic';
import type { CooccurrenceMode } from '../../../shared/query/code-cooccurrence';

export type AnalysisTab = 'frequencies' | 'cooccurrence' | 'documents' | 'network';

interface AnalysisState {
  tab: AnalysisTab;
  dimension: Dimension;
  tables: EvidenceTables | null;
  /** The evidence filter revision the tables belong to. */
  revision: number;
  loading: boolean;
  error: string | null;
  cell: { codeA: string; codeB: string; passages: EvidenceItem[] | null } | null;
  /** What makes two codes co-occur: overlapping passages, or passages near each other. */
  cooccurrence: CooccurrenceMode;
}

export const analysisStore = new Store<AnalysisState>({
  tab: 'frequencies', dimension: 'organisation', tables: null, revision: -1, loading: false, error: null, cell: null, cooccurrence: { kind: 'overlap' },
});

let generation = 0;

export async function loadTables(force = false): Promise<void> {
  const { revision, filter } = evidenceStore.getSnapshot();
  if (!force && analysisStore.getSnapshot().revision === revision && analysisStore.getSnapshot().tables) return;
  const mine = ++generation;
  analysisStore.set({ loading: true, error: null, cell: null });
  try {
    const tables = await api['evidence.tables']({ filter: cleanEvidenceFilter(filter), cooccurrence: analysisStore.getSnapshot().cooccurrence });
    if (mine === generation) analysisStore.set({ tables, revision, loading: false });
  } catch (err) {
    if (mine === generation) analysisStore.set({ loading: false, error: errorMessage(err) });
  }
}

export function setTab(tab: AnalysisTab): void {
  analysisStore.set({ tab });
}

export function setDimension(dimension: Dimension): void {
  analysisStore.set({ dimension });
}

export async function openCell(codeA: string, codeB: string): Promise<void> {
  analysisStore.set({ cell: { codeA, codeB, passages: null } });
  try {
    const passages = await api['evidence.cellPassages']({
      filter: cleanEvidenceFilter(evidenceStore.getSnapshot().filter), codeA, codeB, cooccurrence: analysisStore.getSnapshot().cooccurrence,
    });
    const cell = analysisStore.getSnapshot().cell;
    if (cell && cell.codeA === codeA && cell.codeB === codeB) analysisStore.set({ cell: { codeA, codeB, passages } });
  } catch (err) {
    analysisStore.set({ cell: null, error: errorMessage(err) });
  }
}

/** Changes what counts as co-occurring and reloads the tables. */
export function setCooccurrenceMode(cooccurrence: CooccurrenceMode): Promise<void> {
  analysisStore.set({ cooccurrence });
  return loadTables(true);
}

export function closeCell(): void {
  analysisStore.set({ cell: null });
}

export function resetAnalysis(): void {
  generation++;
  analysisStore.set({ tables: null, revision: -1, loading: false, error: null, cell: null });
}
