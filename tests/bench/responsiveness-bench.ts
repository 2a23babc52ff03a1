// Responsiveness benchmark: how long a ping to the backend ('app.info' through the backend
// thread, as the web host and Electron's main process call it) takes while a merge of two
// 10,000-coding projects and a 10,000-coding PDF export run at the same time (aim: < 50 ms),
// beside the same ping on the idle backend measured in the same run (the yardstick).
// The projects are real files: A and B share 20 documents of 10 pages and the default
// codebook; each then gets 10,000 codings of its own coder; B is merged into A.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Coder } from '../../shared/domain/code';
import { createAnnotation } from '../../main/core/coding/annotations';
import { closeProject, createProject, openProject } from '../../main/core/project/project-file';
import { startBackendThread, type BackendClient } from '../../main/core/threads/backend-client';
import { listCodes } from '../../main/db/repositories/codes';
import { addDocument } from '../helpers/temp-project';

const CODINGS = 10_000;
const DOCS = 20;
const PAGES = 10;
const ALICE: Coder = { id: '00000000-0000-4000-8000-00000000000a', name: 'Alice', color: '#e15759' };
const BORIS: Coder = { id: '00000000-0000-4000-8000-00000000000b', name: 'Boris', color: '#4e79a7' };

function pageText(d: number, p: number): string {
  return Array.from({ length: 40 }, (_, s) => `Sentence ${s} of page ${p} in report ${d} on EU capacity building against trafficking.`).join(' ');
}

function addCodings(file: string, coder: Coder, seed: number): void {
  const h = openProject(file);
  try {
    const codes = listCodes(h.db).map((c) => c.id);
    const docs = h.db.prepare('SELECT id FROM documents ORDER BY id').all() as Array<{ id: string }>;
    const pageOf = h.db.prepare('SELECT text FROM pages WHERE document_id = ? AND page_index = ?');
    h.db.transaction(() => {
      for (let i = 0; i < CODINGS; i++) {
        const doc = docs[(i + seed) % docs.length].id;
        const page = (i * 7 + seed) % PAGES;
        // The page as stored (documents sort by id, not in the order they were added).
        const text = (pageOf.get(doc, page) as { text: string }).text;
        const start = ((i * 31 + seed) % 30) * 80;
        const exact = text.slice(start, start + 60);
        createAnnotation(h.db, coder, {
          documentId: doc,
          kind: 'text',
          targets: [{ pageIndex: page, rects: [], quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + 60 } }],
          color: null,
          comment: '',
          codeIds: [codes[(i + seed) % codes.length]],
        });
      }
    })();
  } finally {
    closeProject(h);
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function pings(backend: BackendClient, until: () => boolean, minCount: number): Promise<number[]> {
  const out: number[] = [];
  while (!until() || out.length < minCount) {
    const t = performance.now();
    await backend.invoke('app.info', undefined);
    out.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 10));
  }
  return out.sort((a, b) => a - b);
}

export async function benchResponsiveness(): Promise<Record<string, number | string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-ping-'));
  try {
    const fileA = path.join(dir, 'a.glossa');
    const fileB = path.join(dir, 'b.glossa');
    const a = createProject(fileA);
    for (let d = 0; d < DOCS; d++) addDocument(a.db, Array.from({ length: PAGES }, (_, p) => pageText(d, p)), { title: `Report ${d}`, fileName: `r${d}.pdf` });
    await a.db.backup(fileB); // B starts as A's copy: same documents and codebook, as after "Send"
    closeProject(a);
    const setupStart = performance.now();
    addCodings(fileA, ALICE, 0);
    addCodings(fileB, BORIS, 3);
    const setupSeconds = (performance.now() - setupStart) / 1000;

    const backend = await startBackendThread({ userDataDir: path.join(dir, 'data'), host: 'web' });
    try {
      await backend.invoke('project.open', { path: fileA });
      const idle = await pings(backend, () => true, 200);

      let mergeDone = false;
      let exportDone = false;
      const started = performance.now();
      let mergeSeconds = 0;
      let exportSeconds = 0;
      const exportFinished = new Promise<void>((resolve) => {
        backend.on((event, payload) => {
          if (event === 'export.progress' && (payload as { finished: boolean }).finished) resolve();
        });
      });
      const merge = backend.invoke('merge.run', { path: fileB }).then((s) => {
        mergeSeconds = (performance.now() - started) / 1000;
        mergeDone = true;
        return s;
      });
      await backend.invoke('export.start', { format: 'pdf', options: { includeMemos: true, includeTables: true } });
      void exportFinished.then(() => {
        exportSeconds = (performance.now() - started) / 1000;
        exportDone = true;
      });
      const busy = await pings(backend, () => mergeDone && exportDone, 20);
      const summary = await merge;
      return {
        'ping.setupSeconds': Number(setupSeconds.toFixed(1)),
        'ping.idle.p50Ms': Number(percentile(idle, 50).toFixed(2)),
        'ping.idle.p99Ms': Number(percentile(idle, 99).toFixed(2)),
        'ping.busy.count': busy.length,
        'ping.busy.p50Ms': Number(percentile(busy, 50).toFixed(2)),
        'ping.busy.p99Ms': Number(percentile(busy, 99).toFixed(2)),
        'ping.busy.maxMs': Number(busy[busy.length - 1].toFixed(2)),
        'ping.mergeSeconds': Number(mergeSeconds.toFixed(2)),
        'ping.mergeAdded': JSON.stringify(summary.added),
        'ping.pdfExportSeconds': Number(exportSeconds.toFixed(2)),
      };
    } finally {
      await backend.dispose();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  benchResponsiveness().then((r) => console.table(r));
}
