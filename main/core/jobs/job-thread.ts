// Worker-thread entry of the job threads (bundled as dist/main/job-thread.js). Runs one job of
// main/core/jobs/job-registry.ts per 'run' message and answers 'done' or 'failed' with the
// error as plain data (code, message, params), so the backend rethrows the same GlossaError
// the job threw in-process. Several jobs may run at once in one thread: each awaits I/O.
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorData } from '../../../shared/errors';
import { setNativeBinding } from '../../db/connection';
import { setExtractWorkerPath } from '../../pdf/worker-entry';
import { type FromJobThread, JOBS, type ToJobThread } from './job-registry';

const port = parentPort;
if (!port) throw new Error('job-thread.ts runs only as a worker thread');

const data = (workerData ?? {}) as { nativeBinding?: string; extractWorkerPath?: string | null };
if (data.nativeBinding) setNativeBinding(data.nativeBinding);
// The packaged app's PDF worker lives in app.asar.unpacked; re-anchoring and REFI-QDA import start pools here.
if (data.extractWorkerPath) setExtractWorkerPath(data.extractWorkerPath);

const running = new Map<number, AbortController>();
const send = (msg: FromJobThread, transfer: ArrayBuffer[] = []) => port.postMessage(msg, transfer);

port.on('message', (msg: ToJobThread) => {
  if (msg.type === 'cancel') {
    running.get(msg.id)?.abort();
    return;
  }
  const controller = new AbortController();
  running.set(msg.id, controller);
  const job = JOBS[msg.name] as (args: unknown, ctx: { signal: AbortSignal; onProgress(f: number): void }) => Promise<unknown>;
  void (async () => {
    try {
      const ok = await job(msg.args, { signal: controller.signal, onProgress: (fraction) => send({ type: 'progress', id: msg.id, fraction }) });
      send({ type: 'done', id: msg.id, ok });
    } catch (err) {
      send({ type: 'failed', id: msg.id, error: toErrorData(err) });
    } finally {
      running.delete(msg.id);
    }
  })();
});
