// ocr.*: the stored OCR of a document's pages (the reader builds its text layer on scans from
// them; the library flags low-confidence pages) and OCR on demand: ocr.start returns a job id
// at once, the job runs in a job thread (render + recognise in worker threads, then one
// write and a re-anchoring), streaming 'ocr.progress' events; ocr.cancel keeps the pages
// read so far. Closing the project cancels and awaits every job.
import crypto from 'node:crypto';
import type { Handlers } from '../../../shared/contract';
import type { Coder } from '../../../shared/domain/code';
import type { OcrProgress } from '../../../shared/domain/ocr';
import { GlossaError, toErrorData } from '../../../shared/errors';
import { getDocument, getPageTexts } from '../../db/repositories/documents';
import { pageNeedsOcr } from '../../../shared/pdf/ocr-text';
import { listPageOcr, ocrSummaries } from '../../db/repositories/page-ocr';
import type { BackendContext } from '../backend-context';
import { asObject, badInput, str } from './input-checks';

/** Progress events at most every 2% (a page is ~1 s, so this is per page for short runs). */
const PROGRESS_STEP = 0.02;
const MAX_PAGES = 100_000;

interface Job {
  controller: AbortController;
  done: Promise<void>;
}

export interface OcrJobs {
  handlers: Pick<Handlers, 'ocr.pages' | 'ocr.summaries' | 'ocr.start' | 'ocr.cancel'>;
  cancelAll(): Promise<void>;
  running(): number;
}

function parsePages(raw: unknown): number[] | null {
  if (raw === undefined || raw === null) return null;
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_PAGES || !raw.every((n) => Number.isInteger(n) && n >= 0)) {
    throw badInput('"pageIndices" must be a non-empty list of page indices');
  }
  return raw as number[];
}

export function createOcrJobs(ctx: BackendContext, coder: () => Coder): OcrJobs {
  const jobs = new Map<string, Job>();
  const db = () => ctx.requireProject().db;

  const start = (input: { documentId: string; pageIndices?: number[] }) => {
    const o = asObject(input);
    const documentId = str(o, 'documentId', { max: 100 });
    const pageIndices = parsePages(o.pageIndices);
    const doc = getDocument(db(), documentId);
    if (pageIndices?.some((i) => i >= doc.pageCount)) throw badInput(`This document has ${doc.pageCount} pages.`);
    const jobId = crypto.randomUUID();
    const controller = new AbortController();
    // The whole document: the pages without usable text are the ones the job will read.
    const total = pageIndices?.length ?? getPageTexts(db(), documentId, 0, doc.pageCount).filter(pageNeedsOcr).length;
    const emit = (p: Omit<OcrProgress, 'jobId' | 'documentId' | 'pageCount'>) => ctx.emit('ocr.progress', { jobId, documentId, pageCount: total, ...p });
    let last = -1;
    const done = (async () => {
      await new Promise<void>((resolve) => setImmediate(resolve)); // ocr.start answers first
      try {
        const result = await ctx.jobs.run('ocrDocument', { projectPath: ctx.requireProject().path, documentId, pageIndices, coder: coder() }, {
          signal: controller.signal,
          onProgress(fraction) {
            if (fraction < 1 && fraction - last < PROGRESS_STEP) return;
            last = fraction;
            emit({ pagesDone: Math.round(fraction * total), finished: false });
          },
        });
        emit({ pagesDone: total, finished: true, result });
        if (result.recognised.length > 0) ctx.emit('coding.changed', { documentId });
      } catch (err) {
        const e = toErrorData(err);
        emit({ pagesDone: 0, finished: true, errorCode: e.code, message: e.message });
      } finally {
        jobs.delete(jobId);
      }
    })();
    jobs.set(jobId, { controller, done });
    return { jobId };
  };

  return {
    handlers: {
      'ocr.pages': (input) => listPageOcr(db(), str(asObject(input), 'documentId', { max: 100 })),
      'ocr.summaries': () => ocrSummaries(db()),
      'ocr.start': start,
      'ocr.cancel': (input) => {
        jobs.get(str(asObject(input), 'jobId', { max: 100 }))?.controller.abort(new GlossaError('ocr.cancelled', 'Text recognition was cancelled.'));
      },
    },
    async cancelAll() {
      const running = [...jobs.values()];
      for (const j of running) j.controller.abort(new GlossaError('ocr.cancelled', 'Text recognition was cancelled.'));
      await Promise.all(running.map((j) => j.done));
    },
    running: () => jobs.size,
  };
}
