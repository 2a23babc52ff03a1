// Documents of the open project plus the library's view state (sort, filter, selection, editor).
import { api } from '../../api';
import type { DocumentMeta, DocumentPatch } from '../../../shared/domain/document';
import type { OcrSummary } from '../../../shared/domain/ocr';
import { Store } from '../../state/store';
import { errorMessage, t } from '../../i18n/i18n';
import { markEvidenceStale } from '../evidence/evidence-store';
import { refreshProject } from '../project/project-store';
import { askConfirm, notify } from '../shell/dialogs-store';
import { undoRemoval } from './library-undo';
import { EMPTY_FILTER, type LibraryFilter, type SortState } from './library-table';
import { removalDetails } from './removal-text';

interface LibraryState {
  docs: DocumentMeta[];
  /** Documents with OCR'd pages, by id (the library flags them, and low-confidence pages). */
  ocr: ReadonlyMap<string, OcrSummary>;
  loading: boolean;
  sort: SortState;
  filter: LibraryFilter;
  selectedId: string | null;
  editingId: string | null;
}

export const libraryStore = new Store<LibraryState>({
  docs: [],
  ocr: new Map(),
  loading: false,
  sort: { key: 'importedAt', dir: 'desc' },
  filter: EMPTY_FILTER,
  selectedId: null,
  editingId: null,
});

let generation = 0;

/** Reloads the list; a later call wins over a slower earlier one (imports refresh it often). */
export async function refreshDocuments(): Promise<void> {
  const mine = ++generation;
  libraryStore.set({ loading: true });
  try {
    const [docs, ocr] = await Promise.all([api['documents.list']({}), api['ocr.summaries']()]);
    if (mine === generation) libraryStore.set({ docs, ocr: new Map(ocr.map((o) => [o.documentId, o])), loading: false });
  } catch (err) {
    if (mine === generation) libraryStore.set({ loading: false });
    notify('error', errorMessage(err));
  }
}

export function clearDocuments(): void {
  generation++;
  libraryStore.set({ docs: [], ocr: new Map(), selectedId: null, editingId: null, loading: false });
}

export async function updateDocument(id: string, patch: DocumentPatch): Promise<boolean> {
  try {
    const updated = await api['documents.update']({ id, patch });
    libraryStore.set((s) => ({ docs: s.docs.map((d) => (d.id === id ? updated : d)) }));
    markEvidenceStale();
    return true;
  } catch (err) {
    notify('error', errorMessage(err));
    return false;
  }
}

/**
 * Asks first, listing what goes with the document (highlights, codings, comments, memo, pages);
 * the backend writes a backup and removes it as one undoable action, offered back in a toast.
 */
export async function removeDocumentWithConfirm(doc: DocumentMeta): Promise<void> {
  let info;
  try {
    info = await api['documents.removeInfo']({ id: doc.id });
  } catch (err) {
    notify('error', errorMessage(err));
    return;
  }
  const title = doc.title || doc.fileName;
  const details = removalDetails(info, doc.pageCount, t);
  const ok = await askConfirm({
    title: t('library.remove.title'),
    message: t(info.annotations > 0 || info.memo ? 'library.remove.messageWith' : 'library.remove.messageEmpty', { title }),
    details,
    note: t('library.remove.note'),
    confirmLabel: t('library.remove.confirm'),
    danger: true,
  });
  if (!ok) return;
  try {
    await api['documents.remove']({ id: doc.id });
    notify('info', t('library.remove.done', { title }), { label: t('library.remove.undo'), testId: 'toast-undo', run: () => void undoRemoval() });
    libraryStore.set((s) => ({
      docs: s.docs.filter((d) => d.id !== doc.id),
      selectedId: s.selectedId === doc.id ? null : s.selectedId,
      editingId: s.editingId === doc.id ? null : s.editingId,
    }));
    void refreshProject(); // document and page counts in the top bar
  } catch (err) {
    notify('error', errorMessage(err));
  }
}
