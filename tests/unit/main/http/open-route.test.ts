// The web host's passage-link route, GET /open?project=…&annotation=…: it serves the app's page
// and nothing else, with or without the token, whatever the query (no project data in the
// answer, no project opened: a link clicked in a hostile document or a cross-site navigation
// cannot read or change anything). Following the link is a token-guarded API call (links.open),
// refused without the token and from a foreign origin.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../main/core/backend';
import { startHttpBridge, type Bridge } from '../../../../main/http/http-bridge';
import { closeProject, createProject } from '../../../../main/core/project/project-file';
import { getMeta } from '../../../../main/db/repositories/meta';
import { encodeWire } from '../../../../shared/wire';
import { addDocument } from '../core/coding/coding-fixture';

let tmp: string;
let backend: Backend;
let bridge: Bridge;
let projectId: string;
let projectFile: string;
const INDEX = '<!doctype html><title>Glossa</title><div id="root"></div>';

function request(method: string, urlPath: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; type: string; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: bridge.port, method, path: urlPath, headers: { Host: `127.0.0.1:${bridge.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-open-route-'));
  const staticDir = path.join(tmp, 'renderer');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX);
  projectFile = path.join(tmp, 'study.glossa');
  const h = createProject(projectFile, 'Study');
  addDocument(h.db, 'Secret report title', ['Secret page text.']);
  projectId = getMeta(h.db, 'id')!;
  closeProject(h);
  backend = createBackend({ userDataDir: path.join(tmp, 'data'), host: 'web' });
  // In the recent list, then closed: a link may open it, a GET must not.
  await backend.invoke('project.open', { path: projectFile });
  await backend.invoke('project.close', undefined);
  bridge = await startHttpBridge({ backend, staticDir, token: 'test-token-open-route' });
});
afterAll(async () => {
  await bridge.close();
  await backend.dispose();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('GET /open', () => {
  // PROJECT: the real project id, known once beforeAll has run.
  const queries = [
    '?project=PROJECT&annotation=a1',
    '?project=../../etc&annotation=%00',
    '?project=x&annotation=y&token=guess',
    '',
  ];
  it.each(queries)('serves only the app page, without the token, for %j, and opens nothing', async (query) => {
    const reply = await request('GET', `/open${query.replace('PROJECT', projectId)}`, { Origin: 'https://evil.example', Referer: 'https://evil.example/' });
    expect(reply.status).toBe(200);
    expect(reply.type).toMatch(/^text\/html/);
    expect(reply.text).toBe(INDEX);
    expect(await backend.invoke('project.current', undefined)).toBeNull();
  });

  it('refuses POSTs to the route itself', async () => {
    const reply = await request('POST', `/open?project=${projectId}&annotation=a1`);
    expect(reply.status).toBe(405);
    expect(await backend.invoke('project.current', undefined)).toBeNull();
  });
});

describe('links.open over the bridge', () => {
  const body = () => encodeWire({ projectId, annotationId: 'a1' });
  it('is refused without the token and from a foreign origin, opening nothing', async () => {
    expect((await request('POST', '/api/links.open', { 'Content-Type': 'application/json' }, body())).status).toBe(401);
    const foreign = await request('POST', '/api/links.open', { Authorization: `Bearer ${bridge.token}`, Origin: 'https://evil.example' }, body());
    expect(foreign.status).toBe(403);
    expect(await backend.invoke('project.current', undefined)).toBeNull();
  });

  it('with the token, opens the recent project with that id (the passage is then looked up)', async () => {
    const reply = await request('POST', '/api/links.open', { Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json' }, body());
    expect(reply.text).toContain('link.passageNotFound');
    expect((await backend.invoke('project.current', undefined))?.path).toBe(projectFile);
  });
});
