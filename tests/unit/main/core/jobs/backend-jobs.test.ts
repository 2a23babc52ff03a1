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
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode } from '../../../../../main/core/coding/codes';
import { addDocument, ALICE } from '../coding/coding-fixture';

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

  it('export.prepare builds the citation engine in the thread the export then takes', async () => {
    // Record what each job returns and how many run at once.
    let inFlight = 0;
    let most = 0;
    const results: Record<string, unknown> = {};
    const measuring: JobRunner = {
      ...real,
      run: (name, args, opts) => {
        most = Math.max(most, ++inFlight);
        return real.run(name, args, opts).then((r) => ((results[name] = r), r)).finally(() => inFlight--);
      },
    };
    const file = path.join(dir, 'coded.glossa');
    const h = createProject(file);
    const doc = addDocument(h.db, 'Doc', ['The EU commissioned a study on trafficking in Moldova.']);
    const code = createCode(h.db, ALICE, { name: 'Referral', parentId: null }).result.id;
    createAnnotation(h.db, ALICE, { documentId: doc, kind: 'text', color: null, comment: '', codeIds: [code], targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: 'The EU commissioned', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 19 } }] });
    closeProject(h);
    const own = createBackend({ userDataDir: path.join(dir, 'data2'), host: 'web', jobs: measuring });
    try {
      await own.invoke('project.open', { path: file });
      const options = { style: 'apa', language: 'en' } as const;
      await own.invoke('export.prepare', { options });
      // At once, as a user clicks Export: the export waits for the preparation and takes its thread.
      const finished = new Promise<void>((resolve) => own.on((e, p) => e === 'export.progress' && (p as { finished: boolean }).finished && resolve()));
      await own.invoke('export.start', { format: 'pdf', options });
      await finished;
      const prepared = results.exportPrepare as { built: boolean; threadId: number; documents: number; registrations: number; bibliographies: number };
      expect(prepared.built).toBe(true);
      expect(prepared.documents).toBe(1);
      expect(most).toBe(1);
      const probe = await real.run('probe', { blockMs: 0 });
      expect(probe.threadId).toBe(prepared.threadId);
      expect(probe.citeprocEngines).toBe(1);
      // The export cited the documents export.prepare had registered: it registered none itself.
      expect(prepared.registrations).toBe(1);
      expect(probe.citeprocRegistrations).toBe(1);
      // Nor did it format the references: export.prepare had, for the same registration.
      expect(prepared.bibliographies).toBe(1);
      expect(probe.citeprocBibliographies).toBe(1);
      await expect(own.invoke('export.prepare', { options: { style: 'nonsense' as 'apa' } })).rejects.toMatchObject({ code: 'api.badInput' });
    } finally {
      await own.dispose();
    }
  });
});
