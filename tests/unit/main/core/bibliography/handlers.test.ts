// The bibliography.* channels through the backend's invoke (what IPC and the HTTP bridge call):
// untrusted shapes are refused with api.badInput, a malformed file with bibliography.badFile
// and nothing written; attach, remove and undo emit the events the library and the record
// panel refresh on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../../main/core/backend';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { addDocument } from '../../../../helpers/temp-project';
import { toErrorData } from '../../../../../shared/errors';

const BIB = fs.readFileSync(path.join(__dirname, '../../../../fixtures/bibliography/reports.bib'), 'utf8');
let dir: string;
let backend: Backend;
let events: string[];
let docId: string;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-bib-handlers-'));
  backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
  events = [];
  backend.on((e) => void events.push(e));
  const file = path.join(dir, 'p.glossa');
  const h = createProject(file);
  docId = addDocument(h.db, ['Strasbourg, 2018.'], { title: '', fileName: 'GRETA_2018_20.pdf' }).id;
  closeProject(h);
  await backend.invoke('project.open', { path: file });
  events.length = 0;
});
afterEach(async () => {
  await backend.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function refused(channel: 'bibliography.attach' | 'bibliography.attachPreview' | 'bibliography.get', input: unknown): Promise<{ code: string; message: string }> {
  try {
    await backend.invoke(channel, input as never);
  } catch (err) {
    return toErrorData(err);
  }
  throw new Error('not refused');
}

describe('bibliography channels', () => {
  it('refuse bad shapes and malformed files, writing nothing', async () => {
    expect((await refused('bibliography.attachPreview', { fileName: 'x.bib' })).code).toBe('api.badInput');
    expect((await refused('bibliography.attach', { fileName: 'x.bib', text: BIB, choices: 'all' })).code).toBe('api.badInput');
    expect((await refused('bibliography.attach', { fileName: 'x.bib', text: BIB, choices: [{ index: -1, documentId: docId }] })).code).toBe('api.badInput');
    expect(await refused('bibliography.attach', { fileName: 'x.bib', text: '@report{', choices: [{ index: 0, documentId: docId }] })).toMatchObject({ code: 'bibliography.badFile' });
    expect(await backend.invoke('bibliography.get', { documentId: docId })).toBeNull();
    expect((await refused('bibliography.get', {})).code).toBe('api.badInput');
  });

  it('attach, remove and undo: the record comes and goes, the events fire', async () => {
    const preview = await backend.invoke('bibliography.attachPreview', { fileName: 'reports.bib', text: BIB });
    const greta = preview.proposals.find((p) => p.citekey === 'greta-2018-20')!;
    expect(greta.documentId).toBe(docId);
    expect(await backend.invoke('bibliography.attach', { fileName: 'reports.bib', text: BIB, choices: [{ index: greta.index, documentId: docId }] })).toEqual({ attached: 1, filled: 1 });
    expect(events).toEqual(['coding.changed', 'documents.changed']);
    expect((await backend.invoke('documents.get', { id: docId }))?.title).toBe('Evaluation Report: Ukraine, Second Evaluation Round');
    await backend.invoke('bibliography.remove', { documentId: docId });
    expect(await backend.invoke('bibliography.get', { documentId: docId })).toBeNull();
    await backend.invoke('undo.undo', undefined);
    expect((await backend.invoke('bibliography.get', { documentId: docId }))?.citekey).toBe('greta-2018-20');
    await backend.invoke('undo.undo', undefined);
    expect(await backend.invoke('bibliography.get', { documentId: docId })).toBeNull();
    expect((await backend.invoke('documents.get', { id: docId }))?.title).toBe('GRETA_2018_20.pdf');
  });
});
