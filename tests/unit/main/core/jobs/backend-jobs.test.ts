// The long channels go through the job threads: merge, agreement, REFI-QDA export, re-anchoring
// and the export writers each reach the backend's JobRunner (a real one, wrapped to record
// names), so none of them runs on the backend's own thread.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../../main/core/backend';
import { createJobRunner, type JobRunner } from '../../../../../main/core/jobs/job-runner';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { addDocument } from '../coding/coding-fixture';

let dir: string;
let backend: Backend;
let real: JobRunner;
let ran: string[];

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-backend-jobs-'));
  real = createJobRunner();
  ran = [];
  const recording: JobRunner = { ...real, run: (name, args, opts) => (ran.push(name), real.run(name, args, opts)) };
  backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web', jobs: recording });
  const h = createProject(path.join(dir, 'p.glossa'));
  addDocument(h.db, 'Doc', ['The EU commissioned a study on trafficking in Moldova.']);
  await h.db.backup(path.join(dir, 'peer.glossa'));
  closeProject(h);
  await backend.invoke('project.open', { path: path.join(dir, 'p.glossa') });
});
afterEach(async () => {
  await backend.dispose();
  await real.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('long channels run in job threads', () => {
  it('merge, agreement, qdpx export, re-anchoring and exports', async () => {
    const [doc] = await backend.invoke('documents.list', {});
    await backend.invoke('annotations.reanchor', { documentId: doc.id });
    await backend.invoke('merge.run', { path: path.join(dir, 'peer.glossa') });
    await expect(backend.invoke('agreement.compute', { coderIds: ['x'] })).rejects.toMatchObject({ code: 'agreement.badInput' });
    await expect(backend.invoke('agreement.csv', { coderIds: ['x'] })).rejects.toMatchObject({ code: 'agreement.badInput' });
    await backend.invoke('qdpx.export', { path: path.join(dir, 'out.qdpx') });
    const finished = new Promise<void>((resolve) => backend.on((e, p) => e === 'export.progress' && (p as { finished: boolean }).finished && resolve()));
    await backend.invoke('export.start', { format: 'md' });
    await finished;
    expect(ran).toEqual(['reanchor', 'merge', 'agreement', 'agreementCsv', 'qdpxExport', 'exportEvidence']);
    expect(fs.statSync(path.join(dir, 'out.qdpx')).size).toBeGreaterThan(100);
  });
});
