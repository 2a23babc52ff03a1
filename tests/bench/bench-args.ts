// Command-line options of `npm run bench -- …` (pure, tested in tests/unit/bench/):
//   --only a,b        run the named sections only (a section's name = first word of its title);
//   --json FILE       also write this run's figures and load averages as JSON (bench-baseline.ts shape);
//   --label TEXT      the run's label in that JSON (e.g. "quiet", "loaded"; default "run");
//   --baseline FILE   the "before" column's source (default: tests/bench/baseline-before-issue-12.json),
//                     `--baseline none` for no before column.
// Each takes `--name value` or `--name=value`. Unknown options and unknown section names are errors.

export interface BenchArgs {
  only: string[] | null;
  json: string | null;
  label: string;
  baseline: string | null | 'default';
}

const OPTIONS = ['only', 'json', 'label', 'baseline'] as const;
type Option = (typeof OPTIONS)[number];

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const values: Partial<Record<Option, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    const name = m?.[1] as Option | undefined;
    if (!m || !name || !OPTIONS.includes(name)) throw new Error(`unknown bench option "${arg}" (options: ${OPTIONS.map((o) => `--${o}`).join(', ')})`);
    const value = m[2] ?? argv[++i];
    if (value === undefined || value === '' || (m[2] === undefined && value.startsWith('--'))) throw new Error(`--${name} needs a value`);
    values[name] = value;
  }
  const only = values.only === undefined ? null : values.only.split(',').map((w) => w.trim()).filter(Boolean);
  if (only !== null && only.length === 0) throw new Error('--only needs section names');
  return {
    only,
    json: values.json ?? null,
    label: values.label ?? 'run',
    baseline: values.baseline === undefined ? 'default' : values.baseline === 'none' ? null : values.baseline,
  };
}

/** The section's short name: the first word of its title ("search (50 documents …)" -> "search"). */
export function shortName(section: { name: string }): string {
  return section.name.split(' ')[0];
}

/** The sections `--only` names, in the runner's order; all when `only` is null. Unknown names are an error. */
export function chooseSections<S extends { name: string }>(all: readonly S[], only: readonly string[] | null): S[] {
  if (only === null) return [...all];
  const known = all.map(shortName);
  const unknown = only.filter((w) => !known.includes(w));
  if (unknown.length > 0) throw new Error(`--only takes section names among: ${known.join(', ')} (unknown: ${unknown.join(', ')})`);
  return all.filter((s) => only.includes(shortName(s)));
}
