// Export benchmark: a synthetic bundle of 10,000 codings (5,000 passages, 200 documents,
// 40 codes) exported to every format, each format ALONE in a child process of its own, so its
// peak RSS (the kernel's high-water mark, VmHWM in /proc/self/status, not a sample) is its
// own and not what the formats before it left on the heap. Two variants: the historic one
// (a short plain comment on every fourth passage; keys export.<format>.*) and the realistic one
// (a Markdown comment on every passage and a Markdown memo on every document; keys
// export.<format>.markdown.*). Aim (issue 12): <= 3 s and <= 400 MB peak RSS each.
// `peakRssMB` includes the child's baseline (Node + the loaded modules + the bundle itself:
// printed as export.baseRssMB), i.e. what the export job would need on its own.
// The export.<format>.project.* rows take the app's path: a real project file of 10,000
// codings (the merge benchmark's project A, every passage given a Markdown comment), read by
// the export job's evidence source as it writes; qdpx is the REFI-QDA export of that project.
// The export.<format>.project.prepared.* rows: the same, after the export.prepare job (the
// citation engine built, the project's cited documents registered) before the clock starts, as
// the app runs it while the export dialog is open.
// The export.<format>.figures.* rows (the four reports): a project of 40 real PDFs with 400
// area highlights (a chart, a table and a whole page each, in turn), every one rendered to an
// image at 150 dpi as the export writes it (on the extraction pool's workers, started before the
// clock as export.prepare starts them; peak RSS includes them).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExportFormat } from '../../shared/domain/evidence';
import { buildEvidenceBundle } from '../../main/core/evidence/evidence-bundle';
import { openEvidenceSource } from '../../main/core/evidence/evidence-source';
import { exportEvidence } from '../../main/core/export/export-evidence';
import { closeProject, createProject, openProject } from '../../main/core/project/project-file';
import { createAnnotation } from '../../main/core/coding/annotations';
import { createCode } from '../../main/core/coding/codes';
import { FIGURE_CHART, FIGURE_TABLE, makeFigureReport } from '../fixtures/pdf-fixtures';
import { addDocument } from '../helpers/temp-project';
import { sharedExtractPool } from '../../main/pdf/extract-pool';
import { BUNDLED_WORKER_NAME, setExtractWorkerPath } from '../../main/pdf/worker-entry';
import { exportQdpx } from '../../main/core/qdpx/qdpx-export';
import { ALICE, mergePair } from './merge-bench';
import { JOBS } from '../../main/core/jobs/job-registry';
import { syntheticBundle } from '../unit/main/core/export/evidence-fixture';

const FORMATS: ExportFormat[] = ['csv', 'xlsx', 'jsonld', 'md', 'html', 'docx', 'pdf'];
const CODINGS = 10_000;
const MB = 1024 * 1024;
type Variant = 'plain' | 'markdown' | 'project' | 'figures';
const PROJECT_VERSION = 'export-project-v1';
const BENCH_PROJECT_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

const FIGURES_VERSION = 'export-figures-v2';
const FIGURE_DOCUMENTS = 40;
const FIGURE_AREAS = 400;
const REPORT_FORMATS: ExportFormat[] = ['md', 'html', 'docx', 'pdf'];

/** The cached project of area highlights on real PDFs (makeFigureReport, titled apart). */
async function figuresProject(): Promise<string> {
  const dir = path.join(process.env.GLOSSA_BENCH_CACHE || path.join(os.tmpdir(), 'glossa-bench-cache'), FIGURES_VERSION);
  const file = path.join(dir, 'figures.glossa');
  if (fs.existsSync(path.join(dir, 'done'))) return file;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const h = createProject(file);
  try {
    const code = createCode(h.db, ALICE, { name: 'Figures', parentId: null }).result.id;
    const areas = [
      { pageIndex: 0, rect: FIGURE_CHART },
      { pageIndex: 1, rect: FIGURE_TABLE },
      { pageIndex: 0, rect: { x1: 0, y1: 0, x2: 595, y2: 842 } },
    ];
    for (let d = 0; d < FIGURE_DOCUMENTS; d++) {
      const doc = addDocument(h.db, ['Chapter 1', 'Region Victims'], { title: `Figures ${d}` }, await makeFigureReport(`Figures ${d}`));
      for (let i = 0; i < FIGURE_AREAS / FIGURE_DOCUMENTS; i++) {
        const { pageIndex, rect } = areas[(d + i) % areas.length];
        createAnnotation(h.db, ALICE, {
          documentId: doc.id, kind: 'area', color: null, comment: `Figure ${d}.${i}: victims per region`, codeIds: [code],
          targets: [{ pageIndex, rects: [{ x1: rect.x1, y1: rect.y1, x2: rect.x2, y2: rect.y2 }], quote: null, position: null }],
        });
      }
    }
  } finally {
    closeProject(h);
  }
  fs.writeFileSync(path.join(dir, 'done'), FIGURES_VERSION);
  return file;
}

