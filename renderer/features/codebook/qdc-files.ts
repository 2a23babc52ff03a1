// Codebook exchange as REFI-QDA .qdc files from the renderer: export downloads the XML the
// backend writes; import reads a file the user picked and hands its text to the backend,
// which validates and merges it as one undoable action.
import { api } from '../../api';
import { errorMessage, getLocale, t } from '../../i18n/i18n';
import { notify } from '../shell/dialogs-store';

/** A .qdc for the default codebook is ~40 kB; 20 MB is far beyond any real codebook. */
const MAX_QDC_BYTES = 20 * 1024 * 1024;

export async function exportCodebook(projectName: string): Promise<void> {
  try {
    const xml = await api['codebook.exportQdc']({ lang: getLocale() });
    const url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${projectName.replace(/[\\/:*?"<>|]+/g, '_') || 'codebook'}.qdc`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (err) {
    notify('error', errorMessage(err));
  }
}

export async function importCodebookFile(file: File): Promise<void> {
  if (file.size > MAX_QDC_BYTES) {
    notify('error', t('codebook.importTooLarge'));
    return;
  }
  try {
    const r = await api['codebook.importQdc']({ xml: await file.text() });
    notify('info', t('codebook.imported', { created: r.created, updated: r.updated }));
  } catch (err) {
    notify('error', errorMessage(err));
  }
}
