// The web host's HTTP bridge against a real backend and real project files in a temp dir:
// token, Host and Origin guards refuse without side effects; channels round-trip through the
// wire format (bytes intact); events arrive over Server-Sent Events; static files carry the CSP.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../../shared/domain/import';
import { decodeWire, encodeWire } from '../../../../shared/wire';
import { createBackend, type Backend } from '../../../../main/core/backend';
import { startHttpBridge, type Bridge } from '../../../../main/http/http-bridge';
import { longReportPath, makeEnglishReport } from '../../../fixtures/pdf-fixtures';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  raw: Buffer;
}

let tmp: string;
let backend: Backend;
let bridge: Bridge;

function request(method: string, urlPath: string, opts: { headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: bridge.port, method, path: urlPath, headers: { Host: `127.0.0.1:${bridge.port}`, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: raw.toString('utf8'), raw });
        });
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function call(channel: string, input?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const reply = await request('POST', `/api/${channel}`, {
    headers: { Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json', ...headers },
    body: input === undefined ? '' : encodeWire(input),
  });
  if (reply.headers['content-type'] === 'application/octet-stream') return { status: reply.status, body: new Uint8Array(reply.raw) };
  return { status: reply.status, body: reply.text ? decodeWire(reply.text) : undefined };
}

/** Opens /events and collects parsed events until `until` returns true. */
function listen(until: (name: string, payload: any) => boolean): { ready: Promise<void>; done: Promise<Array<[string, any]>>; close(): void } {
  const got: Array<[string, any]> = [];
  let req!: http.ClientRequest;
  let markReady!: () => void;
  const ready = new Promise<void>((r) => (markReady = r));
  const done = new Promise<Array<[string, any]>>((resolve, reject) => {
    req = http.get(
      { host: '127.0.0.1', port: bridge.port, path: `/events?token=${encodeURIComponent(bridge.token)}`, headers: { Host: `127.0.0.1:${bridge.port}` } },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`SSE status ${res.statusCode}`));
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          if (buffer.includes(': connected')) markReady();
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const name = /^event: (.*)$/m.exec(frame)?.[1];
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (!name || data === undefined) continue;
            const payload = decodeWire(data);
            got.push([name, payload]);
            if (until(name, payload)) {
              req.destroy();
              resolve(got);
            }
          }
        });
      },
    );
    req.on('error', (err) => {
      if (!req.destroyed) reject(err);
    });
  });
  return { ready, done, close: () => req.destroy() };
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-http-'));
  const staticDir = path.join(tmp, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Glossa</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'not for the browser');
  // Symlinks inside the served folder pointing out of it: a file, a folder, and a link to a link.
  fs.mkdirSync(path.join(tmp, 'private'));
  fs.writeFileSync(path.join(tmp, 'private', 'notes.txt'), 'not for the browser either');
  fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(staticDir, 'linked.txt'));
  fs.symlinkSync(path.join(tmp, 'private'), path.join(staticDir, 'assets', 'linked-dir'));
  fs.symlinkSync(path.join(staticDir, 'linked.txt'), path.join(staticDir, 'assets', 'chain.txt'));
  backend = createBackend({ userDataDir: path.join(tmp, 'data'), host: 'web' });
  bridge = await startHttpBridge({ backend, staticDir });
});

