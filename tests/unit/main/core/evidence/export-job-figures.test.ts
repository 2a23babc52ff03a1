// The app's export path for area highlights: export.start runs the writer in a job thread on
// its own connection (evidence-source.ts), which reads the stored PDF there and renders the
// area; export.result then gives a DOCX holding the picture.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../../main/core/backend';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode } from '../../../../../main/core/coding/codes';
import { createJobRunner, type JobRunner } from '../../../../../main/core/jobs/job-runner';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { FIGURE_CHART, makeFigureReport } from '../../../../fixtures/pdf-fixtures';
import { addDocument } from '../../../../helpers/temp-project';
import { ALICE } from '../coding/coding-fixture';

let dir: string;
let backend: Backend;
let jobs: JobRunner;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-export-figures-'));
  jobs = createJobRunner();
  backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web', jobs });
  const h = createProject(path.join(dir, 'p.glossa'));
  const doc = addDocument(h.db, ['Chapter 1', 'Region'], { title: 'Figures report' }, await makeFigureReport());
  const code = createCode(h.db, ALICE, { name: 'Statistics', parentId: null }).result.id;
  createAnnotation(h.db, ALICE, {
    documentId: doc.id, kind: 'area', color: null, comment: 'Victims per region', codeIds: [code],
    targets: [{ pageIndex: 0, rects: [{ ...FIGURE_CHART }], quote: null, position: null }],
  });
  closeProject(h);
  await backend.invoke('project.open', { path: path.join(dir, 'p.glossa') });
});
afterEach(async () => {
  await backend.dispose();
  await jobs.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('an export job with an area highlight', () => {
  it('renders the area in the job thread into the DOCX', async () => {
    let failed: unknown = null;
    const finished = new Promise<void>((resolve) =>
      backend.on((e, p) => {
        const progress = p as { finished: boolean; error?: unknown };
        if (e === 'export.progress' && progress.finished) {
          failed = progress.error ?? null;
          resolve();
        }
      }),
    );
    const { jobId } = (await backend.invoke('export.start', { format: 'docx' })) as { jobId: string };
    await finished;
    expect(failed).toBeNull();
    const zip = await JSZip.loadAsync((await backend.invoke('export.result', { jobId })) as Uint8Array);
    expect(Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(1);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('descr="Figure: Victims per region"');
  });
});
