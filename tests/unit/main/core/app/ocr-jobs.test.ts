// ocr.* through the backend: ocr.start answers a job id at once and the OCR runs in a job
// thread (the real JobRunner, wrapped to record names), streaming 'ocr.progress' to a finished
// event with the result; ocr.pages and ocr.summaries then return the stored words and the
// library summary; bad input is refused with api.badInput.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../../main/core/backend';
import { importPdfs } from '../../../../../main/core/documents/import-pdfs';
import { createJobRunner, type JobRunner } from '../../../../../main/core/jobs/job-runner';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import type { OcrProgress } from '../../../../../shared/domain/ocr';
import { makeScannedEnglishReport, SCAN_EN_MARKER } from '../../../../fixtures/scan-fixtures';

let dir: string;
let backend: Backend;
let real: JobRunner;
let ran: string[];
let documentId: string;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-ocr-jobs-'));
  real = createJobRunner();
  ran = [];
  const recording: JobRunner = { ...real, run: (name, args, opts) => (ran.push(name), real.run(name, args, opts)) };
  backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web', jobs: recording });
  const h = createProject(path.join(dir, 'p.glossa'));
  const [file] = await importPdfs(h, [{ kind: 'bytes', name: 'scan.pdf', bytes: await makeScannedEnglishReport(2) }], { onProgress: () => undefined, ocr: false });
  documentId = file.documentId!;
  closeProject(h);
  await backend.invoke('project.open', { path: path.join(dir, 'p.glossa') });
}, 60_000);
afterEach(async () => {
  await backend.dispose();
  await real.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ocr.* channels', () => {
  it('reads the pages without text of a document in a job thread, reporting progress', async () => {
    expect(await backend.invoke('ocr.summaries', undefined)).toEqual([]);
    const events: OcrProgress[] = [];
    const finished = new Promise<OcrProgress>((resolve) =>
      backend.on((e, p) => {
        if (e !== 'ocr.progress') return;
        events.push(p as OcrProgress);
        if ((p as OcrProgress).finished) resolve(p as OcrProgress);
      }),
    );
    const { jobId } = await backend.invoke('ocr.start', { documentId });
    const last = await finished;
    expect(ran).toEqual(['ocrDocument']);
    expect(last).toMatchObject({ jobId, documentId, finished: true, pageCount: 2, pagesDone: 2, result: { recognised: [0, 1], unchanged: [], cancelled: false } });
    expect(events.some((e) => !e.finished && e.pagesDone === 1)).toBe(true);
    const pages = await backend.invoke('ocr.pages', { documentId });
    expect(pages.map((p) => p.pageIndex)).toEqual([0, 1]);
    expect(pages[0].lines.flat().map((w) => w.text)).toContain(SCAN_EN_MARKER);
    expect(await backend.invoke('ocr.summaries', undefined)).toEqual([{ documentId, ocrPages: 2, lowConfidencePages: [] }]);
    expect((await backend.invoke('search.query', { text: SCAN_EN_MARKER })).total).toBe(1);
  }, 60_000);

  it('refuses pages the document lacks and malformed input', async () => {
    await expect(backend.invoke('ocr.start', { documentId, pageIndices: [5] })).rejects.toMatchObject({ code: 'api.badInput' });
    await expect(backend.invoke('ocr.start', { documentId, pageIndices: [-1] } as never)).rejects.toMatchObject({ code: 'api.badInput' });
    await expect(backend.invoke('ocr.start', { documentId: 'nope' })).rejects.toMatchObject({ code: 'document.notFound' });
    await expect(backend.invoke('ocr.pages', {} as never)).rejects.toMatchObject({ code: 'api.badInput' });
    expect(ran).toEqual([]);
  });
});