afterAll(async () => {
  await bridge?.close();
  await backend?.dispose();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('http bridge: who may call', () => {
  it('binds to 127.0.0.1 and hands out a 256-bit token in the URL fragment', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/#token=${bridge.token}`);
    expect(Buffer.from(bridge.token, 'base64url')).toHaveLength(32);
  });

  it('refuses calls without a token or with a wrong one, and changes nothing', async () => {
    const target = path.join(tmp, 'unauthorized.glossa');
    const body = encodeWire({ path: target });
    const none = await request('POST', '/api/project.create', { body });
    const wrong = await request('POST', '/api/project.create', { body, headers: { Authorization: `Bearer ${bridge.token.slice(0, -2)}xx` } });
    const notBearer = await request('POST', '/api/settings.set', { body: encodeWire({ language: 'ru' }), headers: { Authorization: bridge.token } });
    for (const reply of [none, wrong, notBearer]) {
      expect(reply.status).toBe(401);
      expect(decodeWire<any>(reply.text).error.code).toBe('api.unauthorized');
    }
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.existsSync(path.join(tmp, 'data', 'settings.json'))).toBe(false);
    expect((await call('settings.get')).body).toEqual({ language: 'system' });
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const reply = await request('POST', '/api/app.info', {
      headers: { Host: `evil.example:${bridge.port}`, Authorization: `Bearer ${bridge.token}` },
    });
    expect(reply.status).toBe(403);
    const page = await request('GET', '/', { headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
    const ok = await request('POST', '/api/app.info', { headers: { Host: `localhost:${bridge.port}`, Authorization: `Bearer ${bridge.token}` } });
    expect(ok.status).toBe(200);
  });

  it('refuses POSTs from a foreign Origin, and changes nothing', async () => {
    const target = path.join(tmp, 'cross-site.glossa');
    const reply = await call('project.create', { path: target }, { Origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect(fs.existsSync(target)).toBe(false);
    const same = await call('app.info', undefined, { Origin: `http://127.0.0.1:${bridge.port}` });
    expect(same.status).toBe(200);
    expect(same.body.host).toBe('web');
  });

  it('answers 404 for an unknown channel and 400 for bad input', async () => {
    const unknown = await call('documents.destroyEverything', {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('api.unknownChannel');
    const bad = await call('project.open', { path: 42 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('api.badInput');
    const notJson = await request('POST', '/api/project.open', { body: '{oops', headers: { Authorization: `Bearer ${bridge.token}` } });
    expect(notJson.status).toBe(400);
    const get = await request('GET', '/api/app.info', { headers: { Authorization: `Bearer ${bridge.token}` } });
    expect(get.status).toBe(405);
  });
});

describe('http bridge: the contract over HTTP', () => {
  it('round-trips project and settings channels against a real project file', async () => {
    expect((await call('project.current')).body).toBeNull();
    const noProject = await call('documents.list', {});
    expect(noProject.body.error.code).toBe('project.noneOpen');

    const file = path.join(tmp, 'study.glossa');
    const created = await call('project.create', { path: file, name: 'Study' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ path: file, name: 'Study', documentCount: 0 });
    expect(fs.existsSync(file)).toBe(true);
    expect((await call('project.current')).body.id).toBe(created.body.id);
    expect((await call('documents.list', {})).body).toEqual([]);
    expect((await call('search.query', { text: 'anything' })).body).toMatchObject({ hits: [], total: 0 });

    expect((await call('settings.set', { language: 'ru' })).body).toEqual({ language: 'ru' });
    expect((await call('settings.get')).body).toEqual({ language: 'ru' });
    const recent = (await call('project.recent')).body;
    expect(recent[0]).toMatchObject({ path: file, name: 'Study', exists: true });

    // Dialogs are Electron's: the web host says so instead of failing.
    expect((await call('dialog.openProject')).body).toEqual({ supported: false, paths: [] });
  });

  it('refuses a project from a newer Glossa with its message, leaving the file byte-identical', async () => {
    const file = path.join(tmp, 'newer.glossa');
    expect((await call('project.create', { path: file })).status).toBe(200);
    expect((await call('project.close')).status).toBe(200);
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const before = fs.readFileSync(file);
    const reply = await call('project.open', { path: file });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expect(reply.body.error.code).toBe('project.newerVersion');
    expect(reply.body.error.message).toMatch(/newer version of Glossa/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('streams events over SSE and keeps PDF bytes intact through import and documents.pdfBytes', async () => {
    const file = path.join(tmp, 'bytes.glossa');
    const changed = listen((name) => name === 'project.changed');
    await changed.ready;
    expect((await call('project.create', { path: file })).status).toBe(200);
    const [[name, info]] = await changed.done;
    expect(name).toBe('project.changed');
    expect(info.path).toBe(file);

    const pdf = await makeEnglishReport();
    const progress = listen((n, p: ImportProgress) => n === 'import.progress' && p.finished);
    await progress.ready;
    const started = await call('import.start', { sources: [{ kind: 'bytes', name: 'report.pdf', bytes: pdf }] });
    expect(started.status).toBe(200);
    const events = await progress.done;
    const last = events[events.length - 1][1] as ImportProgress;
    expect(last.jobId).toBe(started.body.jobId);
    expect(last.files).toHaveLength(1);
    expect(last.files[0]).toMatchObject({ name: 'report.pdf', state: 'done', pageCount: 3 });

    const docs = (await call('documents.list', {})).body;
    expect(docs).toHaveLength(1);
    const bytes = (await call('documents.pdfBytes', { id: docs[0].id })).body;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).equals(Buffer.from(pdf))).toBe(true);
    expect((await call('documents.pageText', { id: docs[0].id, pageIndex: 0 })).body).toMatch(/Trafficking in persons/);

    const closed = listen((n) => n === 'project.changed');
    await closed.ready;
    await call('project.close');
    expect((await closed.done)[0]).toEqual(['project.changed', null]);
  });

  it('cancels a running import job: the file is reported cancelled and nothing is added', async () => {
    const file = path.join(tmp, 'cancel.glossa');
    expect((await call('project.create', { path: file })).status).toBe(200);
    const long = await longReportPath();
    let jobId = '';
    let cancelSent = false;
    const progress = listen((n, p: ImportProgress) => {
      if (n !== 'import.progress') return false;
      // Cancel as soon as the 600-page file is being parsed, i.e. mid-job.
      if (!cancelSent && p.files[0]?.state === 'parsing') {
        cancelSent = true;
        void call('import.cancel', { jobId: p.jobId });
      }
      return p.finished;
    });
    await progress.ready;
    jobId = (await call('import.start', { sources: [{ kind: 'path', path: long }] })).body.jobId;
    const events = await progress.done;
    const last = events[events.length - 1][1] as ImportProgress;
    expect(last.jobId).toBe(jobId);
    expect(cancelSent).toBe(true);
    expect(last.files[0].state).toBe('cancelled');
    expect((await call('documents.list', {})).body).toEqual([]);
    // Cancelling a job that has ended is a no-op, not an error.
    expect((await call('import.cancel', { jobId })).status).toBe(200);
    await call('project.close');
  });

  it('refuses the event stream without the token', async () => {
    const reply = await request('GET', '/events');
    expect(reply.status).toBe(401);
    const wrong = await request('GET', '/events?token=nope');
    expect(wrong.status).toBe(401);
  });
});

describe('http bridge: static files', () => {
  it('serves the renderer with a strict CSP and nosniff', async () => {
    const page = await request('GET', '/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Glossa</title>');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/ 'unsafe-eval'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const js = await request('GET', '/assets/app.js');
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%5csecret.txt']) {
      const reply = await request('GET', p);
      expect(reply.text).not.toContain('not for the browser');
    }
    expect((await request('POST', '/index.html')).status).toBe(405);
  });

  it('never follows a symbolic link, whether to a file, a folder or another link', async () => {
    for (const p of ['/linked.txt', '/assets/linked-dir/notes.txt', '/assets/chain.txt', '/assets/linked-dir/']) {
      const reply = await request('GET', p);
      expect(reply.status, p).toBe(404);
      expect(reply.text).not.toContain('not for the browser');
    }
  });
});