/** The cached 10,000-coding project with a Markdown comment on every passage. */
async function exportProject(): Promise<string> {
  const { a } = await mergePair();
  const dir = path.join(process.env.GLOSSA_BENCH_CACHE || path.join(os.tmpdir(), 'glossa-bench-cache'), PROJECT_VERSION);
  const file = path.join(dir, 'export.glossa');
  if (fs.existsSync(path.join(dir, 'done'))) return file;
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(a, file);
  const h = openProject(file);
  try {
    // Bench data only: the comments are set in one statement, not through the coding actions.
    h.db.prepare(
      "UPDATE annotations SET comment = '**Key** point ' || rowid || ' on _referral_: compare with [the source](https://example.org/r/' || rowid || ').' || char(10) || char(10) || '- first reading' || char(10) || '- second reading, see `annex ' || (rowid % 7) || '`'",
    ).run();
  } finally {
    closeProject(h);
  }
  fs.writeFileSync(path.join(dir, 'done'), PROJECT_VERSION);
  return file;
}

export const EXPORT_NOTES: Record<string, string> = {
  'export.codings': 'each format in its own child process; aim <= 3 s and peak RSS <= 400 MB each',
  'export.baseRssMB': 'child before exporting: Node, modules, the 10,000-row bundle',
};
for (const f of FORMATS) {
  EXPORT_NOTES[`export.${f}.seconds`] = 'aim <= 3 s';
  EXPORT_NOTES[`export.${f}.peakRssMB`] = 'aim <= 400 MB (whole child)';
  EXPORT_NOTES[`export.${f}.markdown.seconds`] = 'Markdown comment on every passage; aim <= 3 s';
  EXPORT_NOTES[`export.${f}.markdown.peakRssMB`] = 'aim <= 400 MB';
  EXPORT_NOTES[`export.${f}.project.seconds`] = 'from a 10,000-coding project file, as the export job; aim <= 3 s';
  EXPORT_NOTES[`export.${f}.project.peakRssMB`] = 'aim <= 400 MB';
}
for (const f of REPORT_FORMATS) {
  EXPORT_NOTES[`export.${f}.figures.seconds`] = `${FIGURE_AREAS} area highlights rendered as images (40 PDFs)`;
  EXPORT_NOTES[`export.${f}.figures.peakRssMB`] = 'aim <= 400 MB; includes the two extraction workers (pdf.js each) that draw the images';
  EXPORT_NOTES[`export.${f}.figures.aboveBaseMB`] = 'peak less the child with its workers started: what the export and its images take';
  EXPORT_NOTES[`export.${f}.figures.sizeMB`] = 'the report with its images';
}
for (const f of REPORT_FORMATS) {
  EXPORT_NOTES[`export.${f}.project.prepared.seconds`] = 'the same after export.prepare (the dialog opened): what the user waits after Export; aim <= 3 s';
}
EXPORT_NOTES['export.qdpx.project.seconds'] = 'REFI-QDA export of the same project; aim <= 3 s';
EXPORT_NOTES['export.qdpx.project.peakRssMB'] = 'aim <= 400 MB';

interface ChildFigures {
  seconds: number;
  cpuSeconds: number;
  sizeMB: number;
  peakRssMB: number;
  baseRssMB: number;
}

/**
 * This process's own peak RSS: VmHWM of its memory map. Not resourceUsage().maxRSS, which
 * Linux carries across fork + exec: a child spawned by a bench runner already holding 430 MB
 * would report at least 430 MB for every format.
 */
