// Serves the built renderer (dist/renderer) to the browser: GET/HEAD only, no directory
// listings, no path outside the folder (../ and encoded variants resolve and are checked),
// index.html for "/" and for client-side routes without a file extension. Symbolic links are
// never followed (a link in the build folder could point anywhere on the machine): the real
// path of every file served must be the path asked for, and it is opened with O_NOFOLLOW.
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { MIME_TYPES, SECURITY_HEADERS } from './content-security';

function send(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

export function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, root: string, pathname: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'Method not allowed');
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return send(res, 400, 'Bad path');
  }
  if (decoded.includes('\u0000')) return send(res, 400, 'Bad path');
  const base = realpathOrNull(path.resolve(root)) ?? path.resolve(root);
  let file = path.resolve(base, '.' + path.posix.normalize('/' + decoded));
  if (file !== base && !file.startsWith(base + path.sep)) return send(res, 403, 'Forbidden');

  let stat = statOrNull(file);
  if (stat?.isDirectory()) {
    file = path.join(file, 'index.html');
    stat = statOrNull(file);
  } else if (!stat && path.extname(file) === '') {
    file = path.join(base, 'index.html');
    stat = statOrNull(file);
  }
  if (stat && realpathOrNull(file) !== file) stat = null; // a symbolic link somewhere below the root
  let fd: number | null = null;
  if (stat?.isFile()) {
    try {
      fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    } catch {
      stat = null;
    }
  }
  if (!stat || !stat.isFile() || fd === null) {
    if (!fs.existsSync(path.join(base, 'index.html'))) {
      return send(res, 503, 'The Glossa interface is not built yet: run `npm run build`, then start the web host again.');
    }
    return send(res, 404, 'Not found');
  }
  const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': String(stat.size),
    // The HTML must be revalidated so a rebuilt bundle is picked up; Vite's assets are hashed.
    'Cache-Control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600',
  });
  if (req.method === 'HEAD') {
    fs.closeSync(fd);
    return void res.end();
  }
  fs.createReadStream(file, { fd }).pipe(res);
}

function realpathOrNull(file: string): string | null {
  try {
    return fs.realpathSync(file);
  } catch {
    return null;
  }
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}
