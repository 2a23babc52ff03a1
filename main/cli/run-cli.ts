// The `glossa` command line's dispatcher: finds the subcommand in the registry, runs it and
// maps failures to exit codes — 0 ok, 1 the work failed (a refused
// project file, a failed import), 2 wrong usage. Expected failures print their user-facing
// message only; unexpected ones print the stack, since they are bugs worth reporting.
import pkg from '../../package.json';
import { GlossaError, toErrorData } from '../../shared/errors';
import { UsageError, type CliCommand, type CliIo } from './command-registry';
import { COMMANDS } from './commands/index';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function helpText(commands: CliCommand[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `Glossa ${pkg.version} — read, search and code policy reports (PDF) in one project file.`,
    '',
    'Usage: glossa <command> [arguments]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    ...commands.map((c) => `  glossa ${c.usage}`),
    '',
    'Options: --help (for any command), --version',
    'Exit codes: 0 ok, 1 failed (e.g. a PDF could not be imported), 2 wrong usage.',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo, commands: CliCommand[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    io.out(topic ? `Usage: glossa ${topic.usage}\n\n${topic.summary}` : helpText(commands));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.out(pkg.version);
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`glossa: unknown command "${name}"\n\n${helpText(commands)}\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: glossa ${command.usage}\n\n${command.summary}`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`glossa ${command.name}: ${err.message}\nUsage: glossa ${command.usage}\n`);
      return EXIT_USAGE;
    }
    // Glossa's own errors and storage failures (disk full, read-only, locked, missing file)
    // are expected: their message says what happened. Only bugs print a stack.
    const data = toErrorData(err);
    if (err instanceof GlossaError || data.code !== 'internal') {
      io.err(`glossa ${command.name}: ${data.message}\n`);
      return EXIT_FAILED;
    }
    io.err(`glossa ${command.name}: unexpected error\n${err instanceof Error ? err.stack : String(err)}\n`);
    return EXIT_FAILED;
  }
}

