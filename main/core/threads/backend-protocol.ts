// Messages between a host (Electron's main process, the web host) and the backend running in
// its own worker thread (backend-thread.ts). Calls and results are plain data; host services
// that only the host can give (native dialogs, the "open this link?" confirmation) are
// called back through 'host' requests. ErrorData keeps GlossaError codes across the thread.
import type { Channel, EventName } from '../../../shared/contract';
import type { ErrorData } from '../../../shared/errors';

export const DIALOG_METHODS = ['newProject', 'openProject', 'saveProjectAs', 'importPdfs', 'saveExport', 'shareFile'] as const;
export type DialogMethod = (typeof DIALOG_METHODS)[number];

export interface BackendThreadData {
  userDataDir: string;
  host: 'electron' | 'web';
  systemLocale?: string;
  /** better-sqlite3 binding (Electron's ABI) and where bundled workers live (app.asar.unpacked). */
  nativeBinding?: string;
  bundledWorkerDir?: string;
  extractWorkerPath?: string;
  /** Which host services exist: their calls come back to the host. */
  dialogs: DialogMethod[];
  openExternal: boolean;
}

export type ToBackendThread =
  | { type: 'invoke'; id: number; channel: Channel; input: unknown }
  | { type: 'hostResult'; id: number; ok?: unknown; error?: ErrorData }
  | { type: 'dispose' };

export type FromBackendThread =
  | { type: 'ready' }
  | { type: 'result'; id: number; ok?: unknown; error?: ErrorData }
  | { type: 'event'; event: EventName; payload: unknown }
  | { type: 'host'; id: number; method: `dialogs.${DialogMethod}` | 'openExternal'; args: unknown[] }
  | { type: 'disposed' };
