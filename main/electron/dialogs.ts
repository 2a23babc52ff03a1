// Native file dialogs for the backend's DialogProvider and the confirmation before an
// external link leaves the app. Each dialog is modal to the main window when there is one.
import { dialog, shell, type BrowserWindow } from 'electron';
import type { DialogProvider } from '../core/backend';
import type { ShareFilePurpose } from '../../shared/domain/share';
import type { NativeStrings } from './native-strings';

const withExtension = (file: string) => (/\.glossa$/i.test(file) ? file : `${file}.glossa`);

export function electronDialogs(win: () => BrowserWindow | null, t: () => NativeStrings): DialogProvider {
  const projectFilter = () => [{ name: t().glossaProject, extensions: ['glossa'] }];
  const save = async (title: string) => {
    const w = win();
    const opts = { title, filters: projectFilter(), properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
    const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts);
    return r.canceled || !r.filePath ? [] : [withExtension(r.filePath)];
  };
  const open = async (title: string, filters: Electron.FileFilter[], multi: boolean) => {
    const w = win();
    const properties: Array<'openFile' | 'multiSelections'> = multi ? ['openFile', 'multiSelections'] : ['openFile'];
    const opts = { title, filters, properties };
    const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
    return r.canceled ? [] : r.filePaths;
  };
  // Sharing dialogs: [save?, file extension, title] per purpose.
  const shareKinds = (s: NativeStrings): Record<ShareFilePurpose, [boolean, string, string, string]> => ({
    send: [true, 'glossa', s.glossaProject, s.sendProjectTitle],
    openReceived: [false, 'glossa', s.glossaProject, s.openReceivedTitle],
    merge: [false, 'glossa', s.glossaProject, s.mergeFromTitle],
    qdpxExport: [true, 'qdpx', s.qdpxProject, s.qdpxExportTitle],
    qdpxImport: [false, 'qdpx', s.qdpxProject, s.qdpxImportTitle],
    qdpxTarget: [true, 'glossa', s.glossaProject, s.qdpxTargetTitle],
  });
  const shareFile = async (purpose: ShareFilePurpose): Promise<string[]> => {
    const [isSave, extension, typeName, title] = shareKinds(t())[purpose];
    const filters = [{ name: typeName, extensions: [extension] }];
    if (!isSave) return open(title, filters, false);
    const w = win();
    const opts = { title, filters, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
    const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts);
    if (r.canceled || !r.filePath) return [];
    return [r.filePath.toLowerCase().endsWith(`.${extension}`) ? r.filePath : `${r.filePath}.${extension}`];
  };
  return {
    shareFile,
    newProject: () => save(t().newProjectTitle),
    saveProjectAs: () => save(t().saveProjectAsTitle),
    openProject: () => open(t().openProjectTitle, projectFilter(), false),
    zoteroDataDir: async () => {
      const w = win();
      const opts = { title: t().zoteroDataDirTitle, properties: ['openDirectory' as const] };
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? [] : r.filePaths;
    },
    importPdfs: () => open(t().importPdfsTitle, [{ name: t().pdfDocuments, extensions: ['pdf'] }], true),
    saveExport: async ({ extension, defaultName }) => {
      const w = win();
      const opts = {
        title: t().exportEvidenceTitle,
        defaultPath: defaultName,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts);
      if (r.canceled || !r.filePath) return [];
      return [r.filePath.toLowerCase().endsWith(`.${extension}`) ? r.filePath : `${r.filePath}.${extension}`];
    },
  };
}

/** Shows the URL and opens it in the system browser only if the user confirms. */
export function confirmAndOpenExternal(win: () => BrowserWindow | null, t: () => NativeStrings) {
  return async (url: string): Promise<boolean> => {
    const s = t();
    const opts = {
      type: 'question' as const,
      message: s.openLinkQuestion,
      detail: url,
      buttons: [s.openLinkButton, s.cancel],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    };
    const w = win();
    const r = w ? await dialog.showMessageBox(w, opts) : await dialog.showMessageBox(opts);
    if (r.response !== 0) return false;
    await shell.openExternal(url);
    return true;
  };
}
