// The local HTTP bridge that serves the typed contract to a browser for `npm run web`:
// POST /api/<channel> (JSON with bytes, see shared/wire.ts), GET /events (Server-Sent Events),
// GET /open?project=&annotation= (a passage link: the app's page only, see below),
// GET /files/<document id> (a stored PDF, answering HTTP Range requests: pdf.js reads the
// parts the first page needs instead of the whole file first) and the built renderer as
// static files. Bound to 127.0.0.1 only; every API call needs the
// per-launch token; Host and Origin are checked against DNS rebinding and cross-site posts.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventName, Events } from '../../shared/contract';
import { decodeWire, encodeWire } from '../../shared/wire';
import { GlossaError, toErrorData, type ErrorData } from '../../shared/errors';
import type { BackendClient } from '../core/threads/backend-client';
import { isChannel } from '../core/backend';
import { answerRange } from './byte-range';
import { SECURITY_HEADERS } from './content-security';
import { bearerToken, hostAllowed, newToken, originAllowed, tokensEqual } from './request-guards';
import { serveStatic } from './static-files';
import { WEB_OPEN_PATH } from '../../shared/links/passage-link';

export interface BridgeOptions {
  backend: BackendClient;
  /** Folder with the built renderer (index.html). */
  staticDir: string;
  /** 0 (default) lets the OS pick a free port. */
  port?: number;
  /** Tests may fix the token; a launch always gets a fresh random one. */
  token?: string;
}

export interface Bridge {
  port: number;
  token: string;
  /** http://127.0.0.1:PORT/#token=... — the fragment never reaches the server or its logs. */
  url: string;
  close(): Promise<void>;
}

/** A 200 MB PDF as base64 is ~270 MB of JSON; 512 MiB bounds memory against runaway posts. */
export const MAX_BODY_BYTES = 512 * 1024 * 1024;
/** Proxies and browsers drop idle streams after ~60 s; a comment every 20 s keeps SSE alive. */
const SSE_HEARTBEAT_MS = 20_000;

const STATUS_BY_CODE: Partial<Record<ErrorData['code'], number>> = {
  'api.badInput': 400,
  'api.unauthorized': 401,
  'api.unknownChannel': 404,
  'document.notFound': 404,
  'project.notFound': 404,
  'project.alreadyExists': 409,
  'project.noneOpen': 409,
  internal: 500,
};

function sendJson(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}

function sendBytes(res: http.ServerResponse, bytes: Uint8Array): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/octet-stream',
    'Cache-Control': 'no-store',
    'Content-Length': String(bytes.byteLength),
  });
  res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

