// Runs `glossa ARGS…` in-process, as bin/glossa.js would, and gives back the exit code and
// what the command printed (stdout lines joined with '\n', stderr as written).
import type { CliIo } from '../../main/cli/command-registry';
import { runCli } from '../../main/cli/run-cli';

export interface GlossaRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runGlossa(args: readonly string[]): Promise<GlossaRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (l) => void (stdout += l + '\n'), err: (t) => void (stderr += t), stdoutTty: false, stderrTty: false };
  const code = await runCli([...args], io);
  return { code, stdout, stderr };
}
