// coder.get / coder.set through the backend: the identity is created once, renamed and
// recoloured in <userDataDir>/coder.json with a stable id, and new highlights carry the new name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../../../main/core/backend';

let dir = '';
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('coder.get / coder.set', () => {
  it('renames and recolours the researcher, keeps the id, refuses bad input', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-coder-'));
    const dataDir = path.join(dir, 'data');
    const backend = createBackend({ userDataDir: dataDir, host: 'web' });
    try {
      const first = await backend.invoke('coder.get', undefined);
      expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
      const renamed = await backend.invoke('coder.set', { name: '  Анна Петрова ', color: '#59A14F' });
      expect(renamed).toEqual({ id: first.id, name: 'Анна Петрова', color: '#59a14f' });
      expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'coder.json'), 'utf8'))).toEqual(renamed);
      await expect(backend.invoke('coder.set', { name: '   ' })).rejects.toMatchObject({ code: 'coder.badInput' });
      await expect(backend.invoke('coder.set', { color: 'red' })).rejects.toMatchObject({ code: 'coder.badInput' });

      // The coding handlers use the same identity: a new code's history entry names the new name.
      await backend.invoke('project.create', { path: path.join(dir, 'p.glossa') });
      await backend.invoke('codes.create', { name: 'Victims' });
      const [entry] = await backend.invoke('history.list', { limit: 1 });
      expect(entry).toMatchObject({ coderId: first.id, coderName: 'Анна Петрова' });
    } finally {
      await backend.dispose();
    }
    // A new backend on the same data folder reads the saved identity.
    const again = createBackend({ userDataDir: dataDir, host: 'web' });
    expect((await again.invoke('coder.get', undefined)).name).toBe('Анна Петрова');
    await again.dispose();
  });
});
