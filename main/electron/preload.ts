// Preload of the sandboxed window: exposes `window.glossa` with ONE function per contract
// channel plus `on(event, cb)`. ipcRenderer itself never reaches the page. Sandboxed preloads
// may import only 'electron'; everything else here is bundled in by esbuild.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENTS, type EventName } from '../../shared/contract';
import { IPC_EVENT, IPC_INVOKE_PREFIX } from '../../shared/ipc-bridge';

const bridge: Record<string, unknown> = {};
for (const channel of CHANNELS) {
  bridge[channel] = (input: unknown) => ipcRenderer.invoke(IPC_INVOKE_PREFIX + channel, input);
}

const knownEvents = new Set<string>(EVENTS);
bridge.on = (event: EventName, cb: (payload: unknown) => void): (() => void) => {
  if (!knownEvents.has(event)) throw new Error(`Unknown event: ${String(event)}`);
  if (typeof cb !== 'function') throw new Error('on() needs a callback');
  const listener = (_e: IpcRendererEvent, name: string, payload: unknown) => {
    if (name === event) cb(payload);
  };
  ipcRenderer.on(IPC_EVENT, listener);
  return () => void ipcRenderer.removeListener(IPC_EVENT, listener);
};

// File.path was removed in Electron 32: a dropped file's path comes from webUtils only.
bridge.pathForFile = (file: File): string => webUtils.getPathForFile(file);

contextBridge.exposeInMainWorld('glossa', bridge);
