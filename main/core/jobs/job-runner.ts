// The backend's side of the job threads: `run(name, args)` posts a job of job-registry.ts to a
// worker thread and resolves with its result, so the backend's own thread keeps answering
// (a ping stays in the milliseconds while a merge or a PDF export runs). One thread per
// running job (jobs are seconds long, a thread starts in ~50-100 ms); an idle thread is kept
// for the next job and unref'd, so it never keeps a CLI or test process alive. A crashed
// thread (e.g. out of memory on a hostile file) fails only its job.
import { Worker } from 'node:worker_threads';
import { GlossaError, type ErrorCode } from '../../../shared/errors';
import { currentNativeBinding } from '../../db/connection';
import { extractWorkerPathOverride, threadExecArgv } from '../../pdf/worker-entry';
import { resolveWorkerScript } from '../threads/worker-script';
import type { FromJobThread, JobArgs, JobName, JobResult } from './job-registry';

export const BUNDLED_JOB_THREAD = 'job-thread.js';

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?(fraction: number): void;
  /**
   * Keep the thread this long once idle, and prefer it to another idle thread: the job readied
   * it for a job to come (export.prepare builds the citation engine the export will use).
   */
  keepIdleMs?: number;
}

export interface JobRunner {
  run<N extends JobName>(name: N, args: JobArgs<N>, opts?: RunOptions): Promise<JobResult<N>>;
  /** Starts an idle thread ahead of the first job (thread start + module load: ~0.2-0.5 s). */
  warm(): void;
  /** Jobs running now. */
  running(): number;
  /** Terminates every thread; running jobs fail with 'internal'. */
  close(): Promise<void>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
  onProgress?(fraction: number): void;
}

interface Thread {
  worker: Worker;
  jobs: Map<number, Pending>;
  /** Set by a job that readied this thread (RunOptions.keepIdleMs). */
  keepIdleMs?: number;
}

/** An idle thread is kept this long for the next job, then ended. */
const IDLE_MS = 30_000;
/** Heap cap per job thread: a hostile file exhausts that thread, not the app. */
const MAX_OLD_MB = 4096;

export function createJobRunner(): JobRunner {
  const threads = new Set<Thread>();
  let idle: { thread: Thread; timer: NodeJS.Timeout } | null = null;
  let nextId = 1;

  const failAll = (t: Thread, err: Error) => {
    threads.delete(t);
    if (idle?.thread === t) {
      clearTimeout(idle.timer);
      idle = null;
    }
    for (const p of t.jobs.values()) p.reject(err);
    t.jobs.clear();
  };

  const spawn = (): Thread => {
    const script = resolveWorkerScript(__dirname, BUNDLED_JOB_THREAD, 'job-thread.ts');
    const worker = new Worker(script.file, {
      eval: script.eval,
      execArgv: threadExecArgv(),
      workerData: { nativeBinding: currentNativeBinding(), extractWorkerPath: extractWorkerPathOverride() },
      resourceLimits: { maxOldGenerationSizeMb: MAX_OLD_MB },
    });
    const t: Thread = { worker, jobs: new Map() };
    worker.on('message', (msg: FromJobThread) => {
      const p = t.jobs.get(msg.id);
      if (!p) return;
      if (msg.type === 'progress') return p.onProgress?.(msg.fraction);
      t.jobs.delete(msg.id);
      if (msg.type === 'done') p.resolve(msg.ok);
      else p.reject(new GlossaError(msg.error.code as ErrorCode, msg.error.message, msg.error.params));
      if (t.jobs.size === 0) park(t);
    });
    worker.on('error', (err) => failAll(t, new GlossaError('internal', `A background task failed: ${err.message}`)));
    worker.on('exit', (code) => failAll(t, new GlossaError('internal', `A background task stopped unexpectedly (exit ${code}).`)));
    threads.add(t);
    return t;
  };

  const park = (t: Thread) => {
    if (idle) {
      // One idle thread is kept: a readied one rather than a plain one.
      if (!t.keepIdleMs || idle.thread.keepIdleMs) {
        void t.worker.terminate();
        return;
      }
      clearTimeout(idle.timer);
      void idle.thread.worker.terminate();
      idle = null;
    }
    t.worker.unref();
    idle = { thread: t, timer: setTimeout(() => void t.worker.terminate(), t.keepIdleMs ?? IDLE_MS).unref() };
  };

  const take = (): Thread => {
    if (idle) {
      const { thread, timer } = idle;
      clearTimeout(timer);
      idle = null;
      thread.worker.ref();
      return thread;
    }
    return spawn();
  };

  return {
    run(name, args, runOpts = {}) {
      runOpts.signal?.throwIfAborted();
      const t = take();
      // A thread taken by any job is readied for nothing more than that job.
      t.keepIdleMs = runOpts.keepIdleMs;
      const id = nextId++;
      return new Promise((resolve, reject) => {
        t.jobs.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: runOpts.onProgress });
        runOpts.signal?.addEventListener('abort', () => t.worker.postMessage({ type: 'cancel', id }), { once: true });
        t.worker.postMessage({ type: 'run', id, name, args });
      });
    },
    warm() {
      if (!idle) park(spawn());
    },
    running: () => [...threads].reduce((n, t) => n + t.jobs.size, 0),
    async close() {
      if (idle) clearTimeout(idle.timer);
      idle = null;
      await Promise.all([...threads].map((t) => t.worker.terminate()));
      threads.clear();
    },
  };
}
