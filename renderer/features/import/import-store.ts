// Import jobs as the backend reports them ('import.progress' events), plus starting and
// cancelling jobs. The library refreshes as soon as any file of a job reaches 'done'; a file
// whose PDF holds annotations (Zotero, Acrobat, Okular highlights) gets a toast offering them.
import { api, onEvent } from '../../api';
import type { ImportProgress, ImportSource } from '../../../shared/domain/import';
import { Store } from '../../state/store';
import { errorMessage, t } from '../../i18n/i18n';
import { openAnnotationSources } from '../annotation-sources/annotation-sources-store';
import { notify } from '../shell/dialogs-store';
import { countDone } from './import-summary';

interface ImportState {
  /** Jobs in start order; finished jobs stay listed until the panel is closed. */
  jobs: ImportProgress[];
  panelOpen: boolean;
  starting: boolean;
}

export const importStore = new Store<ImportState>({ jobs: [], panelOpen: false, starting: false });

/** Replaces or appends one job's progress (events carry the full state of the job). */
export function applyProgress(jobs: ImportProgress[], p: ImportProgress): ImportProgress[] {
  const i = jobs.findIndex((j) => j.jobId === p.jobId);
  if (i < 0) return [...jobs, p];
  const next = jobs.slice();
  next[i] = p;
  return next;
}

export function subscribeImportEvents(onDocumentsAdded: () => void): () => void {
  return onEvent('import.progress', (p) => {
    const before = importStore.getSnapshot().jobs.find((j) => j.jobId === p.jobId);
    importStore.set((s) => ({ jobs: applyProgress(s.jobs, p), panelOpen: true }));
    if (countDone(p) > (before ? countDone(before) : 0)) onDocumentsAdded();
    p.files.forEach((f, i) => {
      const was = before?.files[i];
      if (f.state === 'done' && was?.state !== 'done' && f.documentId && f.embeddedAnnotations) offerAnnotations(f.documentId, f.name, f.embeddedAnnotations);
    });
  });
}

function offerAnnotations(documentId: string, name: string, count: number): void {
  notify('info', t('annotationSources.foundOnImport', { name, count }), {
    label: t('annotationSources.importNow'),
    testId: 'import-annotations-offer',
    run: () => {
      void api['documents.get']({ id: documentId }).then(openAnnotationSources, (err) => notify('error', errorMessage(err)));
    },
  });
}

export async function startImport(sources: ImportSource[]): Promise<void> {
  if (sources.length === 0) return;
  importStore.set({ starting: true, panelOpen: true });
  try {
    const { jobId } = await api['import.start']({ sources });
    // Show the files at once as queued; events replace this with the real state.
    if (!importStore.getSnapshot().jobs.some((j) => j.jobId === jobId)) {
      const queued: ImportProgress = {
        jobId,
        overall: 0,
        finished: false,
        files: sources.map((s) => ({
          name: s.kind === 'bytes' ? s.name : s.path.split(/[\\/]/).pop() ?? s.path,
          state: 'queued', pagesDone: 0, pageCount: 0,
        })),
      };
      importStore.set((s) => ({ jobs: applyProgress(s.jobs, queued) }));
    }
  } catch (err) {
    notify('error', errorMessage(err));
  } finally {
    importStore.set({ starting: false });
  }
}

export async function cancelImport(jobId: string): Promise<void> {
  try {
    await api['import.cancel']({ jobId });
  } catch (err) {
    notify('error', errorMessage(err));
  }
}

/** Closing the panel forgets finished jobs; running ones keep going and reopen it on the next event. */
export function closeImportPanel(): void {
  importStore.set((s) => ({ panelOpen: false, jobs: s.jobs.filter((j) => !j.finished) }));
}
