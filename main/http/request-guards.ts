// Who may talk to the web host: requests must name our loopback address in Host (a DNS-
// rebinding page on evil.example resolving to 127.0.0.1 still sends Host: evil.example), POSTs
// must not come from a foreign Origin, and every API call carries the per-launch token. The
// token is compared in constant time so response timing leaks nothing about it.
import crypto from 'node:crypto';
import type http from 'node:http';

/** 32 random bytes = 256 bits: not guessable within any number of local requests. */
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function tokensEqual(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  // Hash both sides first: timingSafeEqual needs equal lengths, and hashing hides the length too.
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostAllowed(req: http.IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return typeof host === 'string' && allowedHosts(port).has(host.toLowerCase());
}

/** No Origin (curl, the CLI, tests) is fine: the token still guards. A foreign one is refused. */
export function originAllowed(req: http.IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function bearerToken(req: http.IncomingMessage): string | null {
  const auth = req.headers.authorization;
  if (typeof auth !== 'string') return null;
  const m = /^Bearer\s+(\S+)$/i.exec(auth);
  return m ? m[1] : null;
}
