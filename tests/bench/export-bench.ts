// Export benchmark: a synthetic bundle of 10,000 codings (5,000 passages, 200 documents,
// 40 codes) exported to every format; prints seconds, output size and peak memory per format.
// Peak memory is sampled every 25 ms and at each progress report (per 500-row batch); the
// final serialisation step of DOCX/XLSX/PDF is synchronous, so its own peak can be missed —
// the heap figure is the sampled peak of heapUsed above the heap before the format started.
import type { ExportFormat } from '../../shared/domain/evidence';
import { exportEvidence } from '../../main/core/export/export-evidence';
import { syntheticBundle } from '../unit/main/core/export/evidence-fixture';

const FORMATS: ExportFormat[] = ['csv', 'xlsx', 'jsonld', 'md', 'html', 'docx', 'pdf'];
const CODINGS = 10_000;
const MB = 1024 * 1024;

export async function benchExport(): Promise<Record<string, number | string>> {
  const bundle = syntheticBundle(CODINGS);
  const results: Record<string, number | string> = { 'export.codings': CODINGS };
  for (const format of FORMATS) {
    (globalThis as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let peakRss = 0;
    let peakHeap = 0;
    const sample = () => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    };
    const timer = setInterval(sample, 25);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const bytes = await exportEvidence(
      bundle,
      { format, includeMemos: true, includeTables: true },
      { onProgress: sample },
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    sample();
    clearInterval(timer);
    results[`export.${format}.seconds`] = Number(seconds.toFixed(2));
    // CPU seconds (user + system) stay comparable when other processes share the 2 cores.
    results[`export.${format}.cpuSeconds`] = Number(((cpu.user + cpu.system) / 1e6).toFixed(2));
    results[`export.${format}.sizeMB`] = Number((bytes.length / MB).toFixed(2));
    results[`export.${format}.peakRssMB`] = Math.round(peakRss / MB);
    results[`export.${format}.peakHeapDeltaMB`] = Math.round(Math.max(0, peakHeap - heapBefore) / MB);
  }
  return results;
}

if (typeof require !== 'undefined' && require.main === module) {
  benchExport().then((r) => console.table(r));
}
