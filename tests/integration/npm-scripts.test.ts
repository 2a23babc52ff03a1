// `npm run cli` and `npm run web` as a user runs them (issue 9): the CLI's --json output is
// the only thing on stdout (it pipes into jq / JSON.parse), the web host prints its URL line
// without build noise, and SIGTERM to `npm run web` stops the host (npm forwards the signal to
// a shell that does not pass it on). Plus the freshness rule behind both (bin/ensure-built.js).
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run-cli';
import { makeEnglishReport } from '../fixtures/pdf-fixtures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isStale } = require('../../bin/ensure-built.js') as { isStale: (target: string, root?: string) => boolean };

const repoRoot = path.resolve(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-npm-scripts-'));
const project = path.join(tmp, 'p.glossa');
const quiet = { out: () => undefined, err: () => undefined, stdoutTty: false, stderrTty: false };

beforeAll(async () => {
  fs.writeFileSync(path.join(tmp, 'report.pdf'), await makeEnglishReport());
  expect(await runCli(['new', project], quiet)).toBe(0);
  expect(await runCli(['import', project, path.join(tmp, 'report.pdf')], quiet)).toBe(0);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** npm's banner ("> glossa@… web", "> node …" and blank lines) is npm's, not ours. */
const ownLines = (stdout: string) => stdout.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('> '));

describe('npm run cli', () => {
  it('`npm run -s cli -- list P --json | node -e JSON.parse(stdin)` succeeds', { timeout: 120_000 }, async () => {
    const pipeline = `npm run -s cli -- list ${JSON.stringify(project)} --json | node -e 'const d = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(d.length)'`;
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
      execFile('bash', ['-o', 'pipefail', '-c', pipeline], { cwd: repoRoot, timeout: 110_000 }, (err, out, errOut) =>
        err ? reject(new Error(`${err.message}\n${errOut}`)) : resolve({ stdout: out, stderr: errOut }),
      ),
    );
    expect(stdout.trim(), stderr).toBe('1');
  });
});

describe('npm run web', () => {
  it('prints only its URL line, and SIGTERM to npm stops the host', { timeout: 120_000 }, async () => {
    const web = path.join(tmp, 'web.glossa');
    const npm = spawn('npm', ['run', 'web', '--', '--port', '0', '--data-dir', path.join(tmp, 'data'), '--project', web], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    npm.stderr.on('data', (c) => (stderr += c));
    const npmExited = new Promise<void>((resolve) => npm.on('exit', () => resolve()));
    const url = await new Promise<URL>((resolve, reject) => {
      npm.stdout.on('data', (c) => {
        stdout += c;
        const m = /^Glossa web: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m.exec(stdout);
        if (m) resolve(new URL(m[1]));
      });
      void npmExited.then(() => reject(new Error(`npm run web exited early:\n${stdout}\n${stderr}`)));
    });
    expect(ownLines(stdout)).toEqual([`Glossa web: ${url.href}`]);

    npm.kill('SIGTERM');
    await npmExited;
    // The host itself must go too: its port refuses connections and the project is closed
    // (WAL folded back). Polled, not timed: the test's own timeout bounds the wait.
    const port = Number(url.port);
    while (await canConnect(port)) await new Promise((r) => setTimeout(r, 100));
    while (fs.existsSync(`${web}-wal`)) await new Promise((r) => setTimeout(r, 100));
    expect(stderr).toContain('closing the project');
  });
});

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('ensure-built freshness', () => {
  it('is stale without output, fresh after it, stale again when a source is newer', () => {
    const root = fs.mkdtempSync(path.join(tmp, 'fresh-'));
    fs.mkdirSync(path.join(root, 'main', 'cli'), { recursive: true });
    const source = path.join(root, 'main', 'cli', 'cli.ts');
    fs.writeFileSync(source, '');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(source, old, old);
    expect(isStale('main', root)).toBe(true);
    fs.mkdirSync(path.join(root, 'dist', 'main'), { recursive: true });
    fs.writeFileSync(path.join(root, 'dist', 'main', 'cli.js'), '');
    expect(isStale('main', root)).toBe(false);
    fs.utimesSync(source, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    expect(isStale('main', root)).toBe(true);
  });
});
