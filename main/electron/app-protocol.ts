// Serves the built renderer at app://glossa/... instead of file:// (file:// pages can read
// any local file and share one origin). Same CSP as the web host; no path outside the folder.
import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { MIME_TYPES, SECURITY_HEADERS } from '../http/content-security';

import { APP_HOST, APP_SCHEME } from './app-origin';

export { APP_HOST, APP_ORIGIN, APP_SCHEME } from './app-origin';

/** Must run before app 'ready': a standard, secure scheme gets an origin, fetch and workers. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

export function handleAppProtocol(rendererDir: string): void {
  const base = path.resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      return new Response('Bad path', { status: 400 });
    }
    let file = path.resolve(base, '.' + path.posix.normalize('/' + rel));
    if (file !== base && !file.startsWith(base + path.sep)) return new Response('Forbidden', { status: 403 });
    if (file === base || path.extname(file) === '') file = path.join(base, 'index.html');
    try {
      const body = await fs.readFile(file);
      const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': type } });
    } catch {
      return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    }
  });
}
