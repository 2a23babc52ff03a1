// A .glossa file the OS asks us to open: double-clicked on first launch (in argv), opened
// while Glossa runs (the second instance's argv, with its working folder), or on macOS the
// 'open-file' event. Flags (Chromium adds some to a second instance's argv) and the
// executable itself are skipped; a relative path means the launching shell's folder.
import path from 'node:path';

export function projectFileFromArgv(argv: readonly string[], cwd: string): string | null {
  const files = argv.slice(1).filter((arg) => !arg.startsWith('-') && /\.glossa$/i.test(arg));
  const last = files[files.length - 1];
  return last ? path.resolve(cwd, last) : null;
}
