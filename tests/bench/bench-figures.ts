// What a benchmark figure means, as plain data: its note, the aim it is held to and the
// yardstick it is compared with (another figure measured in the same run). Pure functions
// only (no timing, no I/O) so tests/unit/bench/bench-figures.test.ts can check them.
//
// A ratio is always "how many times the yardstick" in the direction of cost: for a time it
// is figure / yardstick, for a rate (pages/s, pages/min) it is yardstick / figure. So 2.5
// reads "2.5x slower than the yardstick" for both, and an aim such as "<= 2.5x pdftotext"
// is `{ on: 'ratio', max: 2.5 }`.

export type Figures = Record<string, number | string>;

export interface FigureAim {
  /** Is the aim about the figure itself or about its ratio to the yardstick? */
  on: 'value' | 'ratio';
  max?: number;
  min?: number;
}

export interface FigureNote {
  /** What the figure is, in a few words. */
  note?: string;
  aim?: FigureAim;
  /** Key of the figure it is compared with (any section of the same run). */
  yardstick?: string;
  /** 'time' (lower is better, the default) or 'rate' (higher is better): sets the ratio's direction. */
  kind?: 'time' | 'rate';
  /** Key of the same work in the baseline when this run names it differently. */
  beforeKey?: string;
}

/** Notes as sections declare them: a plain string (note only) or the full form. */
export type NoteSpec = string | FigureNote;

export function asNote(spec: NoteSpec | undefined): FigureNote {
  if (spec === undefined) return {};
  return typeof spec === 'string' ? { note: spec } : spec;
}

/** Cost relative to the yardstick (see the header); null when either side is not a positive number. */
export function ratioToYardstick(value: unknown, yardstick: unknown, kind: 'time' | 'rate' = 'time'): number | null {
  if (typeof value !== 'number' || typeof yardstick !== 'number') return null;
  if (!(value > 0) || !(yardstick > 0) || !Number.isFinite(value) || !Number.isFinite(yardstick)) return null;
  return kind === 'rate' ? yardstick / value : value / yardstick;
}

/** The aim as people write it: "<= 2.5x", ">= 20", "20..50". */
export function describeAim(aim: FigureAim): string {
  const unit = aim.on === 'ratio' ? 'x' : '';
  if (aim.min !== undefined && aim.max !== undefined) return `${aim.min}${unit}..${aim.max}${unit}`;
  if (aim.max !== undefined) return `<= ${aim.max}${unit}`;
  if (aim.min !== undefined) return `>= ${aim.min}${unit}`;
  return '';
}

/** 'met' / 'missed' for a measured figure, null when there is nothing to judge (no aim, no number). */
export function judgeAim(aim: FigureAim | undefined, value: unknown, ratio: number | null): 'met' | 'missed' | null {
  if (!aim) return null;
  const measured = aim.on === 'ratio' ? ratio : typeof value === 'number' ? value : null;
  if (measured === null || !Number.isFinite(measured)) return null;
  if (aim.max !== undefined && measured > aim.max) return 'missed';
  if (aim.min !== undefined && measured < aim.min) return 'missed';
  return 'met';
}
