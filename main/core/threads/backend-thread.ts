// Worker-thread entry of the backend (bundled as dist/main/backend-thread.js): the whole
// Electron-free backend (store, import, search, coding, sharing) runs here, so the host's
// own thread — Electron's main process, which drives the window, or the web host's HTTP
// loop — never waits for SQLite or pdf.js. See backend-client.ts for the host's side.
import { parentPort, workerData } from 'node:worker_threads';
import { GlossaError, toErrorData } from '../../../shared/errors';
import { setExtractWorkerPath } from '../../pdf/worker-entry';
import { setNativeBinding } from '../../db/connection';
import { createBackend, type DialogProvider } from '../backend';
import type { BackendThreadData, FromBackendThread, ToBackendThread } from './backend-protocol';
import { setBundledWorkerDir } from './worker-script';

const port = parentPort;
if (!port) throw new Error('backend-thread.ts runs only as a worker thread');
const data = workerData as BackendThreadData;
if (data.nativeBinding) setNativeBinding(data.nativeBinding);
if (data.bundledWorkerDir) setBundledWorkerDir(data.bundledWorkerDir);
if (data.extractWorkerPath) setExtractWorkerPath(data.extractWorkerPath);

const send = (msg: FromBackendThread) => port.postMessage(msg);

let nextHostId = 1;
const hostCalls = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void }>();
function callHost(method: Extract<FromBackendThread, { type: 'host' }>['method'], args: unknown[]): Promise<never> {
  const id = nextHostId++;
  return new Promise((resolve, reject) => {
    hostCalls.set(id, { resolve: resolve as (v: unknown) => void, reject });
    send({ type: 'host', id, method, args });
  });
}

const dialogs = data.dialogs.length
  ? (Object.fromEntries(data.dialogs.map((m) => [m, (...args: unknown[]) => callHost(`dialogs.${m}`, args)])) as unknown as DialogProvider)
  : undefined;

const backend = createBackend({
  userDataDir: data.userDataDir,
  host: data.host,
  systemLocale: data.systemLocale,
  dialogs,
  openExternal: data.openExternal ? (url) => callHost('openExternal', [url]) : undefined,
});
backend.on((event, payload) => send({ type: 'event', event, payload }));

port.on('message', (msg: ToBackendThread) => {
  switch (msg.type) {
    case 'invoke':
      backend.invoke(msg.channel, msg.input as never).then(
        (ok) => send({ type: 'result', id: msg.id, ok }),
        (err) => {
          const error = toErrorData(err);
          if (error.code === 'internal') console.error(`[glossa] ${msg.channel} failed:`, err);
          send({ type: 'result', id: msg.id, error });
        },
      );
      return;
    case 'hostResult': {
      const call = hostCalls.get(msg.id);
      hostCalls.delete(msg.id);
      if (msg.error) call?.reject(new GlossaError(msg.error.code, msg.error.message, msg.error.params));
      else call?.resolve(msg.ok);
      return;
    }
    case 'dispose':
      void backend.dispose().finally(() => {
        send({ type: 'disposed' });
        port.close();
      });
  }
});
send({ type: 'ready' });
