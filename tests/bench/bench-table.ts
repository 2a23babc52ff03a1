// The results table `npm run bench` prints: one block per section (with the load average
// before and after it ran, so a reader can judge the run), one line per figure with its value,
// the value before issue 12 (bench-baseline.ts), the ratio to its yardstick, its aim and
// whether this run met it, and its note. Pure: takes the results, returns the lines.
import { asNote, describeAim, judgeAim, ratioToYardstick, type Figures, type NoteSpec } from './bench-figures';
import { beforeCell, describeBaseline, quotedBefore, type Baseline } from './bench-baseline';

export interface SectionResult {
  name: string;
  notes?: Record<string, NoteSpec>;
  loadBefore: string;
  loadAfter: string;
  seconds: number;
  figures?: Figures;
  error?: string;
}

/** Short values are right-aligned in their column; longer ones push the rest of the line right. */
const VALUE_COLUMN = 14;
const BEFORE_COLUMN = 16;

function show(v: number | string): string {
  return typeof v === 'number' ? v.toLocaleString('en-US') : v;
}

function cell(text: string, width: number): string {
  return text.length <= width ? text.padStart(width) : text;
}

function formatRatio(r: number): string {
  return `${r >= 10 ? r.toFixed(1) : r.toFixed(2)}x`;
}

/** Every figure of the run by key, so a yardstick may come from another section. */
function allFigures(results: readonly SectionResult[]): Figures {
  return Object.assign({}, ...results.map((r) => r.figures ?? {})) as Figures;
}

/** The text after the value columns: ratio to the yardstick, aim and verdict, note. */
export function describeFigure(key: string, spec: NoteSpec | undefined, figures: Figures): string {
  const note = asNote(spec);
  const parts: string[] = [];
  const value = figures[key];
  const ratio = note.yardstick ? ratioToYardstick(value, figures[note.yardstick], note.kind) : null;
  if (note.yardstick) parts.push(ratio === null ? `vs ${note.yardstick}: n/a` : `${formatRatio(ratio)} ${note.yardstick}`);
  if (note.aim) {
    const verdict = judgeAim(note.aim, value, ratio);
    parts.push(`aim ${describeAim(note.aim)}${verdict ? ` ${verdict === 'met' ? 'met' : 'MISSED'}` : ''}`);
  }
  if (note.note) parts.push(note.note);
  return parts.join('; ');
}

export function renderTable(results: readonly SectionResult[], baseline: Baseline | null): string[] {
  const figures = allFigures(results);
  const keys = results.flatMap((r) => Object.keys(r.figures ?? {}));
  const keyWidth = Math.max(6, ...keys.map((k) => k.length));
  const lines: string[] = [];
  if (baseline) lines.push(...describeBaseline(baseline));
  lines.push(`  ${'figure'.padEnd(keyWidth)}  ${cell('now', VALUE_COLUMN)}  ${cell('before', BEFORE_COLUMN)}  ratio to yardstick; aim; note`);
  for (const r of results) {
    lines.push('', `== ${r.name}`, `   load average ${r.loadBefore} -> ${r.loadAfter}, ${r.seconds.toFixed(1)} s`);
    if (r.error !== undefined) {
      lines.push(`  FAILED  ${r.error}`);
      continue;
    }
    for (const [key, value] of Object.entries(r.figures ?? {})) {
      const spec = r.notes?.[key];
      const oldKey = asNote(spec).beforeKey ?? key;
      const before = beforeCell(baseline, oldKey);
      const quoted = quotedBefore(baseline, oldKey);
      const text = [describeFigure(key, spec, figures), quoted && `issue quoted before: ${quoted}`].filter(Boolean).join('; ');
      lines.push(`  ${key.padEnd(keyWidth)}  ${cell(show(value), VALUE_COLUMN)}  ${cell(before, BEFORE_COLUMN)}${text ? `  ${text}` : ''}`);
    }
  }
  return lines;
}
