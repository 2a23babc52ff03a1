// The long-running pieces of work that run in a job thread (main/core/jobs/job-thread.ts) so
// that the backend keeps answering while they run: a merge of two 10,000-coding projects, the
// agreement statistics, REFI-QDA import and export, re-anchoring a document, OCR of its scanned
// pages and writing an evidence export each take from one to several seconds of synchronous work. Each job takes
// plain data (paths, ids, the coder) and opens its own connection to the project the backend
// already checked and holds open (SQLite's WAL lets both connections work on one file: the
// job's commit is visible to the backend's next read). Results are plain data.
import type { Coder, ReanchorResult } from '../../../shared/domain/code';
import type { EvidenceBundle, EvidenceFilter, ExportOptions } from '../../../shared/domain/evidence';
import type { AgreementReport, AgreementRequest, MergeSummary, QdpxExportResult, QdpxImportResult } from '../../../shared/domain/share';
import { type Db, openCheckedProjectDb } from '../../db/connection';
import { agreementCsv } from '../agreement/agreement-csv';
import { loadAgreement } from '../agreement/load-agreement';
import { reanchorDocument } from '../coding/reanchor';
import { ocrDocument } from '../documents/ocr-document';
import type { OcrRunResult } from '../../../shared/domain/ocr';
import { openEvidenceSource } from '../evidence/evidence-source';
import { exportEvidenceFiles, type ExportFiles } from '../export/export-evidence';
import { exportQdpx } from '../qdpx/qdpx-export';
import { importQdpx } from '../qdpx/qdpx-import';
import { mergeProject } from '../share/merge';
import { extractWorkerPathOverride } from '../../pdf/worker-entry';
import { sharedExtractPool } from '../../pdf/extract-pool';
import { hasAreaAnnotations } from '../../db/repositories/annotations';
import { cslLocaleTag } from '../citation/citation-engine';
import { citeprocBibliographies, citeprocEnginesBuilt, citeprocRegistrations, prepareEngine } from '../citation/citeproc-engines';
import { citationChoiceOf, citationEngineFor, citedDocuments } from '../citation/export-citations';
import { buildSearchScreens, type ScreenBuild } from '../search/search-screens';

/** Which project an export reads: its path, title, the filter, and the request's time. */
export interface ExportProjectArgs {
  path: string;
  name: string;
  filter: EvidenceFilter | undefined;
  now: string;
}

export interface JobContext {
  signal: AbortSignal;
  onProgress(fraction: number): void;
}

