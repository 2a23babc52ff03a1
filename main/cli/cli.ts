// Entry of the `glossa` command (bundled to dist/main/cli.js; bin/glossa.js and
// `npm run cli -- …` run it): real stdout/stderr, exit code from runCli.
import type { CliIo } from './command-registry';
import { EXIT_FAILED, runCli } from './run-cli';

export const processIo: CliIo = {
  out: (line) => void process.stdout.write(line + '\n'),
  err: (text) => void process.stderr.write(text),
  stdoutTty: Boolean(process.stdout.isTTY),
  stderrTty: Boolean(process.stderr.isTTY),
};

/** Waits for stdout to drain before exiting, so piped JSON is never cut short. */
function exit(code: number): void {
  process.stdout.write('', () => process.exit(code));
}

// `npm run cli -- …` runs in the package folder; relative paths mean the caller's folder.
if (process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

runCli(process.argv.slice(2), processIo).then(exit, (err) => {
  console.error(err);
  exit(EXIT_FAILED);
});
