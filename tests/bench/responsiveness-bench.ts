// Responsiveness benchmark: how long a ping to the backend ('app.info' through the backend
// thread, as the web host and Electron's main process call it) takes while a merge of two
// 10,000-coding projects and a 10,000-coding PDF export run at the same time (aim: < 50 ms),
// beside the same ping on the idle backend measured in the same run (the yardstick).
// The projects are real files: the cached pair of merge-bench.ts (A and B share 20 documents
// of 10 pages and the default codebook, each with 10,000 codings of its own coder), copied
// into a temporary folder; B is merged into A.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackendThread, type BackendClient } from '../../main/core/threads/backend-client';
import { mergePair } from './merge-bench';

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
    const setupStart = performance.now();
    const pair = await mergePair();
    fs.copyFileSync(pair.a, fileA);
    fs.copyFileSync(pair.b, fileB);
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
