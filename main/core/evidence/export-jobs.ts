// export.*: a registry of running export jobs, like the import jobs (main/core/app/import-jobs.ts).
// export.start counts the matching codings, returns a job id, and the writer runs in a job
// thread on its own connection, reading the rows as it writes them (evidence-source.ts; JSON-LD
// still gets the bundle, built here synchronously), streaming 'export.progress' events; closing
// the project cancels running jobs first (project-handlers.ts). export.cancel
// aborts it. export.prepare (the dialog opened) readies a job thread meanwhile — the citation
// engine built, the project's cited documents registered — and export.start waits for a
// preparation still running, so the export takes that thread. A job with a path writes the
// file through a temporary sibling renamed at the end, so a cancelled or failed export never
// leaves half a file where the user asked for one. A job without a path (the web host) keeps
// its bytes until export.result fetches them once.
// A Pandoc Markdown export also writes its bibliography beside the report, same base name
// ("report.md" + "report.json"), the bibliography first: the report never names a file that
// is not there. Both paths (or download names) come in the finishing event.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportJobProgress, ExportStartInput } from '../../../shared/domain/evidence';
import { GlossaError, toErrorData } from '../../../shared/errors';
import type { BackendContext } from '../backend-context';
import { companionFileName, EXPORT_FILE_TYPES, hasCompanion } from '../export/export-evidence';
import { projectTitle } from '../project/project-file';
import { countEvidence } from '../../db/repositories/evidence';
import { buildEvidenceBundle } from './evidence-bundle';

interface Job {
  controller: AbortController;
  done: Promise<void>;
}

interface Finished {
  bytes: Uint8Array | null;
  companion: Uint8Array | null;
  at: number;
}

/** A finished web export waits 10 minutes for its download, then its bytes are dropped. */
const RESULT_TTL_MS = 10 * 60_000;
/** At most 4 undownloaded results are kept: each can be tens of MB for a whole-project PDF. */
const MAX_RESULTS = 4;
/** A thread readied by export.prepare waits this long for the export (the dialog may stay open). */
const PREPARED_IDLE_MS = 10 * 60_000;
/** Progress events at most every 1% (a 10,000-row export reports ~20 batches anyway). */
const PROGRESS_STEP = 0.01;

export interface ExportJobs {
  start(input: ExportStartInput): { jobId: string };
  /** Readies an export thread for these options (export.prepare); never fails the caller. */
  prepare(options: NonNullable<ExportStartInput['options']>): void;
  cancel(jobId: string): void;
  /** The report's bytes, or with part 'companion' its bibliography's; each can be taken once. */
  result(jobId: string, part?: 'report' | 'companion'): Uint8Array;
  /** Aborts every running job and waits until each has stopped. */
  cancelAll(): Promise<void>;
  running(): number;
}

export function exportFileName(format: ExportStartInput['format'], now = new Date()): string {
  return `glossa-evidence-${now.toISOString().slice(0, 10)}.${EXPORT_FILE_TYPES[format].extension}`;
}

