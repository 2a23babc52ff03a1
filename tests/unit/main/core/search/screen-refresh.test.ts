// The backend keeps the open project's search screens in step with its pages
// (screen-refresh.ts): opening a project whose screens are behind ranks them in a job thread
// (a real JobRunner), pages committed by another connection (as an import or merge job commits
// them) are ranked again after the next request, the screens then serve the search, and a
// project too small for any kept search never starts a job.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../../main/core/backend';
import { createJobRunner, type JobRunner } from '../../../../../main/core/jobs/job-runner';
import { closeProject, createProject, openProject } from '../../../../../main/core/project/project-file';
import { screenStats, searchState } from '../../../../../main/db/repositories/search-screens';
import { addDocument } from '../../../../helpers/temp-project';

let dir: string;
let file: string;
let real: JobRunner;
let ran: string[];
let backend: Backend | null = null;

const pages = (n: number, word: string) => Array.from({ length: n }, (_, i) => `Page ${i}: the ${word} ${'corridor '.repeat(1 + (i % 3))}study.`);

function startBackend(minPages: number): Backend {
  ran = [];
  const recording: JobRunner = { ...real, run: (name, args, opts) => (ran.push(name), real.run(name, args, opts)) };
  backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web', jobs: recording, searchScreens: { quietMs: 20, minPages } });
  return backend;
}

/** The file's search state and screens, read on a connection of this test's own. */
function onDisk() {
  const h = openProject(file);
  try {
    return { ...searchState(h.db)!, ...screenStats(h.db) };
  } finally {
    closeProject(h);
  }
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-screen-refresh-'));
  file = path.join(dir, 'p.glossa');
  real = createJobRunner();
  const h = createProject(file);
  addDocument(h.db, pages(40, 'border'), { title: 'Report' });
  closeProject(h);
});
afterEach(async () => {
  await backend?.dispose();
  backend = null;
  await real.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('search screens kept in step', () => {
  it('are ranked on open and again after pages another connection committed', async () => {
    const b = startBackend(20);
    await b.invoke('project.open', { path: file });
    await b.searchScreens.idle();
    const first = onDisk();
    expect(ran).toEqual(['searchScreens']);
    expect(first.screensGeneration).toBe(first.generation);
    expect(first.screens).toBeGreaterThan(3);

    const other = openProject(file);
    addDocument(other.db, pages(30, 'harbour'), { title: 'Later' });
    closeProject(other);
    const r = await b.invoke('search.query', { text: 'harbour', limit: 50 });
    expect(r.total).toBe(30); // live: the screens are behind
    await b.searchScreens.idle();
    const second = onDisk();
    expect(ran).toEqual(['searchScreens', 'searchScreens']);
    expect(second.generation).toBeGreaterThan(first.generation);
    expect(second.screensGeneration).toBe(second.generation);
    const served = await b.invoke('search.query', { text: 'harbour', limit: 50 });
    expect(served).toMatchObject({ total: 30, totalExact: true });
    expect(served.hits).toHaveLength(30);
  });

  it('are never ranked for a project smaller than a kept search', async () => {
    const b = startBackend(1000);
    await b.invoke('project.open', { path: file });
    await b.invoke('search.query', { text: 'corridor', limit: 50 });
    await b.searchScreens.idle();
    expect(ran).toEqual([]);
    expect(onDisk().screensGeneration).toBe(0);
  });
});
