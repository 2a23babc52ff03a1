// The job threads: a job runs in another thread while the caller's event loop keeps turning,
// its GlossaError arrives with code and message, a crashed thread fails only its own job,
// and a cancelled export stops. Real worker threads, real project files.
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { createJobRunner } from '../../../../../main/core/jobs/job-runner';
import { setExtractWorkerPath } from '../../../../../main/pdf/worker-entry';
import { tempProject } from '../../../../helpers/temp-project';
import { syntheticBundle } from '../export/evidence-fixture';

const runner = createJobRunner();
afterAll(() => runner.close());

describe('job runner', () => {
  it('runs a job in another thread while this thread keeps answering', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      const r = await runner.run('probe', { blockMs: 400 });
      expect(r.threadId).not.toBe(threadId);
      // The job blocked its thread for 400 ms; this thread ran its timers meanwhile.
      expect(ticks).toBeGreaterThan(5);
    } finally {
      clearInterval(timer);
    }
  });

  it('tells its threads where the packaged app keeps the PDF worker', async () => {
    setExtractWorkerPath('/opt/Glossa/resources/app.asar.unpacked/dist/main/extract-worker.mjs');
    const own = createJobRunner();
    try {
      expect((await own.run('probe', { blockMs: 0 })).extractWorkerPath).toBe('/opt/Glossa/resources/app.asar.unpacked/dist/main/extract-worker.mjs');
    } finally {
      setExtractWorkerPath(null);
      await own.close();
    }
  });

  it('rethrows the job’s GlossaError with its code and message', async () => {
    const p = tempProject('glossa-jobs-');
    try {
      const file = p.handle.path;
      await expect(runner.run('agreement', { projectPath: file, request: { coderIds: ['only-one'] } })).rejects.toMatchObject({
        name: 'GlossaError',
        code: 'agreement.badInput',
        message: 'Choose at least two coders to compare.',
      });
      await expect(runner.run('agreement', { projectPath: path.join(p.dir, 'missing.glossa'), request: { coderIds: ['a', 'b'] } })).rejects.toMatchObject({ code: 'project.notFound' });
    } finally {
      p.close();
    }
  });

  it('a thread that dies fails its own job only; the next job runs', async () => {
    await expect(runner.run('probe', { blockMs: 0, exit: true })).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('stopped unexpectedly') });
    expect((await runner.run('probe', { blockMs: 0 })).threadId).not.toBe(threadId);
    expect(runner.running()).toBe(0);
  });

  it('an export job reports progress and stops when cancelled', async () => {
    const bundle = syntheticBundle(2_000);
    const progress: number[] = [];
    const { bytes } = await runner.run('exportEvidence', { bundle, options: { format: 'csv' } }, { onProgress: (f) => progress.push(f) });
    expect(new TextDecoder().decode(bytes.slice(0, 200))).toContain(',');
    expect(progress.length).toBeGreaterThan(1);
    const controller = new AbortController();
    const job = runner.run('exportEvidence', { bundle: syntheticBundle(10_000), options: { format: 'docx' } }, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(job).rejects.toMatchObject({ code: 'export.cancelled' });
  });

  it('keeps a thread readied for a job to come rather than a plain idle one', async () => {
    const own = createJobRunner();
    try {
      const preparing = own.run('exportPrepare', { options: { style: 'apa', language: 'en' } }, { keepIdleMs: 60_000 });
      own.warm(); // a plain idle thread starts meanwhile (the project opened)
      const prepared = await preparing;
      expect(prepared.built).toBe(true);
      // The export lands on the readied thread: it builds no engine of its own.
      await own.run('exportEvidence', { bundle: syntheticBundle(200), options: { format: 'pdf', style: 'apa', language: 'en' } });
      const probe = await own.run('probe', { blockMs: 0 });
      expect(probe.threadId).toBe(prepared.threadId);
      expect(probe.citeprocEngines).toBe(1);
    } finally {
      await own.close();
    }
  });
});
