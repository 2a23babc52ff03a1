// OCR started from the reader ("Recognise text (OCR)" for the page or the whole document):
// the running job per document as 'ocr.progress' events report it, Cancel, and a reload
// counter per document that the reader view watches, so a finished run reopens the document
// with the new text layer (the stored words) and the library refreshes its OCR flags.
import { api, onEvent } from '../../api';
import type { OcrProgress } from '../../../shared/domain/ocr';
import { errorMessage, t } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { refreshDocuments } from '../library/library-store';
import { notify } from '../shell/dialogs-store';

interface OcrState {
  /** Running (or just started) job per document id. */
  jobs: Record<string, { jobId: string | null; pagesDone: number; pageCount: number }>;
  /** Bumped when a run changed a document's pages: the reader reopens it. */
  reloads: Record<string, number>;
}

export const ocrStore = new Store<OcrState>({ jobs: {}, reloads: {} });

let subscribed = false;

function onProgress(p: OcrProgress): void {
  const s = ocrStore.getSnapshot();
  if (!p.finished) {
    ocrStore.set({ jobs: { ...s.jobs, [p.documentId]: { jobId: p.jobId, pagesDone: p.pagesDone, pageCount: p.pageCount } } });
    return;
  }
  const jobs = { ...s.jobs };
  delete jobs[p.documentId];
  const changed = (p.result?.recognised.length ?? 0) > 0;
  ocrStore.set({ jobs, reloads: changed ? { ...s.reloads, [p.documentId]: (s.reloads[p.documentId] ?? 0) + 1 } : s.reloads });
  if (p.errorCode) notify('error', errorMessage({ code: p.errorCode as never, message: p.message ?? '' }));
  else if (p.result?.cancelled) notify('info', t('ocr.cancelled'));
  else if (changed) notify('info', t('ocr.done', { count: p.result!.recognised.length }));
  else notify('info', t('ocr.nothingBetter'));
  if (changed) void refreshDocuments();
}

/** Starts OCR of some pages (0-based) of a document, or of every page without usable text. */
export async function startOcr(documentId: string, pageIndices?: number[]): Promise<void> {
  if (!subscribed) {
    subscribed = true;
    onEvent('ocr.progress', onProgress);
  }
  const s = ocrStore.getSnapshot();
  if (s.jobs[documentId]) return;
  ocrStore.set({ jobs: { ...s.jobs, [documentId]: { jobId: null, pagesDone: 0, pageCount: pageIndices?.length ?? 0 } } });
  try {
    const { jobId } = await api['ocr.start']({ documentId, pageIndices });
    const now = ocrStore.getSnapshot();
    if (now.jobs[documentId]) ocrStore.set({ jobs: { ...now.jobs, [documentId]: { ...now.jobs[documentId], jobId } } });
  } catch (err) {
    const jobs = { ...ocrStore.getSnapshot().jobs };
    delete jobs[documentId];
    ocrStore.set({ jobs });
    notify('error', errorMessage(err));
  }
}

export async function cancelOcr(documentId: string): Promise<void> {
  const jobId = ocrStore.getSnapshot().jobs[documentId]?.jobId;
  if (jobId) await api['ocr.cancel']({ jobId });
}
