// The host's side of the backend thread: `startBackendThread` starts the backend in a worker
// thread (backend-thread.ts) and returns a BackendClient with the same invoke / on / dispose
// as the in-process backend, so Electron's IPC and the HTTP bridge serve either one. The
// host's thread keeps only the transport and the native services it lends (dialogs, the link
// confirmation), which the backend calls back. If the thread dies (a native crash, memory),
// pending calls fail with a clear message and the next call starts a fresh backend — the
// project file is durable (synchronous=FULL), so nothing acknowledged is lost.
import { Worker } from 'node:worker_threads';
import type { Channel, EventEmitterFn, EventName, Events, Input, Output } from '../../../shared/contract';
import { GlossaError, toErrorData } from '../../../shared/errors';
import { currentNativeBinding } from '../../db/connection';
import type { BackendOptions } from '../backend';
import { DIALOG_METHODS, type BackendThreadData, type FromBackendThread, type ToBackendThread } from './backend-protocol';
import { threadExecArgv } from '../../pdf/worker-entry';
import { resolveWorkerScript } from './worker-script';

export const BUNDLED_BACKEND_THREAD = 'backend-thread.js';

/** What a host needs of a backend, in-process or in a thread. */
export interface BackendClient {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  on(listener: EventEmitterFn): () => void;
  dispose(): Promise<void>;
}

export interface BackendThreadOptions extends BackendOptions {
  /** Where the bundled workers are (the packaged app: app.asar.unpacked/dist/main). */
  bundledWorkerDir?: string;
  extractWorkerPath?: string;
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
}

export async function startBackendThread(opts: BackendThreadOptions): Promise<BackendClient> {
  const listeners = new Set<EventEmitterFn>();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let disposed = false;

  const data: BackendThreadData = {
    userDataDir: opts.userDataDir,
    host: opts.host,
    systemLocale: opts.systemLocale,
    nativeBinding: currentNativeBinding(),
    bundledWorkerDir: opts.bundledWorkerDir,
    extractWorkerPath: opts.extractWorkerPath,
    dialogs: opts.dialogs ? DIALOG_METHODS.filter((m) => typeof opts.dialogs?.[m] === 'function') : [],
    openExternal: !!opts.openExternal,
  };

  const answerHost = async (worker: Worker, msg: Extract<FromBackendThread, { type: 'host' }>) => {
    const reply = (m: ToBackendThread) => worker.postMessage(m);
    try {
      let ok: unknown;
      if (msg.method === 'openExternal') ok = await opts.openExternal?.(String(msg.args[0]));
      else {
        const method = msg.method.slice('dialogs.'.length) as (typeof DIALOG_METHODS)[number];
        const fn = opts.dialogs?.[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
        ok = fn ? await fn.apply(opts.dialogs, msg.args) : [];
      }
      reply({ type: 'hostResult', id: msg.id, ok });
    } catch (err) {
      reply({ type: 'hostResult', id: msg.id, error: toErrorData(err) });
    }
  };

  let worker: Worker;
  let ready: Promise<void>;
  let disposedSignal: (() => void) | null = null;
  let openPath: string | null = null;

  const call = (channel: Channel, input: unknown): Promise<unknown> => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ type: 'invoke', id, channel, input } satisfies ToBackendThread);
    });
  };

  let started = false;
  const start = () => {
    started = false;
    const script = resolveWorkerScript(__dirname, BUNDLED_BACKEND_THREAD, 'backend-thread.ts');
    const w = new Worker(script.file, { eval: script.eval, execArgv: threadExecArgv(), workerData: data });
    worker = w;
    ready = new Promise<void>((resolve, reject) => {
      w.once('error', reject);
      w.on('message', (msg: FromBackendThread) => {
        switch (msg.type) {
          case 'ready':
            started = true;
            return resolve();
          case 'result': {
            const p = pending.get(msg.id);
            pending.delete(msg.id);
            if (msg.error) p?.reject(new GlossaError(msg.error.code, msg.error.message, msg.error.params));
            else p?.resolve(msg.ok);
            return;
          }
          case 'event':
            if (msg.event === 'project.changed') openPath = (msg.payload as { path?: string } | null)?.path ?? null;
            for (const l of [...listeners]) {
              try {
                l(msg.event as EventName, msg.payload as Events[EventName]);
              } catch (err) {
                console.error(`[glossa] event listener failed for ${msg.event}:`, err);
              }
            }
            return;
          case 'host':
            void answerHost(w, msg);
            return;
          case 'disposed':
            disposedSignal?.();
        }
      });
    });
    w.on('exit', (code) => {
      const err = new GlossaError('internal', `The Glossa backend stopped unexpectedly (exit ${code}); your saved work is safe. Try again.`);
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      if (disposed || worker !== w || !started) return; // a thread that never started is not retried
      // The next call gets a fresh backend, with the project that was open opened again.
      const reopen = openPath;
      start();
      if (reopen) void ready.then(() => call('project.open', { path: reopen })).catch((e) => console.error('[glossa] reopening after a backend restart failed:', e));
    });
  };
  start();
  await ready!;

  return {
    async invoke(channel, input) {
      if (disposed) throw new GlossaError('internal', 'Glossa is closing.');
      await ready;
      return (await call(channel, input)) as Output<typeof channel>;
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      await new Promise<void>((resolve) => {
        disposedSignal = resolve;
        worker.once('exit', () => resolve());
        worker.postMessage({ type: 'dispose' } satisfies ToBackendThread);
      });
      listeners.clear();
    },
  };
}
