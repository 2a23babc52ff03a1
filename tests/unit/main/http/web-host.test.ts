// `npm run web`'s entry as a process: prints the URL line the e2e tests parse, opens (here:
// creates) the --project at start, serves the contract with the printed token, and closes the
// project cleanly on SIGTERM (WAL folded back: no -wal file left, exit code 0).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeWire } from '../../../../shared/wire';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-webhost-'));

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('web host', () => {
  it('prints its URL, serves the project it was given, and closes it on SIGTERM', async () => {
    const project = path.join(tmp, 'web.glossa');
    const child = spawn(
      process.execPath,
      [path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(repoRoot, 'main', 'http', 'web-host.ts'), '--data-dir', path.join(tmp, 'data'), '--project', project],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c) => {
        out += c;
        const m = /^Glossa web: (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)$/m.exec(out);
        if (m) resolve(m[1]);
      });
      void exited.then((code) => reject(new Error(`web host exited early (${code}): ${stderr}`)));
    });

    const { origin, hash } = new URL(url);
    const token = hash.slice('#token='.length);
    const call = async (channel: string, auth = token) => {
      const res = await fetch(`${origin}/api/${channel}`, { method: 'POST', headers: { Authorization: `Bearer ${auth}` } });
      return { status: res.status, body: decodeWire<any>(await res.text()) };
    };
    expect(await call('project.current', 'wrong')).toMatchObject({ status: 401 });
    const current = await call('project.current');
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ path: project, name: 'web' });
    expect((await call('app.info')).body.host).toBe('web');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(fs.existsSync(project)).toBe(true);
    expect(fs.existsSync(`${project}-wal`)).toBe(false);
  });
});
