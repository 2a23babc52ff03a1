// The one typed client the renderer uses for the backend. In Electron it calls the preload's
// `window.glossa` (IPC); in a browser served by `npm run web` it POSTs to the HTTP bridge with
// the per-launch token and listens to /events. Everything else in renderer/ imports only this.
import type { Channel, Client, EventName, Events, Input, Output } from '../shared/contract';
import { CHANNELS, EVENTS } from '../shared/contract';
import type { ErrorData } from '../shared/errors';
import type { GlossaBridge } from '../shared/ipc-bridge';
import { decodeWire, encodeWire } from '../shared/wire';

/** A backend failure with its plain error data (code doubles as the i18n key errors.<code>). */
export class ApiError extends Error {
  readonly code: ErrorData['code'];
  readonly params?: Record<string, string | number>;

  constructor(readonly data: ErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.params = data.params;
  }
}

declare global {
  interface Window {
    glossa?: GlossaBridge;
  }
}

type Transport = {
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  on<E extends EventName>(event: E, cb: (payload: Events[E]) => void): () => void;
};

// ---- Electron: the preload's bridge ----

function ipcTransport(bridge: GlossaBridge): Transport {
  return {
    async call(channel, input) {
      const fn = bridge[channel] as (i: unknown) => Promise<{ ok: unknown } | { error: ErrorData }>;
      const result = await fn(input);
      if ('error' in result) throw new ApiError(result.error);
      return result.ok as Output<typeof channel>;
    },
    on: (event, cb) => bridge.on(event, cb),
  };
}

// ---- Browser: the HTTP bridge ----

const TOKEN_KEY = 'glossa.token';

/**
 * The web host opens http://127.0.0.1:PORT/#token=...; the fragment never reaches a server.
 * Move it to sessionStorage (survives reloads of this tab only) and strip it from the address
 * bar so it does not end up in history, bookmarks or screenshots.
 */
export function takeTokenFromLocation(): string | null {
  if (typeof window === 'undefined') return null;
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match) {
    const token = decodeURIComponent(match[1]);
    try {
      window.sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      // Storage disabled: keep the token in memory for this page only.
      memoryToken = token;
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return token;
  }
  try {
    return window.sessionStorage.getItem(TOKEN_KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
}

let memoryToken: string | null = null;

function httpTransport(): Transport {
  const token = takeTokenFromLocation() ?? '';
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSource | null = null;

  const connect = () => {
    if (source || typeof EventSource === 'undefined') return;
    source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
    for (const name of EVENTS) {
      source.addEventListener(name, (e) => {
        const payload = decodeWire((e as MessageEvent<string>).data) as never;
        for (const cb of [...(listeners.get(name) ?? [])]) cb(payload);
      });
    }
  };

  return {
    async call(channel, input) {
      let res: Response;
      try {
        res = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: input === undefined ? '' : encodeWire(input),
        });
      } catch (err) {
        throw new ApiError({ code: 'internal', message: `The Glossa web host is not reachable (${String(err)}). Is \`npm run web\` still running?` });
      }
      if (res.ok && res.headers.get('Content-Type') === 'application/octet-stream') {
        return new Uint8Array(await res.arrayBuffer()) as Output<typeof channel>;
      }
      const text = await res.text();
      let body: unknown;
      try {
        body = text ? decodeWire(text) : null;
      } catch {
        throw new ApiError({ code: 'internal', message: `Unexpected reply from the web host (HTTP ${res.status})` });
      }
      if (!res.ok) {
        const error = (body as { error?: ErrorData } | null)?.error;
        throw new ApiError(error ?? { code: 'internal', message: `HTTP ${res.status}` });
      }
      return body as Output<typeof channel>;
    },
    on(event, cb) {
      connect();
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(cb as (payload: never) => void);
      return () => void set.delete(cb as (payload: never) => void);
    },
  };
}

let transport: Transport | null = null;

function current(): Transport {
  if (!transport) {
    const bridge = typeof window !== 'undefined' ? window.glossa : undefined;
    transport = bridge ? ipcTransport(bridge) : httpTransport();
  }
  return transport;
}

export const api: Client = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => current().call(channel, input as never)]),
) as unknown as Client;

/** Subscribes to a backend event; returns the unsubscribe function. */
export function onEvent<E extends EventName>(name: E, cb: (payload: Events[E]) => void): () => void {
  return current().on(name, cb);
}

/** A dropped or picked file's path on disk in the desktop app; null in a browser. */
export function pathForFile(file: File): string | null {
  const bridge = typeof window !== 'undefined' ? window.glossa : undefined;
  return bridge?.pathForFile(file) || null;
}

/**
 * Where pdf.js may read a stored PDF by HTTP Range (the web host's GET /files/<id>, with the
 * token as a header); null in the desktop app, where the bytes come over IPC.
 */
export function pdfRangeSource(documentId: string): { url: string; httpHeaders: Record<string, string> } | null {
  if (transportKind() !== 'web') return null;
  const token = takeTokenFromLocation() ?? '';
  return { url: new URL(`/files/${encodeURIComponent(documentId)}`, window.location.href).href, httpHeaders: { Authorization: `Bearer ${token}` } };
}

/** 'electron' when running inside the desktop app, 'web' in a browser. */
export function transportKind(): 'electron' | 'web' {
  return typeof window !== 'undefined' && window.glossa ? 'electron' : 'web';
}

// Strip the token from the address bar as soon as the app loads, before anything renders.
if (typeof window !== 'undefined' && !window.glossa) current();
