// The sharing commands (send, open a received file, merge from…, REFI-QDA export and import)
// and the state of their dialogs: the in-app path prompt (web host), the merge summary, the
// import report and a refused file's message. Native dialogs are used when the host has them.
import { api } from '../../api';
import { askKeepCoders, otherCoders } from './independent-send';
import type { MergeSummary, QdpxImportResult, ShareFilePurpose } from '../../../shared/domain/share';
import { errorMessage, formatNumber, t } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { refreshDocuments } from '../library/library-store';
import { projectStore, refreshRecent } from '../project/project-store';
import { notify } from '../shell/dialogs-store';
import { showView } from '../shell/view-store';
import { suggestSharePath, withShareExtension } from './share-paths';

export type TeamTab = 'agreement' | 'conflicts' | 'history';

export interface SharePrompt { purpose: ShareFilePurpose; suggestion: string; resolve: (path: string | null) => void }

interface ShareState {
  prompt: SharePrompt | null;
  busy: ShareFilePurpose | null;
  /** The backend is running the command (after the user chose the file). */
  working: ShareFilePurpose | null;
  mergeSummary: MergeSummary | null;
  qdpxReport: QdpxImportResult | null;
  /** A received file or .qdpx that was refused: shown in a dialog, the project unchanged. */
  refusal: { title: string; message: string } | null;
  teamTab: TeamTab;
  /** Bumped after a merge or resolution so open team views reload. */
  revision: number;
}

export const shareStore = new Store<ShareState>({
  prompt: null, busy: null, working: null, mergeSummary: null, qdpxReport: null, refusal: null, teamTab: 'agreement', revision: 0,
});

export function showTeam(tab: TeamTab): void {
  shareStore.set({ teamTab: tab });
  showView('team');
}

export function askSharePath(purpose: ShareFilePurpose, suggestion: string): Promise<string | null> {
  shareStore.getSnapshot().prompt?.resolve(null);
  return new Promise((resolve) => {
    shareStore.set({ prompt: { purpose, suggestion, resolve: (p) => { shareStore.set({ prompt: null }); resolve(p); } } });
  });
}

/** The native dialog when the host has one, else the in-app path prompt. */
async function choosePath(purpose: ShareFilePurpose, from = ''): Promise<string | null> {
  const native = await api['dialog.shareFile']({ purpose });
  if (native.supported) return native.paths[0] ?? null;
  const project = projectStore.getSnapshot().project;
  const typed = await askSharePath(purpose, suggestSharePath(purpose, project?.path ?? '', from));
  return typed ? withShareExtension(purpose, typed) : null;
}

function refused(titleKey: string, err: unknown): void {
  shareStore.set({ refusal: { title: t(titleKey), message: errorMessage(err) } });
}

/**
 * One share command at a time (`busy`, from the menu click to the end). `working` is set only
 * while `work(…)` runs the backend call: while the user is still choosing a file in a dialog the
 * Share button must not claim to be "Working…".
 */
async function run(
  purpose: ShareFilePurpose,
  fn: (work: <T>(p: Promise<T>) => Promise<T>) => Promise<void>,
  onError: (err: unknown) => void,
): Promise<void> {
  if (shareStore.getSnapshot().busy) return;
  shareStore.set({ busy: purpose });
  const work = async <T,>(p: Promise<T>): Promise<T> => {
    shareStore.set({ working: purpose });
    try {
      return await p;
    } finally {
      shareStore.set({ working: null });
    }
  };
  try {
    await fn(work);
  } catch (err) {
    onError(err);
  } finally {
    shareStore.set({ busy: null, working: null });
  }
}

const toast = (err: unknown) => notify('error', errorMessage(err));

export function sendProjectCommand(): Promise<void> {
  return run('send', async (work) => {
    const path = await choosePath('send');
    if (!path) return;
    const r = await work(api['share.send']({ path }));
    notify('info', t('share.sent', { path: r.path, size: formatNumber(Math.max(1, Math.round(r.byteSize / 1024))) }));
  }, toast);
}

/** "Send for independent coding": the copy carries no highlights (issue 11). */
export function sendForIndependentCodingCommand(): Promise<void> {
  return run('send', async (work) => {
    const keepCoderIds = await askKeepCoders(await otherCoders());
    if (keepCoderIds === null) return;
    const path = await choosePath('send');
    if (!path) return;
    const r = await work(api['share.send']({ path, independent: true, keepCoderIds }));
    bumpRevision();
    notify('info', t('independent.sent', { path: r.path, size: formatNumber(Math.max(1, Math.round(r.byteSize / 1024))) }));
  }, toast);
}

export function openReceivedCommand(): Promise<void> {
  return run('openReceived', async (work) => {
    const path = await choosePath('openReceived');
    if (!path) return;
    const project = await work(api['share.openReceived']({ path }));
    projectStore.set({ project });
    await refreshRecent();
    notify('info', t('share.opened', { name: project.name }));
  }, (err) => refused('share.refusedTitle', err));
}

/** Merges the chosen file, shows the summary and reloads what the merge touched. */
export async function mergeFromPath(path: string): Promise<void> {
  const summary = await api['merge.run']({ path });
  shareStore.set((s) => ({ mergeSummary: summary, revision: s.revision + 1 }));
  void refreshDocuments();
}

export function mergeFromCommand(): Promise<void> {
  return run('merge', async (work) => {
    const path = await choosePath('merge');
    if (path) await work(mergeFromPath(path));
  }, (err) => refused('merge.refusedTitle', err));
}

export function exportQdpxCommand(): Promise<void> {
  return run('qdpxExport', async (work) => {
    const path = await choosePath('qdpxExport');
    if (!path) return;
    const r = await work(api['qdpx.export']({ path }));
    notify('info', t('share.qdpxExported', { path: r.path, sources: r.sources, codes: r.codes, codings: r.codings }));
  }, toast);
}

export function importQdpxCommand(): Promise<void> {
  return run('qdpxImport', async (work) => {
    const qdpxPath = await choosePath('qdpxImport');
    if (!qdpxPath) return;
    const projectPath = await choosePath('qdpxTarget', qdpxPath);
    if (!projectPath) return;
    const report = await work(api['qdpx.import']({ qdpxPath, projectPath }));
    shareStore.set({ qdpxReport: report });
    projectStore.set({ project: await api['project.current']() });
    await refreshRecent();
  }, (err) => refused('share.qdpxRefusedTitle', err));
}

export function closeMergeSummary(openConflicts: boolean): void {
  shareStore.set({ mergeSummary: null });
  if (openConflicts) showTeam('conflicts');
}

export function closeShareDialogs(): void {
  shareStore.set({ qdpxReport: null, refusal: null });
}

export function bumpRevision(): void {
  shareStore.set((s) => ({ revision: s.revision + 1 }));
}
