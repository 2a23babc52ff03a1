// import.*: a registry of running import jobs. import.start returns a job id at once and the
// work streams 'import.progress' events; each job has an AbortController for import.cancel,
// and closing/switching projects cancels and awaits every job first, so no job writes into a
// connection that is being closed.
import crypto from 'node:crypto';
import type { Handlers } from '../../../shared/contract';
import type { ImportProgress, ImportSource } from '../../../shared/domain/import';
import { GlossaError, toErrorData } from '../../../shared/errors';
import type { BackendContext } from '../backend-context';
import { importPdfs } from '../documents/import-pdfs';
import { asObject, badInput, str } from './input-checks';

interface Job {
  controller: AbortController;
  done: Promise<void>;
}

export interface ImportJobs {
  handlers: Pick<Handlers, 'import.start' | 'import.cancel'>;
  /** Aborts every running job and waits until each has stopped. */
  cancelAll(): Promise<void>;
  /** Number of jobs still running (tests, shutdown). */
  running(): number;
}

/** 10,000 files in one drop is far beyond any real use and bounds the job's memory. */
const MAX_SOURCES = 10_000;

function parseSources(input: unknown): ImportSource[] {
  const obj = asObject(input);
  if (!Array.isArray(obj.sources) || obj.sources.length === 0) throw badInput('"sources" must be a non-empty list');
  if (obj.sources.length > MAX_SOURCES) throw badInput(`at most ${MAX_SOURCES} files per import`);
  return obj.sources.map((raw, i) => {
    const s = asObject(raw, `sources[${i}]`);
    if (s.kind === 'path') return { kind: 'path', path: str(s, 'path') };
    if (s.kind === 'bytes') {
      if (!(s.bytes instanceof Uint8Array)) throw badInput(`sources[${i}].bytes must be bytes`);
      return { kind: 'bytes', name: str(s, 'name', { max: 1024 }), bytes: s.bytes };
    }
    throw badInput(`sources[${i}].kind must be "path" or "bytes"`);
  });
}

export function createImportJobs(ctx: BackendContext): ImportJobs {
  const jobs = new Map<string, Job>();

  const start = (input: { sources: ImportSource[] }) => {
    const sources = parseSources(input);
    const handle = ctx.requireProject();
    const jobId = crypto.randomUUID();
    const controller = new AbortController();
    let last: ImportProgress | null = null;
    const report = (progress: ImportProgress) => {
      last = progress;
      ctx.emit('import.progress', progress);
    };
    const done = (async () => {
      try {
        const files = await importPdfs(handle, sources, { jobId, signal: controller.signal, onProgress: report });
        if (!last || !(last as ImportProgress).finished) report({ jobId, files, overall: 1, finished: true });
      } catch (err) {
        // importPdfs reports per-file failures itself; reaching here means the whole job broke.
        const e = toErrorData(err);
        const files = (last as ImportProgress | null)?.files ?? [];
        report({
          jobId,
          overall: 1,
          finished: true,
          files: files.map((f) =>
            f.state === 'done' || f.state === 'duplicate' || f.state === 'failed'
              ? f
              : { ...f, state: controller.signal.aborted ? 'cancelled' : 'failed', errorCode: e.code, message: e.message },
          ),
        });
      } finally {
        jobs.delete(jobId);
      }
    })();
    jobs.set(jobId, { controller, done });
    return { jobId };
  };

  const cancel = (input: { jobId: string }) => {
    const jobId = str(asObject(input), 'jobId', { max: 100 });
    const job = jobs.get(jobId);
    // Cancelling a job that already finished is not an error: the user clicked as it ended.
    if (!job) return;
    job.controller.abort(new GlossaError('import.cancelled', 'Import cancelled'));
  };

  return {
    handlers: { 'import.start': start, 'import.cancel': cancel },
    async cancelAll() {
      const running = [...jobs.values()];
      for (const job of running) job.controller.abort(new GlossaError('import.cancelled', 'Import cancelled'));
      await Promise.all(running.map((j) => j.done));
    },
    running: () => jobs.size,
  };
}
