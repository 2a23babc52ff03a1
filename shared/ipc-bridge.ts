// The shape of `window.glossa`, which Electron's preload exposes and renderer/api.ts consumes:
// one function per channel returning { ok } or { error } (errors thrown across contextBridge
// lose their fields, so they travel as data), plus `on` for events. Names of the IPC channels.
import type { Channel, EventName, Events, Input, Output } from './contract';
import type { ErrorData } from './errors';

export type IpcResult<T> = { ok: T } | { error: ErrorData };

export type GlossaBridge = { [C in Channel]: (input: Input<C>) => Promise<IpcResult<Output<C>>> } & {
  on<E extends EventName>(event: E, cb: (payload: Events[E]) => void): () => void;
  /** The path on disk of a dropped or picked file (Electron's webUtils.getPathForFile; '' if none). */
  pathForFile(file: File): string;
};

/** What the preload exposes besides the channels. */
export const BRIDGE_EXTRAS = ['on', 'pathForFile'] as const;

/** ipcMain.handle channel for a contract channel: 'glossa:documents.list'. */
export const IPC_INVOKE_PREFIX = 'glossa:';
/** webContents.send channel carrying (eventName, payload). */
export const IPC_EVENT = 'glossa:event';