async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomUUID().slice(0, 8)}.part`);
  try {
    await fs.promises.writeFile(temp, bytes);
    await fs.promises.rename(temp, target);
  } catch (err) {
    await fs.promises.rm(temp, { force: true });
    const e = err as NodeJS.ErrnoException;
    throw new GlossaError('export.writeFailed', `The export could not be written to ${target} (${e.code ?? e.message}).`, { path: target });
  }
}

export function createExportJobs(ctx: BackendContext): ExportJobs {
  const jobs = new Map<string, Job>();
  const results = new Map<string, Finished>();
  /** The preparation still running (export.prepare): an export waits for it, then takes its thread. */
  let preparing: Promise<unknown> | null = null;

  const prune = () => {
    const now = Date.now();
    for (const [id, r] of results) if (now - r.at > RESULT_TTL_MS) results.delete(id);
    while (results.size > MAX_RESULTS) results.delete(results.keys().next().value as string);
  };

  return {
    prepare(options) {
      const handle = ctx.requireProject();
      const project = { path: handle.path, name: projectTitle(handle) };
      const before = preparing ?? Promise.resolve();
      const run: Promise<unknown> = before
        .then(() => ctx.jobs.run('exportPrepare', { options, project }, { keepIdleMs: PREPARED_IDLE_MS }))
        .catch(() => undefined) // a preparation that fails costs only the head start
        .finally(() => {
          if (preparing === run) preparing = null;
        });
      preparing = run;
    },
    start(input) {
      const handle = ctx.requireProject();
      const now = new Date();
      const fileName = exportFileName(input.format);
      const companion = hasCompanion({ format: input.format, ...input.options });
      const companionName = companion ? companionFileName(input.path ? path.basename(input.path) : fileName, input.options ?? {}) : undefined;
      const companionPath = companionName && input.path ? path.join(path.dirname(input.path), companionName) : undefined;
      const options = { ...input.options, format: input.format, ...(companionName ? { bibliographyFile: companionName } : {}) };
      const bundle =
        input.format === 'jsonld'
          ? buildEvidenceBundle(handle.db, projectTitle(handle), input.filter, now, { language: options.language, fullCodebook: options.fullCodebook, format: input.format, memoScope: options.memoScope })
          : null;
      const jobId = crypto.randomUUID();
      const controller = new AbortController();
      const rowCount = bundle ? bundle.rows.length : countEvidence(handle.db, input.filter ?? {}, 'code');
      const base = { jobId, format: input.format, fileName, rowCount };
      const emit = (p: Omit<ExportJobProgress, keyof typeof base>) => ctx.emit('export.progress', { ...base, ...p });
      let last = -1;
      const done = (async () => {
        // Let export.start answer before the first event, so the caller knows the job id.
        await new Promise<void>((resolve) => setImmediate(resolve));
        // A preparation still building this export's citation engine: its thread is the one to take.
        await preparing;
        try {
          // The writers run in a job thread: packing a 10,000-coding PDF or DOCX is seconds of
          // synchronous work that would otherwise stop the backend answering.
          const run = {
            signal: controller.signal,
            onProgress(fraction: number) {
              if (fraction < 1 && fraction - last < PROGRESS_STEP) return;
              last = fraction;
              emit({ fraction: Math.min(fraction, 0.99), finished: false });
            },
          };
          const files = bundle
            ? await ctx.jobs.run('exportEvidence', { bundle, options }, run)
            : await ctx.jobs.run('exportEvidence', { project: { path: handle.path, name: projectTitle(handle), filter: input.filter, now: now.toISOString() }, options }, run);
          controller.signal.throwIfAborted();
          const { bytes } = files;
          if (input.path) {
            if (files.companion && companionPath) await writeAtomically(companionPath, files.companion.bytes);
            await writeAtomically(input.path, bytes);
          } else {
            results.set(jobId, { bytes, companion: files.companion?.bytes ?? null, at: Date.now() });
            prune();
          }
          const extra = files.companion ? { companionPath: companionPath ?? null, companionFileName: files.companion.fileName } : {};
          emit({ fraction: 1, finished: true, path: input.path ?? null, byteSize: bytes.byteLength, ...extra });
        } catch (err) {
          const cancelled = controller.signal.aborted;
          const e = cancelled ? { code: 'export.cancelled', message: 'The export was cancelled.' } : toErrorData(err);
          emit({ fraction: 1, finished: true, error: { code: e.code, message: e.message } });
        } finally {
          jobs.delete(jobId);
        }
      })();
      jobs.set(jobId, { controller, done });
      return { jobId };
    },
    cancel(jobId) {
      // Cancelling a job that already finished is not an error: the click raced the end.
      jobs.get(jobId)?.controller.abort(new GlossaError('export.cancelled', 'The export was cancelled.'));
    },
    result(jobId, part = 'report') {
      prune();
      const r = results.get(jobId);
      const bytes = part === 'companion' ? r?.companion : r?.bytes;
      if (!r || !bytes) {
        const message = jobs.has(jobId) ? 'The export is still running.' : 'This export is no longer available; export again.';
        throw new GlossaError('export.notReady', message, { jobId });
      }
      if (part === 'companion') r.companion = null;
      else r.bytes = null;
      if (!r.bytes && !r.companion) results.delete(jobId);
      return bytes;
    },
    async cancelAll() {
      const running = [...jobs.values()];
      for (const job of running) job.controller.abort(new GlossaError('export.cancelled', 'The export was cancelled.'));
      await Promise.all(running.map((j) => j.done));
    },
    running: () => jobs.size,
  };
}