function sendError(res: http.ServerResponse, err: unknown, status?: number): void {
  const data = toErrorData(err);
  if (data.code === 'internal') console.error('[glossa web] internal error:', err);
  sendJson(res, status ?? STATUS_BY_CODE[data.code] ?? 400, encodeWire({ error: data }));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new GlossaError('api.badInput', `Request too large (over ${MAX_BODY_BYTES / 1024 / 1024} MiB)`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const unauthorized = () => new GlossaError('api.unauthorized', 'Missing or wrong access token. Open the address printed by the web host.');

export function startHttpBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? newToken();
  const sseClients = new Set<http.ServerResponse>();
  let port = 0;

  const unsubscribe = opts.backend.on(<E extends EventName>(event: E, payload: Events[E]) => {
    const frame = `event: ${event}\ndata: ${encodeWire(payload)}\n\n`;
    for (const res of sseClients) res.write(frame);
  });

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendError(res, new GlossaError('api.badInput', 'API calls must be POST'), 405);
    }
    if (!originAllowed(req, port)) return sendError(res, new GlossaError('api.unauthorized', 'Foreign origin refused'), 403);
    if (!tokensEqual(bearerToken(req), token)) {
      req.resume();
      return sendError(res, unauthorized());
    }
    if (!isChannel(channel)) {
      req.resume();
      return sendError(res, new GlossaError('api.unknownChannel', `Unknown channel: ${channel}`, { channel }));
    }
    let input: unknown;
    try {
      const text = await readBody(req);
      input = text.length === 0 ? undefined : decodeWire(text);
    } catch (err) {
      return sendError(res, err instanceof GlossaError ? err : new GlossaError('api.badInput', 'The request body is not valid JSON'));
    }
    try {
      const output = await opts.backend.invoke(channel, input as never);
      // Binary outputs (a PDF's bytes) go raw: base64-in-JSON costs ~2 s on a 600-page report.
      if (output instanceof Uint8Array) sendBytes(res, output);
      else sendJson(res, 200, encodeWire(output ?? null));
    } catch (err) {
      sendError(res, err);
    }
  }

  /** GET /files/<id>: the stored PDF, whole (200) or the one range asked for (206), token required. */
  async function handleFile(req: http.IncomingMessage, res: http.ServerResponse, id: string): Promise<void> {
    req.resume();
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      return sendError(res, new GlossaError('api.badInput', 'GET only'), 405);
    }
    if (!tokensEqual(bearerToken(req), token)) return sendError(res, unauthorized());
    let size: number;
    try {
      size = await opts.backend.invoke('documents.pdfSize', { id });
    } catch (err) {
      return sendError(res, err);
    }
    const range = answerRange(req.headers.range, size);
    const headers = { ...SECURITY_HEADERS, 'Content-Type': 'application/pdf', 'Cache-Control': 'no-store', 'Accept-Ranges': 'bytes' };
    if (range.kind === 'unsatisfiable') {
      res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` });
      return void res.end();
    }
    try {
      const bytes = range.kind === 'whole'
        ? await opts.backend.invoke('documents.pdfBytes', { id })
        : await opts.backend.invoke('documents.pdfRange', { id, start: range.start, end: range.end });
      const status = range.kind === 'whole' ? 200 : 206;
      const extra: Record<string, string> = range.kind === 'part' ? { 'Content-Range': `bytes ${range.start}-${range.end}/${size}` } : {};
      res.writeHead(status, { ...headers, ...extra, 'Content-Length': String(bytes.byteLength) });
      res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (err) {
      sendError(res, err);
    }
  }

  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse, query: URLSearchParams): void {
    if (req.method !== 'GET') return sendError(res, new GlossaError('api.badInput', 'GET only'), 405);
    // EventSource cannot set headers, so the token comes as ?token=; a header works as well.
    if (!tokensEqual(query.get('token') ?? bearerToken(req), token)) return sendError(res, unauthorized());
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    sseClients.add(res);
    const heartbeat = setInterval(() => res.write(': ping\n\n'), SSE_HEARTBEAT_MS);
    heartbeat.unref();
    req.on('close', () => {
      clearInterval(heartbeat);
      sseClients.delete(res);
    });
  }

  const server = http.createServer((req, res) => {
    if (!hostAllowed(req, port)) {
      req.resume();
      return sendError(res, new GlossaError('api.unauthorized', 'Unexpected Host header'), 403);
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      void handleApi(req, res, url.pathname.slice('/api/'.length)).catch((err) => sendError(res, err));
    } else if (url.pathname.startsWith('/files/')) {
      let id: string;
      try {
        id = decodeURIComponent(url.pathname.slice('/files/'.length));
      } catch {
        return sendError(res, new GlossaError('api.badInput', 'Bad document id'), 400);
      }
      void handleFile(req, res, id).catch((err) => sendError(res, err));
    } else if (url.pathname === '/events') {
      handleEvents(req, res, url.searchParams);
    } else if (url.pathname === WEB_OPEN_PATH) {
      // A passage link (/open?project=…&annotation=…): the app's page and nothing else, whatever
      // the query and without the token. The page follows the link through the token-guarded
      // API (or hands it to the tab that has the token): a GET here reads and changes nothing.
      req.resume();
      serveStatic(req, res, opts.staticDir, '/index.html');
    } else {
      serveStatic(req, res, opts.staticDir, url.pathname);
    }
  });
  // Large imports post hundreds of MB; the default 300 s request timeout is kept, headers 60 s.
  server.headersTimeout = 60_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      resolve({
        port,
        token,
        url: `http://127.0.0.1:${port}/#token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const res of sseClients) res.end();
            sseClients.clear();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
