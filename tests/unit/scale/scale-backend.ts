// Set-up for the scale tests: a private copy of the cached scale project opened in a real
// backend (the contract the renderer and the web host call), in its own temp dir.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../../main/core/backend';
import { copyScaleProject, type ScaleProject } from '../../helpers/scale-project';

export interface ScaleBackend {
  dir: string;
  file: string;
  backend: Backend;
  close(): Promise<void>;
}

export async function openScaleBackend(p: ScaleProject, prefix = 'glossa-scale-run-'): Promise<ScaleBackend> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = copyScaleProject(p, path.join(dir, 'scale.glossa'));
  const backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
  await backend.invoke('project.open', { path: file });
  return {
    dir,
    file,
    backend,
    async close() {
      try {
        await backend.dispose();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The sizes every scale test runs at: a small project and the scale one, same code paths. */
export const SMALL_DOCS = 30;
