// The backend in its own thread, as Electron's main process and the web host run it: calls
// and results, GlossaError codes, events, native dialogs called back on the host's thread,
// and dispose closing the project (WAL folded back). Real worker thread, real project file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DialogProvider } from '../../../../../main/core/backend';
import { startBackendThread, type BackendClient } from '../../../../../main/core/threads/backend-client';

let dir: string;
let client: BackendClient | null;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-backend-thread-'));
  client = null;
});
afterEach(async () => {
  await client?.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backend thread', () => {
  it('serves the contract from another thread, with events, errors and host dialogs', async () => {
    const dialogThreads: number[] = [];
    const file = path.join(dir, 'p.glossa');
    const dialogs: DialogProvider = {
      newProject: async () => [],
      openProject: async () => (dialogThreads.push(threadId), [file]),
      saveProjectAs: async () => [],
      importPdfs: async () => [],
    };
    const c = (client = await startBackendThread({ userDataDir: path.join(dir, 'data'), host: 'electron', dialogs }));
    const events: string[] = [];
    c.on((e) => events.push(e));
    const info = await c.invoke('project.create', { path: file, name: 'Thread test' });
    expect(info).toMatchObject({ name: 'Thread test', path: file });
    expect((await c.invoke('codes.list', undefined)).length).toBeGreaterThan(10);
    expect(events).toContain('project.changed');
    await expect(c.invoke('project.open', { path: path.join(dir, 'missing.glossa') })).rejects.toMatchObject({ name: 'GlossaError', code: 'project.notFound' });
    // The dialog runs here, on the host's thread, called back by the backend thread.
    expect(await c.invoke('dialog.openProject', undefined)).toEqual({ supported: true, paths: [file] });
    expect(dialogThreads).toEqual([threadId]);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    await c.dispose();
    client = null;
    expect(fs.existsSync(`${file}-wal`)).toBe(false); // closed: WAL checkpointed and removed
    await expect(c.invoke('app.info', undefined)).rejects.toMatchObject({ code: 'internal' });
  });
});
