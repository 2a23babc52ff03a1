// Starts the built web host (dist/main/web-host.js, what `npm run web` runs) as a child process
// and parses the one line it prints: `Glossa web: http://127.0.0.1:PORT/#token=…`. Shared by
// the e2e fixture and the render bench, so both drive exactly what a user starts.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

export const repoRoot = path.resolve(__dirname, '..', '..');
const WEB_HOST = path.join(repoRoot, 'dist', 'main', 'web-host.js');
const CLI = path.join(repoRoot, 'dist', 'main', 'cli.js');
/** Startup opens (or creates and migrates) the project: well under a second; 30 s on a loaded CI box. */
const START_TIMEOUT_MS = 30_000;
/** SIGTERM closes the project (WAL checkpoint); 10 s before we give up and SIGKILL. */
const STOP_TIMEOUT_MS = 10_000;

export interface WebHost {
  /** http://127.0.0.1:PORT */
  baseUrl: string;
  /** The printed address with the token fragment: what a user opens. */
  url: string;
  token: string;
  /** stdout + stderr so far, attached to failing tests. */
  log(): string;
  stop(): Promise<void>;
  /** SIGKILL, as a crash or a power cut would end it: no WAL checkpoint, no cleanup. */
  kill(): Promise<void>;
}

function assertBuilt(file: string): void {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(repoRoot, file)} is missing: run \`npm run build\` first (npm test does).`);
}

export async function startWebHost(opts: { projectPath: string; dataDir: string }): Promise<WebHost> {
  assertBuilt(WEB_HOST);
  const child: ChildProcess = spawn(
    process.execPath,
    [WEB_HOST, '--project', opts.projectPath, '--port', '0', '--data-dir', opts.dataDir],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  let output = '';
  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exitPromise = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    }),
  );

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`web host printed no address within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${err.message}\n--- web host output ---\n${output}`));
    };
    // Keep draining both pipes for the whole run: a full pipe would block the host.
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const m = /Glossa web: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('error', fail);
    child.once('exit', (code, signal) => fail(new Error(`web host exited before printing its address (code ${code}, signal ${signal})`)));
  });

  const parsed = new URL(url);
  const token = decodeURIComponent(/token=([^&]+)/.exec(parsed.hash)![1]);
  return {
    baseUrl: parsed.origin,
    url,
    token,
    log: () => output,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exitPromise;
      clearTimeout(timer);
    },
    async kill() {
      if (exited) return;
      child.kill('SIGKILL');
      await exitPromise;
    },
  };
}

const execFileP = promisify(execFile);

/**
 * Seeds a project through the built CLI (`glossa new` / `glossa import`), the same backend the
 * app uses: for tests whose subject is not the import UI, so they do not pay for it.
 */
export async function seedProject(projectPath: string, pdfs: string[]): Promise<string> {
  assertBuilt(CLI);
  if (!fs.existsSync(projectPath)) await execFileP(process.execPath, [CLI, 'new', projectPath], { cwd: repoRoot });
  const { stdout } = await execFileP(process.execPath, [CLI, 'import', projectPath, ...pdfs], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
