// Calls one contract channel of a test's web host directly (set-up and checks that need no UI),
// with the host's token, through the same wire encoding the renderer uses.
import { decodeWire, encodeWire } from '../../shared/wire';
import type { GlossaEnv } from './fixtures';

export async function callApi<T>(glossa: GlossaEnv, channel: string, input?: unknown): Promise<T> {
  const res = await fetch(`${glossa.baseUrl}/api/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${glossa.token}`, 'Content-Type': 'application/json' },
    body: input === undefined ? '' : encodeWire(input),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${channel}: HTTP ${res.status} ${text}`);
  return decodeWire<T>(text);
}
