// What the hosting process (Electron main, web host, tests) lends the backend beyond the
// BackendContext: the settings file, native dialogs and the external-link opener. Kept
// separate so domain handler factories that only need the project take just the context.
import type { ShareFilePurpose } from '../../../shared/domain/share';
import type { SettingsStore } from '../settings/settings-store';

/** Native file dialogs; each returns the chosen absolute paths, [] when cancelled. */
export interface DialogProvider {
  newProject(): Promise<string[]>;
  openProject(): Promise<string[]>;
  saveProjectAs(): Promise<string[]>;
  importPdfs(): Promise<string[]>;
  /** Where to save an evidence export of the given format (file extension). */
  saveExport?(format: { extension: string; defaultName: string }): Promise<string[]>;
  /** The save / open dialog of a sharing command (send, merge, .qdpx, agreement CSV). */
  shareFile?(purpose: ShareFilePurpose): Promise<string[]>;
  /** A folder: the Zotero data directory. */
  zoteroDataDir?(): Promise<string[]>;
}

export interface HostServices {
  settings: SettingsStore;
  dialogs?: DialogProvider;
  /** Asks the user, then opens the URL in the system browser; resolves whether it was opened. */
  openExternal?: (url: string) => Promise<boolean>;
  /** OS locale as the host knows it (Electron: app.getLocale()). */
  systemLocale?: string;
}
