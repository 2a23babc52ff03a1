// The `glossa` subcommands as a registry: each command is one file under commands/ exporting a
// CliCommand; commands/index.ts lists them. A later issue adds a file and one line there.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliIo {
  /** Writes one line (a newline is added) to stdout. */
  out(line: string): void;
  /** Writes text as is to stderr (progress lines rewrite themselves with \r). */
  err(text: string): void;
  /** True when stdout is a terminal: colours/bold and live progress are used only then. */
  stdoutTty: boolean;
  stderrTty: boolean;
}

export interface CliCommand {
  name: string;
  /** One line for `glossa --help`. */
  summary: string;
  /** Usage line(s) after `glossa `, e.g. 'list <project> [--json]'. */
  usage: string;
  /** Returns the exit code: 0 ok, 1 failed, 2 usage error (throw UsageError for those). */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Wrong arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with our errors: unknown flags and missing values become UsageError. */
export function parseCommandArgs<O extends Options>(args: string[], options: O, positionals: { min: number; max?: number; names: string }) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const n = parsed.positionals.length;
  if (n < positionals.min) throw new UsageError(`missing ${positionals.names}`);
  if (positionals.max !== undefined && n > positionals.max) throw new UsageError(`too many arguments: ${parsed.positionals.slice(positionals.max).join(' ')}`);
  return parsed;
}

/** Parses a positive integer flag value (e.g. --limit). */
export function positiveInt(value: string | undefined, flag: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`${flag} must be a whole number from 1 to ${max}`);
  return n;
}
