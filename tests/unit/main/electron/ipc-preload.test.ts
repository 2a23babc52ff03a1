// Every contract channel goes all the way from the sandboxed preload to the backend (issue 9):
// the preload bundle (built as esbuild.config.ts builds it) runs in a fresh VM context whose
// `require` gives only an `electron` module of recording parts (contextBridge, ipcRenderer,
// webUtils) — Electron's binary cannot run here — and ipc.ts registers on a recording ipcMain
// in front of a real backend. For each handler the backend has, the page's `window.glossa`
// has a function whose call reaches that handler; the extras (`on`, `pathForFile`) work, and
// a call from another page is refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, EVENTS } from '../../../../shared/contract';
import { BRIDGE_EXTRAS, IPC_EVENT, type IpcResult } from '../../../../shared/ipc-bridge';
import { createBackend, type Backend } from '../../../../main/core/backend';
import { registerIpc, type IpcMainLike } from '../../../../main/electron/ipc';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-ipc-'));

type Listener = (event: { senderFrame: { url: string } }, input: unknown) => Promise<unknown>;
const handlers = new Map<string, Listener>();
const ipcMain: IpcMainLike = {
  handle: (channel, listener) => {
    if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    handlers.set(channel, listener as Listener);
  },
  removeHandler: (channel) => void handlers.delete(channel),
};

let backend: Backend;
let invoked: string[] = [];
let pageUrl = 'app://glossa/index.html';
let rendererListeners: Array<(e: unknown, ...args: unknown[]) => void> = [];
let exposed: Record<string, unknown> = {};
let unregister: () => void;

beforeAll(async () => {
  backend = createBackend({ userDataDir: path.join(tmp, 'data'), host: 'electron' });
  unregister = registerIpc(ipcMain, (channel, input) => {
    invoked.push(channel);
    return backend.invoke(channel, input as never);
  });

  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(repoRoot, 'main', 'electron', 'preload.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    write: false,
  });
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: Record<string, unknown>) => void (exposed[name] = api) },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        const handler = handlers.get(channel);
        if (!handler) throw new Error(`No handler registered for '${channel}'`);
        return handler({ senderFrame: { url: pageUrl } }, structuredClone(input));
      },
      on: (channel: string, l: (e: unknown, ...args: unknown[]) => void) => void (channel === IPC_EVENT && rendererListeners.push(l)),
      removeListener: (_c: string, l: unknown) => void (rendererListeners = rendererListeners.filter((x) => x !== l)),
    },
    webUtils: { getPathForFile: (file: { testPath: string }) => file.testPath },
  };
  const module = { exports: {} };
  const sandboxRequire = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require '${name}'`);
  };
  vm.runInNewContext(`(function (require, module, exports) {${result.outputFiles[0].text}\n})`, {})(sandboxRequire, module, module.exports);
});

afterAll(async () => {
  unregister();
  await backend.dispose();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('IPC registration and the preload', () => {
  it('registers exactly one handler per contract channel', () => {
    expect([...handlers.keys()].sort()).toEqual(CHANNELS.map((c) => `glossa:${c}`).sort());
    expect(Object.keys(backend.handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('exposes one function per backend handler, plus on and pathForFile, and nothing else', () => {
    const bridge = exposed.glossa as Record<string, unknown>;
    expect(bridge).toBeDefined();
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(backend.handlers), ...BRIDGE_EXTRAS].sort());
    for (const key of Object.keys(bridge)) expect(typeof bridge[key], key).toBe('function');
  });

  it('each channel called from the page reaches its backend handler', async () => {
    const bridge = exposed.glossa as Record<string, (input?: unknown) => Promise<IpcResult<unknown>>>;
    // Side-effect-free calls get their real answer; the rest are called with no input and
    // must still arrive (and come back as { ok } or { error } data, never a thrown error).
    expect(await bridge['app.info']()).toMatchObject({ ok: { host: 'electron' } });
    expect(await bridge['project.current']()).toEqual({ ok: null });
    expect(await bridge['documents.list']({})).toMatchObject({ error: { code: 'project.noneOpen' } });
    invoked = [];
    for (const channel of Object.keys(backend.handlers)) {
      const result = await bridge[channel](undefined);
      expect('ok' in result || 'error' in result, channel).toBe(true);
      if ('error' in result) expect(result.error.code, channel).not.toBe('api.unknownChannel');
    }
    expect(invoked.sort()).toEqual(Object.keys(backend.handlers).sort());
  });

  it('gives a dropped file\'s path through webUtils and forwards backend events', () => {
    const bridge = exposed.glossa as { pathForFile: (f: unknown) => string; on: (e: string, cb: (p: unknown) => void) => () => void };
    expect(bridge.pathForFile({ testPath: '/reports/osce.pdf' })).toBe('/reports/osce.pdf');
    const got: unknown[] = [];
    const off = bridge.on(EVENTS[0], (p) => got.push(p));
    for (const l of rendererListeners) l({}, EVENTS[0], { n: 1 });
    for (const l of rendererListeners) l({}, 'project.changed', { n: 2 });
    off();
    for (const l of rendererListeners) l({}, EVENTS[0], { n: 3 });
    expect(got).toEqual([{ n: 1 }]);
    expect(() => bridge.on('not.an.event', () => undefined)).toThrow();
  });

  it('refuses calls from any other page', async () => {
    const bridge = exposed.glossa as Record<string, () => Promise<IpcResult<unknown>>>;
    pageUrl = 'https://example.org/';
    try {
      expect(await bridge['app.info']()).toMatchObject({ error: { code: 'api.unauthorized' } });
      pageUrl = 'app://glossa.evil/index.html';
      expect(await bridge['app.info']()).toMatchObject({ error: { code: 'api.unauthorized' } });
    } finally {
      pageUrl = 'app://glossa/index.html';
    }
  });
});
