// The agreement view's state: what can be chosen (coders, documents, codes of the project),
// the user's choice, the computed report with its disagreeing passages side by side, and the
// CSV download of the table. Reloads the choices after merges (new coders arrive with them).
// An independent-coding round, when the project has one coded by two or more coders, is chosen
// first; disputed stretches resolve into the consensus layer from here.
import { api } from '../../api';
import type { Code, Coder } from '../../../shared/domain/code';
import type { CodingRound, ConsensusChoice, ConsensusResolution } from '../../../shared/domain/rounds';
import type { AgreementReport } from '../../../shared/domain/share';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { downloadBytes } from '../export/download-file';
import { projectStore } from '../project/project-store';
import { notify } from '../shell/dialogs-store';
import { type AgreementChoice, agreementRequest, canCompute, csvFileName, defaultRound, type SideBySideRow, sideBySide } from './agreement-logic';

interface AgreementState {
  coders: Coder[];
  documents: Array<{ id: string; title: string }>;
  codes: Array<{ id: string; color: string; text: Code['text'] }>;
  choice: AgreementChoice;
  report: AgreementReport | null;
  passages: SideBySideRow[];
  loading: boolean;
  error: string | null;
  rounds: CodingRound[];
  /** Resolutions of the report's disputed passages (consensus layer). */
  resolutions: ConsensusResolution[];
}

export const agreementStore = new Store<AgreementState>({
  coders: [], documents: [], codes: [], choice: { coderIds: [], documentIds: [], codeIds: [], roundId: null }, report: null, passages: [], loading: false, error: null,
  rounds: [], resolutions: [],
});

/** Loads what can be chosen; keeps the choice where its items still exist (all coders by default). */
export async function loadAgreementChoices(): Promise<void> {
  try {
    const [coders, documents, codes, rounds] = await Promise.all([api['coders.list'](), api['documents.list']({}), api['codes.list'](), api['rounds.list']()]);
    const prev = agreementStore.getSnapshot().choice;
    const keep = (ids: string[], known: Array<{ id: string }>) => ids.filter((id) => known.some((k) => k.id === id));
    const coderIds = keep(prev.coderIds, coders);
    // After a merge back, the round its independent codings belong to is offered first.
    // roundId '' = the user chose every coding; null = not chosen yet.
    const kept = prev.roundId ? rounds.find((r) => r.id === prev.roundId && r.independentCoderIds.length >= 2) ?? null : null;
    const round = prev.roundId === '' ? null : kept ?? defaultRound(rounds);
    agreementStore.set({
      coders,
      rounds,
      documents: documents.map((d) => ({ id: d.id, title: d.title })),
      codes: codes.map((c) => ({ id: c.id, color: c.color, text: c.text })),
      choice: {
        coderIds: round && !kept ? inListOrder(coders, round.independentCoderIds) : coderIds.length >= 2 ? coderIds : coders.map((c) => c.id),
        documentIds: keep(prev.documentIds, documents),
        codeIds: keep(prev.codeIds, codes),
        roundId: prev.roundId === '' ? '' : round?.id ?? null,
      },
    });
  } catch (err) {
    agreementStore.set({ error: errorMessage(err) });
  }
}

export function toggleChoice(list: 'coderIds' | 'documentIds' | 'codeIds', id: string): void {
  agreementStore.set((s) => {
    const ids = s.choice[list];
    return { choice: { ...s.choice, [list]: ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id] } };
  });
}

/** The ids in the order of the coders list (by name): the table and the note name them so. */
function inListOrder(coders: readonly Coder[], ids: readonly string[]): string[] {
  return coders.filter((c) => ids.includes(c.id)).map((c) => c.id);
}

export function chooseRound(roundId: string | null): void {
  const round = agreementStore.getSnapshot().rounds.find((r) => r.id === roundId) ?? null;
  agreementStore.set((s) => ({ choice: { ...s.choice, roundId: round?.id ?? '', ...(round ? { coderIds: inListOrder(s.coders, round.independentCoderIds) } : {}) } }));
}

export function clearChoice(list: 'coderIds' | 'documentIds' | 'codeIds'): void {
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
    const resolutions = docIds.length ? await api['consensus.list']({ documentIds: docIds }) : [];
    if (mine !== seq) return;
    agreementStore.set({ report, resolutions, passages: sideBySide(report.disagreements, annotations, report.coders.map((c) => c.id)), loading: false });
  } catch (err) {
    if (mine === seq) agreementStore.set({ loading: false, error: errorMessage(err) });
  }
}

/** Resolves one disputed stretch into the consensus layer (an undoable action in the History). */
export async function resolveStretch(
  row: Pick<SideBySideRow, 'documentId' | 'pageIndex' | 'codeId'>,
  stretch: { start: number; end: number },
  choice: ConsensusChoice,
): Promise<void> {
  const { report } = agreementStore.getSnapshot();
  if (!report || report.coders.length !== 2) return;
  try {
    const r = await api['consensus.resolve']({ ...row, ...stretch, coderA: report.coders[0].id, coderB: report.coders[1].id, choice });
    agreementStore.set((s) => ({ resolutions: [...s.resolutions, r.resolution] }));
  } catch (err) {
    notify('error', errorMessage(err));
  }
}

/** After an undo or a merge: the resolutions of the listed passages as stored now. */
export async function refreshResolutions(): Promise<void> {
  const { passages } = agreementStore.getSnapshot();
  const documentIds = [...new Set(passages.map((p) => p.documentId))];
  if (documentIds.length === 0) return;
  const resolutions = await api['consensus.list']({ documentIds }).catch(() => null);
  if (resolutions) agreementStore.set({ resolutions });
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
  agreementStore.set({ coders: [], documents: [], codes: [], choice: { coderIds: [], documentIds: [], codeIds: [], roundId: null }, report: null, passages: [], loading: false, error: null, rounds: [], resolutions: [] });
}
