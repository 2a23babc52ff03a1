// The Import command: Electron shows its native dialog and sends paths; the web host has no
// dialogs, so a hidden <input type=file multiple> (rendered by <FilePicker/>) is clicked instead.
import { api } from '../../api';
import { errorMessage } from '../../i18n/i18n';
import { projectStore } from '../project/project-store';
import { notify } from '../shell/dialogs-store';
import { startImport } from './import-store';

let picker: HTMLInputElement | null = null;

export function registerFilePicker(el: HTMLInputElement | null): void {
  picker = el;
}

export async function importCommand(): Promise<void> {
  if (!projectStore.getSnapshot().project) return;
  try {
    const result = await api['dialog.importPdfs']();
    if (result.supported) {
      await startImport(result.paths.map((path) => ({ kind: 'path', path })));
      return;
    }
  } catch (err) {
    notify('error', errorMessage(err));
    return;
  }
  picker?.click();
}