/** Runs `fn` on a fresh connection to an open project and always closes it again. */
async function withProject<T>(projectPath: string, fn: (db: Db) => T | Promise<T>): Promise<T> {
  const db = openCheckedProjectDb(projectPath);
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

export const JOBS = {
  merge: (a: { projectPath: string; fromPath: string; coder: Coder }): Promise<MergeSummary> =>
    withProject(a.projectPath, (db) => mergeProject({ path: a.projectPath, db }, a.fromPath, { coder: a.coder })),
  agreement: (a: { projectPath: string; request: AgreementRequest }): Promise<AgreementReport> =>
    withProject(a.projectPath, (db) => loadAgreement(db, a.request)),
  agreementCsv: (a: { projectPath: string; request: AgreementRequest }): Promise<string> =>
    withProject(a.projectPath, (db) => agreementCsv(loadAgreement(db, a.request))),
  qdpxExport: (a: { projectPath: string; path: string }): Promise<QdpxExportResult> =>
    withProject(a.projectPath, (db) => exportQdpx(db, a.path)),
  qdpxImport: (a: { qdpxPath: string; projectPath: string; coder: Coder }): Promise<QdpxImportResult> =>
    importQdpx(a.qdpxPath, a.projectPath, { coder: a.coder }),
  reanchor: (a: { projectPath: string; documentId: string; coder: Coder }): Promise<ReanchorResult> =>
    withProject(a.projectPath, (db) => reanchorDocument(db, a.documentId, a.coder)),
  /** OCR of a stored document's pages (render + recognise in worker threads, then one write). */
  ocrDocument: (a: { projectPath: string; documentId: string; pageIndices: number[] | null; coder: Coder }, ctx: JobContext): Promise<OcrRunResult> =>
    withProject(a.projectPath, (db) => ocrDocument(db, a.documentId, { pageIndices: a.pageIndices, coder: a.coder, signal: ctx.signal, onProgress: ctx.onProgress })),
  /** An export of a bundle, or of the project itself, read as it is written (evidence-source.ts):
   *  then the rows never cross threads and are never all held. `now`: ISO time of the request. */
  exportEvidence: (a: { bundle: EvidenceBundle; options: ExportOptions } | { project: ExportProjectArgs; options: ExportOptions }, ctx: JobContext): Promise<ExportFiles> => {
    const run = { signal: ctx.signal, onProgress: ctx.onProgress };
    if ('bundle' in a) return exportEvidenceFiles(a.bundle, a.options, run);
    const p = a.project;
    return withProject(p.path, (db) =>
      exportEvidenceFiles(openEvidenceSource(db, p.name, p.filter, new Date(p.now), { language: a.options.language, fullCodebook: a.options.fullCodebook, memoScope: a.options.memoScope }), a.options, run),
    );
  },
  /** Readies this thread for an export with these options (export.prepare): builds its citation
   *  engine and, given the project, registers the documents an export of the whole project
   *  cites, in the order it meets them, and formats their bibliography — that export then
   *  registers nothing and formats no reference (citeproc-engines.ts) — and starts the PDF workers that draw its area highlights, if it has any. */
  exportPrepare: async (a: { options: Pick<ExportOptions, 'style' | 'locale' | 'language'>; project?: { path: string; name: string } }): Promise<{ built: boolean; threadId: number; documents: number; registrations: number; bibliographies: number }> => {
    const { style, locale } = citationChoiceOf(a.options);
    const { threadId } = await import('node:worker_threads');
    const built = prepareEngine(style, cslLocaleTag(style, locale));
    if (!a.project) return { built, threadId, documents: 0, registrations: citeprocRegistrations(), bibliographies: citeprocBibliographies() };
    const project = a.project;
    const documents = await withProject(project.path, (db) => {
      // Area highlights are drawn on the extraction pool's workers: started now, while the
      // dialog is open, they have pdf.js loaded when the export comes (idle, they stop in 20 s).
      if (hasAreaAnnotations(db)) void sharedExtractPool().warmUp();
      const cited = citedDocuments(openEvidenceSource(db, project.name, undefined, new Date(), { language: a.options.language }).rows);
      const engine = citationEngineFor(a.options, cited);
      engine.ready();
      engine.bibliography();
      return cited.length;
    });
    return { built, threadId, documents, registrations: citeprocRegistrations(), bibliographies: citeprocBibliographies() };
  },
  /** Ranks the project's common searches and keeps their first screens (search-screens.ts). */
  searchScreens: (a: { projectPath: string; minPages?: number }, ctx: JobContext): Promise<ScreenBuild> =>
    withProject(a.projectPath, (db) => buildSearchScreens(db, { signal: ctx.signal, onProgress: ctx.onProgress, minPages: a.minPages })),
  /** For tests of the job thread itself: which thread ran it, after blocking it for `ms`. */
  probe: async (a: { blockMs: number; exit?: boolean }): Promise<{ threadId: number; extractWorkerPath: string | null; citeprocEngines: number; citeprocRegistrations: number; citeprocBibliographies: number }> => {
    if (a.exit) process.exit(3); // ends this thread only: stands for a crash (out of memory)
    const until = Date.now() + a.blockMs;
    while (Date.now() < until) {
      // busy: stands for a synchronous step (a merge transaction, DOCX packing)
    }
    const { threadId } = await import('node:worker_threads');
    return { threadId, extractWorkerPath: extractWorkerPathOverride(), citeprocEngines: citeprocEnginesBuilt(), citeprocRegistrations: citeprocRegistrations(), citeprocBibliographies: citeprocBibliographies() };
  },
} satisfies Record<string, (args: never, ctx: JobContext) => Promise<unknown>>;

export type JobName = keyof typeof JOBS;
export type JobArgs<N extends JobName> = Parameters<(typeof JOBS)[N]>[0];
export type JobResult<N extends JobName> = Awaited<ReturnType<(typeof JOBS)[N]>>;

/** Messages between the backend and a job thread. */
export type ToJobThread = { type: 'run'; id: number; name: JobName; args: unknown } | { type: 'cancel'; id: number };
export type FromJobThread =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; ok: unknown }
  | { type: 'failed'; id: number; error: { code: string; message: string; params?: Record<string, string | number> } };
