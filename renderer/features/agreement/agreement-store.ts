// The agreement view's state: what can be chosen (coders, documents, codes of the project),
// the user's choice, the computed report with its disagreeing passages side by side, and the
// CSV download of the table. Reloads the choices after merges (new coders arrive with them).
import { api } from '../../api';
import type { Code, Coder } from '../../../shared/domain/code';
import type { AgreementReport } from '../../../shared/domain/share';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { downloadBytes } from '../export/download-file';
import { projectStore } from '../project/project-store';
import { notify } from '../shell/dialogs-store';
import { type AgreementChoice, agreementRequest, canCompute, csvFileName, type SideBySideRow, sideBySide } from './agreement-logic';

interface AgreementState {
  coders: Coder[];
  documents: Array<{ id: string; title: string }>;
  codes: Array<{ id: string; color: string; text: Code['text'] }>;
  choice: AgreementChoice;
  report: AgreementReport | null;
  passages: SideBySideRow[];
  loading: boolean;
  error: string | null;
}

export const agreementStore = new Store<AgreementState>({
  coders: [], documents: [], codes: [], choice: { coderIds: [], documentIds: [], codeIds: [] }, report: null, passages: [], loading: false, error: null,
});

/** Loads what can be chosen; keeps the choice where its items still exist (all coders by default). */
export async function loadAgreementChoices(): Promise<void> {
  try {
    const [coders, documents, codes] = await Promise.all([api['coders.list'](), api['documents.list']({}), api['codes.list']()]);
    const prev = agreementStore.getSnapshot().choice;
    const keep = (ids: string[], known: Array<{ id: string }>) => ids.filter((id) => known.some((k) => k.id === id));
    const coderIds = keep(prev.coderIds, coders);
    agreementStore.set({
      coders,
      documents: documents.map((d) => ({ id: d.id, title: d.title })),
      codes: codes.map((c) => ({ id: c.id, color: c.color, text: c.text })),
      choice: {
        coderIds: coderIds.length >= 2 ? coderIds : coders.map((c) => c.id),
        documentIds: keep(prev.documentIds, documents),
        codeIds: keep(prev.codeIds, codes),
      },
    });
  } catch (err) {
    agreementStore.set({ error: errorMessage(err) });
  }
}

export function toggleChoice(list: keyof AgreementChoice, id: string): void {
  agreementStore.set((s) => {
    const ids = s.choice[list];
    return { choice: { ...s.choice, [list]: ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id] } };
  });
}

export function clearChoice(list: keyof AgreementChoice): void {
  agreementStore.set((s) => ({ choice: { ...s.choice, [list]: [] } }));
}

let seq = 0;

export async function computeAgreement(): Promise<void> {
  const { choice } = agreementStore.getSnapshot();
  if (!canCompute(choice)) return;
  const mine = ++seq;
  agreementStore.set({ loading: true, error: null });
  try {
    const report = await api['agreement.compute'](agreementRequest(choice));
    // The coders' own highlights behind the first disagreements, one request per document.
    const docIds = [...new Set(report.disagreements.slice(0, 400).map((d) => d.documentId))];
    const codeIds = report.codes.map((c) => c.codeId);
    const annotations = (await Promise.all(docIds.map((documentId) => api['annotations.list']({ documentId, codeIds, coderIds: choice.coderIds })))).flat();
    if (mine !== seq) return;
    agreementStore.set({ report, passages: sideBySide(report.disagreements, annotations, report.coders.map((c) => c.id)), loading: false });
  } catch (err) {
    if (mine === seq) agreementStore.set({ loading: false, error: errorMessage(err) });
  }
}

export async function downloadAgreementCsv(): Promise<void> {
  const { choice } = agreementStore.getSnapshot();
  try {
    const csv = await api['agreement.csv'](agreementRequest(choice));
    downloadBytes(new Blob([csv], { type: 'text/csv;charset=utf-8' }), csvFileName(projectStore.getSnapshot().project?.name ?? ''), 'text/csv;charset=utf-8');
  } catch (err) {
    notify('error', errorMessage(err));
  }
}

export function resetAgreement(): void {
  seq++;
  agreementStore.set({ coders: [], documents: [], codes: [], choice: { coderIds: [], documentIds: [], codeIds: [] }, report: null, passages: [], loading: false, error: null });
}
