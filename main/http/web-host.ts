// `npm run web`: runs the backend under plain Node and serves the renderer to a browser
// through the HTTP bridge — the route for machines where Electron cannot be installed.
// Prints one line `Glossa web: http://127.0.0.1:PORT/#token=...` (the e2e tests parse it).
// Flags: --port N, --data-dir DIR, --project FILE (opened, or created when missing).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toErrorData } from '../../shared/errors';
import { startBackendThread } from '../core/threads/backend-client';
import { defaultUserDataDir } from '../core/settings/default-data-dir';
import { startHttpBridge } from './http-bridge';

const USAGE = `Usage: npm run web -- [--port N] [--data-dir DIR] [--project FILE.glossa]`;

/** dist/renderer next to this bundle (dist/main/web-host.js) or, under tsx, in the repo root. */
export function findRendererDir(from = __dirname): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'dist', 'renderer');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    if (path.basename(dir) === 'dist' && fs.existsSync(path.join(dir, 'renderer'))) return path.join(dir, 'renderer');
    dir = path.dirname(dir);
  }
  return path.resolve(from, '..', 'renderer');
}

/**
 * `npm run web` runs us under a shell (sh -c, cmd /c) that does not pass on the SIGTERM npm
 * forwards to it: the shell dies and we would keep the port and the project open as an orphan.
 * When our parent changes, the npm run is over, so stop. Checked twice a second (unref'd:
 * it never keeps the process alive) — a stop within 0.5 s is soon enough for a dev server.
 */
function stopWithParent(stop: () => void): void {
  // bin/glossa-web.js notes the parent before it builds: the shell may already be gone.
  const parent = Number(process.env.GLOSSA_WEB_PARENT) || process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      stop();
    }
  }, 500);
  timer.unref();
}

async function main(argv: string[]): Promise<void> {
  // `npm run web -- --project x.glossa` runs in the package folder; relative paths mean the caller's.
  if (process.env.npm_lifecycle_event === 'web' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  let values: { port?: string; 'data-dir'?: string; project?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        project: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number between 0 and 65535\n${USAGE}`);
    process.exit(2);
  }
  const userDataDir = path.resolve(values['data-dir'] ?? defaultUserDataDir());
  fs.mkdirSync(userDataDir, { recursive: true });

  // The backend runs in its own thread: a merge, an import or an export never stalls the
  // request loop, so the page keeps getting answers (and events) while they run.
  const backend = await startBackendThread({ userDataDir, host: 'web' });
  if (values.project) {
    const file = path.resolve(values.project);
    try {
      if (fs.existsSync(file)) await backend.invoke('project.open', { path: file });
      else await backend.invoke('project.create', { path: file });
    } catch (err) {
      console.error(`Glossa web: cannot open ${file}: ${toErrorData(err).message}`);
      await backend.dispose();
      process.exit(1);
    }
  }

  const bridge = await startHttpBridge({ backend, port, staticDir: findRendererDir() });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`Glossa web: ${signal.startsWith('SIG') ? `${signal} received` : signal}, closing the project`);
    await bridge.close();
    await backend.dispose();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  if (process.env.npm_lifecycle_event === 'web') stopWithParent(() => void stop('the npm run ended'));
  // Printed last: whoever waits for this line (e2e tests, scripts) may signal us at once.
  console.log(`Glossa web: ${bridge.url}`);
}

main(process.argv.slice(2)).catch((err) => {
  console.error('Glossa web failed to start:', err);
  process.exit(1);
});