function peakRssMB(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return (Number(hwm[1]) * 1024) / MB;
  } catch {
    // not Linux: fall back to the rusage figure
  }
  return (process.resourceUsage().maxRSS * 1024) / MB;
}

/** In the child: one export, figures as one JSON line on stdout. */
async function runChild(format: ExportFormat | 'qdpx', variant: Variant, prepared = false): Promise<void> {
  const project = variant === 'project' ? openProject(await exportProject()) : variant === 'figures' ? openProject(await figuresProject()) : null;
  // A project id, as the app's bundles have: every passage then carries its link back (issue 13).
  const bundle = project ? null : { ...syntheticBundle(CODINGS, { markdown: variant === 'markdown' }), projectId: BENCH_PROJECT_ID };
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-export-')), `out.${format}`);
  // The figures are drawn on the extraction pool's workers, started before the clock as
  // export.prepare starts them when the export dialog opens; the shipped worker bundle when the
  // build made it (npm run bench builds first: under tsx each worker transforms pdf.js itself).
  if (variant === 'figures') {
    const bundled = path.join(__dirname, '..', '..', 'dist', 'main', BUNDLED_WORKER_NAME);
    if (fs.existsSync(bundled)) setExtractWorkerPath(bundled);
    await sharedExtractPool().warmUp();
  }
  const options = { includeMemos: true, includeTables: true };
  // As in the app when the export dialog opened: export.prepare built the citation engine and
  // registered the documents the export cites (the job itself, on this thread).
  if (prepared && project) await JOBS.exportPrepare({ options: {}, project: { path: project.path, name: 'Bench' } });
  const baseRss = process.memoryUsage().rss;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  if (format === 'qdpx') await exportQdpx(project!.db, out);
  else if (project) {
    // As the export job does it: JSON-LD from the bundle, the other formats from the source.
    const input = format === 'jsonld' ? buildEvidenceBundle(project.db, 'Bench', undefined, new Date(), { format }) : openEvidenceSource(project.db, 'Bench', undefined);
    fs.writeFileSync(out, await exportEvidence(input, { format, ...options }));
  } else fs.writeFileSync(out, await exportEvidence(bundle!, { format, ...options }));
  if (project) closeProject(project);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const figures: ChildFigures = {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    sizeMB: fs.statSync(out).size / MB,
    peakRssMB: peakRssMB(),
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
  for (const format of [...FORMATS, 'qdpx'] as const) {
    const f = measureAlone(__filename, [format, 'project']);
    results[`export.${format}.project.seconds`] = Number(f.seconds.toFixed(2));
    results[`export.${format}.project.cpuSeconds`] = Number(f.cpuSeconds.toFixed(2));
    results[`export.${format}.project.peakRssMB`] = Math.round(f.peakRssMB);
  }
  for (const format of REPORT_FORMATS) {
    const f = measureAlone(__filename, [format, 'project', 'prepared']);
    results[`export.${format}.project.prepared.seconds`] = Number(f.seconds.toFixed(2));
    results[`export.${format}.project.prepared.peakRssMB`] = Math.round(f.peakRssMB);
  }
  for (const format of REPORT_FORMATS) {
    const f = measureAlone(__filename, [format, 'figures']);
    results[`export.${format}.figures.seconds`] = Number(f.seconds.toFixed(2));
    results[`export.${format}.figures.cpuSeconds`] = Number(f.cpuSeconds.toFixed(2));
    results[`export.${format}.figures.sizeMB`] = Number(f.sizeMB.toFixed(2));
    results[`export.${format}.figures.peakRssMB`] = Math.round(f.peakRssMB);
    results[`export.${format}.figures.aboveBaseMB`] = Math.round(f.peakRssMB - f.baseRssMB);
  }
  results['export.baseRssMB'] = Math.round(base);
  return results;
}

if (typeof require !== 'undefined' && require.main === module) {
  const at = process.argv.indexOf('--child');
  if (at >= 0) void runChild(process.argv[at + 1] as ExportFormat | 'qdpx', process.argv[at + 2] as Variant, process.argv[at + 3] === 'prepared');
  else benchExport().then((r) => console.table(r));
}
