// GET /files/<document id> on the web host's bridge, against a real backend and a real project
// holding a real PDF: the token is required (no bytes without it), a Range request gets 206
// with the exact bytes and a Content-Range naming the stored size, suffix and open ranges work,
// a range past the end is refused with 416, no Range gets the whole file, an unknown document
// is 404, and only GET is served. This is what pdf.js' range transport reads in the browser.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../main/core/backend';
import { importPdfs } from '../../../../main/core/documents/import-pdfs';
import { closeProject, createProject } from '../../../../main/core/project/project-file';
import { startHttpBridge, type Bridge } from '../../../../main/http/http-bridge';
import { ExtractPool } from '../../../../main/pdf/extract-pool';
import { makeEnglishReport, writeFixture } from '../../../fixtures/pdf-fixtures';

let tmp: string;
let backend: Backend;
let bridge: Bridge;
let pdf: Buffer;
let docId: string;

function get(urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: bridge.port, method, path: urlPath, headers: { Host: `127.0.0.1:${bridge.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const auth = () => ({ Authorization: `Bearer ${bridge.token}` });

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-ranges-'));
  const file = path.join(tmp, 'p.glossa');
  pdf = Buffer.from(await makeEnglishReport());
  const handle = createProject(file);
  const pool = new ExtractPool({ size: 1 });
  try {
    const [status] = await importPdfs(handle, [{ kind: 'path', path: writeFixture(tmp, 'report.pdf', pdf) }], { pool, onProgress: () => undefined });
    docId = status.documentId!;
  } finally {
    await pool.close();
    closeProject(handle);
  }
  const staticDir = path.join(tmp, 'renderer');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Glossa</title>');
  backend = createBackend({ userDataDir: path.join(tmp, 'data'), host: 'web' });
  await backend.invoke('project.open', { path: file });
  bridge = await startHttpBridge({ backend, staticDir });
});

afterAll(async () => {
  await bridge?.close();
  await backend?.dispose();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the web host serves stored PDFs by range', () => {
  it('refuses without the token or with a wrong one, sending no PDF bytes', async () => {
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: `Basic ${bridge.token}` }] as Array<Record<string, string>>) {
      const r = await get(`/files/${docId}`, { ...headers, Range: 'bytes=0-99' });
      expect(r.status).toBe(401);
      expect(r.body.includes(Buffer.from('%PDF'))).toBe(false);
    }
    // The token in the query (as /events takes it) is not accepted here: pdf.js sends a header.
    expect((await get(`/files/${docId}?token=${encodeURIComponent(bridge.token)}`)).status).toBe(401);
  });

  it('answers a range with 206, the exact bytes and Content-Range over the stored size', async () => {
    const r = await get(`/files/${docId}`, { ...auth(), Range: 'bytes=0-99' });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe(`bytes 0-99/${pdf.length}`);
    expect(r.headers['content-length']).toBe('100');
    expect(r.headers['accept-ranges']).toBe('bytes');
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(r.body.equals(pdf.subarray(0, 100))).toBe(true);

    const mid = await get(`/files/${docId}`, { ...auth(), Range: 'bytes=1000-1499' });
    expect(mid.status).toBe(206);
    expect(mid.body.equals(pdf.subarray(1000, 1500))).toBe(true);
  });

  it('serves suffix and open-ended ranges, and clips an end past the file', async () => {
    const tail = await get(`/files/${docId}`, { ...auth(), Range: 'bytes=-64' });
    expect(tail.status).toBe(206);
    expect(tail.headers['content-range']).toBe(`bytes ${pdf.length - 64}-${pdf.length - 1}/${pdf.length}`);
    expect(tail.body.equals(pdf.subarray(pdf.length - 64))).toBe(true);

    const rest = await get(`/files/${docId}`, { ...auth(), Range: `bytes=${pdf.length - 10}-` });
    expect(rest.status).toBe(206);
    expect(rest.body.equals(pdf.subarray(pdf.length - 10))).toBe(true);

    const clipped = await get(`/files/${docId}`, { ...auth(), Range: `bytes=${pdf.length - 5}-${pdf.length + 1000}` });
    expect(clipped.status).toBe(206);
    expect(clipped.headers['content-range']).toBe(`bytes ${pdf.length - 5}-${pdf.length - 1}/${pdf.length}`);
    expect(clipped.body.equals(pdf.subarray(pdf.length - 5))).toBe(true);
  });

  it('refuses a range past the end with 416 and the size', async () => {
    for (const range of [`bytes=${pdf.length}-`, `bytes=${pdf.length + 10}-${pdf.length + 20}`, 'bytes=-0', 'bytes=50-10']) {
      const r = await get(`/files/${docId}`, { ...auth(), Range: range });
      expect(r.status, range).toBe(416);
      expect(r.headers['content-range'], range).toBe(`bytes */${pdf.length}`);
      expect(r.body.length, range).toBe(0);
    }
  });

  it('sends the whole file without a Range (or with one it ignores), 404 for an unknown document, GET only', async () => {
    for (const headers of [auth(), { ...auth(), Range: 'bytes=0-9,20-29' }, { ...auth(), Range: 'pages=1' }]) {
      const r = await get(`/files/${docId}`, headers);
      expect(r.status).toBe(200);
      expect(r.headers['accept-ranges']).toBe('bytes');
      expect(r.body.equals(pdf)).toBe(true);
    }
    expect((await get('/files/no-such-document', { ...auth(), Range: 'bytes=0-9' })).status).toBe(404);
    expect((await get(`/files/${docId}`, auth(), 'POST')).status).toBe(405);
    expect((await get(`/files/${docId}`, { ...auth(), Host: 'evil.example' })).status).toBe(403);
  });
});
