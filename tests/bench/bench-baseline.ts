// The figures measured before a piece of work, kept in the repo as JSON so that every later
// `npm run bench` prints them in a "before" column beside the new ones (issue 12: "nothing
// that worked before gets slower"). A baseline holds one or more recorded runs (e.g. a quiet
// one and a loaded one, each with its date, commit and load average) and, for figures nobody
// could re-measure, the words of the issue that quoted them. `npm run bench -- --json FILE`
// writes a run in the same shape, so a new baseline is a copy of such files.
import fs from 'node:fs';
import type { Figures } from './bench-figures';

export interface RecordedRun {
  label: string;
  date: string;
  commit?: string;
  /** Load average (1, 5, 15 min) at the start and end of the run, as /proc/loadavg prints it. */
  loadBefore?: string;
  loadAfter?: string;
  figures: Figures;
}

export interface Baseline {
  title: string;
  runs: RecordedRun[];
  /** Figures quoted in the issue text, by key, as words ("52 ms idle / 88 ms loaded"). */
  quoted?: Record<string, string>;
}

function isFigures(v: unknown): v is Figures {
  return typeof v === 'object' && v !== null && !Array.isArray(v) &&
    Object.values(v).every((x) => typeof x === 'number' || typeof x === 'string');
}

/** Checks the parsed JSON; a malformed baseline is an error that names the file and the field. */
export function parseBaseline(json: unknown, source: string): Baseline {
  const fail = (what: string): never => {
    throw new Error(`bench baseline ${source}: ${what}`);
  };
  if (typeof json !== 'object' || json === null) return fail('not a JSON object');
  const b = json as Record<string, unknown>;
  if (typeof b.title !== 'string') fail('"title" must be a string');
  if (!Array.isArray(b.runs)) return fail('"runs" must be an array');
  const runs = b.runs.map((r: unknown, i): RecordedRun => {
    const run = r as Record<string, unknown>;
    if (typeof run !== 'object' || run === null) return fail(`runs[${i}] is not an object`);
    if (typeof run.label !== 'string' || typeof run.date !== 'string') fail(`runs[${i}] needs "label" and "date" strings`);
    if (!isFigures(run.figures)) fail(`runs[${i}].figures must map keys to numbers or strings`);
    return run as unknown as RecordedRun;
  });
  if (b.quoted !== undefined && (!isFigures(b.quoted) || Object.values(b.quoted).some((v) => typeof v !== 'string'))) {
    fail('"quoted" must map keys to strings');
  }
  return { title: b.title as string, runs, quoted: b.quoted as Record<string, string> | undefined };
}

export function readBaseline(file: string): Baseline {
  return parseBaseline(JSON.parse(fs.readFileSync(file, 'utf8')), file);
}

function show(v: number | string): string {
  return typeof v === 'number' ? v.toLocaleString('en-US') : v;
}

/**
 * The "before" cell for a key: the recorded runs' values joined by " / " in run order (e.g.
 * quiet / loaded); '' when no recorded run measured it.
 */
export function beforeCell(baseline: Baseline | null, key: string): string {
  if (!baseline) return '';
  return baseline.runs.map((r) => r.figures[key]).filter((v) => v !== undefined).map(show).join(' / ');
}

/** The issue's own words for the key's figure before the work, if it quoted one. */
export function quotedBefore(baseline: Baseline | null, key: string): string {
  return baseline?.quoted?.[key] ?? '';
}

/** One line per recorded run, for the table's header: which runs the "before" column shows. */
export function describeBaseline(baseline: Baseline): string[] {
  return [
    `before = ${baseline.title}:`,
    ...baseline.runs.map(
      (r, i) =>
        `  ${i + 1}. ${r.label}: ${r.date}${r.commit ? ` at ${r.commit.slice(0, 10)}` : ''}` +
        `${r.loadBefore ? `, load ${r.loadBefore}` : ''}${r.loadAfter ? ` -> ${r.loadAfter}` : ''}`,
    ),
  ];
}
