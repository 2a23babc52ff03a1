// `npm run bench` (build, then this): runs every benchmark section (bench-sections.ts) in one
// process, one after the other (the machine's cores are the thing being measured, so never in
// parallel), and prints one table (bench-table.ts): each figure with the value measured before
// issue 12 (tests/bench/baseline-before-issue-12.json), the ratio to its yardstick, its aim and
// note, and for each section the load average before and after it ran, so a reader can judge
// whether the machine was quiet. It prints; it asserts nothing. A section that crashes is
// reported and the exit code is 1. Options (bench-args.ts): `--only search,open`,
// `--json out.json --label loaded`, `--baseline FILE|none`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseSections, parseBenchArgs } from './bench-args';
import { readBaseline, type RecordedRun } from './bench-baseline';
import { renderTable, type SectionResult } from './bench-table';
import { sections } from './bench-sections';

const DEFAULT_BASELINE = path.join(__dirname, 'baseline-before-issue-12.json');

function loadAverage(): string {
  return os.loadavg().map((l) => l.toFixed(2)).join(' ');
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: __dirname, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const chosen = chooseSections(sections, args.only);
  const baselineFile = args.baseline === 'default' ? DEFAULT_BASELINE : args.baseline;
  const baseline = baselineFile && fs.existsSync(baselineFile) ? readBaseline(baselineFile) : null;
  const cpus = os.cpus();
  const date = new Date().toISOString();
  const loadAtStart = loadAverage();
  console.log(`Glossa bench — ${date}`);
  console.log(
    `node ${process.version}, ${cpus.length} x ${cpus[0]?.model ?? 'cpu'}, load average ${loadAtStart}` +
      ' (figures are wall-clock: other processes on the machine slow them down)',
  );
  const results: SectionResult[] = [];
  for (const section of chosen) {
    const loadBefore = loadAverage();
    console.log(`\nrunning: ${section.name} … (load average ${loadBefore})`);
    const started = performance.now();
    const result: SectionResult = { name: section.name, notes: section.notes, loadBefore, loadAfter: '', seconds: 0 };
    try {
      result.figures = await section.run();
    } catch (err) {
      result.error = (err as Error).message.split('\n')[0];
      console.error(err);
    }
    result.seconds = (performance.now() - started) / 1000;
    result.loadAfter = loadAverage();
    console.log(`done in ${result.seconds.toFixed(1)} s (load average ${result.loadAfter})`);
    results.push(result);
  }
  console.log('\n==================== Glossa bench results ====================');
  for (const line of renderTable(results, baseline)) console.log(line);
  if (args.json) {
    const run: RecordedRun = {
      label: args.label,
      date,
      commit: gitCommit(),
      loadBefore: loadAtStart,
      loadAfter: loadAverage(),
      figures: Object.assign({}, ...results.map((r) => r.figures ?? {})),
    };
    const sectionLoads = results.map((r) => ({ name: r.name, loadBefore: r.loadBefore, loadAfter: r.loadAfter, seconds: Number(r.seconds.toFixed(1)) }));
    fs.writeFileSync(args.json, `${JSON.stringify({ ...run, sections: sectionLoads }, null, 2)}\n`);
    console.log(`\nwrote ${args.json}`);
  }
  process.exitCode = results.some((r) => r.error !== undefined) ? 1 : 0;
}

void main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 2;
});
