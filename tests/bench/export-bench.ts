// Export benchmark: a synthetic bundle of 10,000 codings (5,000 passages, 200 documents,
// 40 codes) exported to every format, each format ALONE in a child process of its own, so its
// peak RSS (the kernel's high-water mark, process.resourceUsage().maxRSS, not a sample) is its
// own and not what the formats before it left on the heap. Two variants: the historic one
// (a short plain comment on every fourth passage; keys export.<format>.*) and the realistic one
// (a Markdown comment on every passage and a Markdown memo on every document; keys
// export.<format>.markdown.*). Aim (issue 12): <= 3 s and <= 400 MB peak RSS each.
// `peakRssMB` includes the child's baseline (Node + the loaded modules + the bundle itself:
// printed as export.baseRssMB), i.e. what the export job would need on its own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExportFormat } from '../../shared/domain/evidence';
import { exportEvidence } from '../../main/core/export/export-evidence';
import { syntheticBundle } from '../unit/main/core/export/evidence-fixture';

const FORMATS: ExportFormat[] = ['csv', 'xlsx', 'jsonld', 'md', 'html', 'docx', 'pdf'];
const CODINGS = 10_000;
const MB = 1024 * 1024;
type Variant = 'plain' | 'markdown';

export const EXPORT_NOTES: Record<string, string> = {
  'export.codings': 'each format in its own child process; aim <= 3 s and peak RSS <= 400 MB each',
  'export.baseRssMB': 'child before exporting: Node, modules, the 10,000-row bundle',
};
for (const f of FORMATS) {
  EXPORT_NOTES[`export.${f}.seconds`] = 'aim <= 3 s';
  EXPORT_NOTES[`export.${f}.peakRssMB`] = 'aim <= 400 MB (whole child)';
  EXPORT_NOTES[`export.${f}.markdown.seconds`] = 'Markdown comment on every passage; aim <= 3 s';
  EXPORT_NOTES[`export.${f}.markdown.peakRssMB`] = 'aim <= 400 MB';
}

interface ChildFigures {
  seconds: number;
  cpuSeconds: number;
  sizeMB: number;
  peakRssMB: number;
  baseRssMB: number;
}

/** In the child: one export, figures as one JSON line on stdout. */
async function runChild(format: ExportFormat, variant: Variant): Promise<void> {
  const bundle = syntheticBundle(CODINGS, { markdown: variant === 'markdown' });
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-export-')), `out.${format}`);
  const baseRss = process.memoryUsage().rss;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const bytes = await exportEvidence(bundle, { format, includeMemos: true, includeTables: true });
  fs.writeFileSync(out, bytes);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const figures: ChildFigures = {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    sizeMB: fs.statSync(out).size / MB,
    // maxRSS is in kilobytes.
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
    baseRssMB: baseRss / MB,
  };
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  process.stdout.write(`FIGURES ${JSON.stringify(figures)}\n`);
}

/** Runs one export in a fresh Node (tsx) process and reads its figures. */
export function measureAlone(script: string, args: string[]): ChildFigures {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--child', ...args], {
    cwd: path.join(__dirname, '..', '..'),
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('FIGURES '));
  if (run.status !== 0 || !line) throw new Error(`export child ${args.join(' ')} failed: ${run.stderr.slice(-2000)}`);
  return JSON.parse(line.slice('FIGURES '.length)) as ChildFigures;
}

export async function benchExport(): Promise<Record<string, number | string>> {
  const results: Record<string, number | string> = { 'export.codings': CODINGS };
  let base = 0;
  for (const variant of ['plain', 'markdown'] as const) {
    for (const format of FORMATS) {
      const f = measureAlone(__filename, [format, variant]);
      const key = variant === 'plain' ? `export.${format}` : `export.${format}.markdown`;
      results[`${key}.seconds`] = Number(f.seconds.toFixed(2));
      // CPU seconds (user + system) stay comparable when other processes share the 2 cores.
      results[`${key}.cpuSeconds`] = Number(f.cpuSeconds.toFixed(2));
      results[`${key}.sizeMB`] = Number(f.sizeMB.toFixed(2));
      results[`${key}.peakRssMB`] = Math.round(f.peakRssMB);
      base = Math.max(base, f.baseRssMB);
    }
  }
  results['export.baseRssMB'] = Math.round(base);
  return results;
}

if (typeof require !== 'undefined' && require.main === module) {
  const at = process.argv.indexOf('--child');
  if (at >= 0) void runChild(process.argv[at + 1] as ExportFormat, process.argv[at + 2] as Variant);
  else benchExport().then((r) => console.table(r));
}
