// links.open through the composed backend, with real project files: the open project when it
// has the link's id; a recent one (opened, becoming the open project) otherwise; the
// recipient's copy of a sent project (forked from the link's id, annotation ids kept); a clear
// error for an unknown project, a deleted passage or a malformed id — and the files peeked on
// the way are not changed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../../main/core/backend';
import { openReceivedProject } from '../../../../../main/core/share/send-project';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { getMeta } from '../../../../../main/db/repositories/meta';
import { addDocument } from '../coding/coding-fixture';

let dir: string;
let backend: Backend;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-links-'));
  backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
});
afterEach(async () => {
  await backend.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A closed project with one document; its id and the document's. */
function makeProject(name: string, pages: string[]) {
  const file = path.join(dir, `${name}.glossa`);
  const h = createProject(file, name);
  const documentId = addDocument(h.db, `${name} report`, pages);
  const projectId = getMeta(h.db, 'id')!;
  closeProject(h);
  return { file, projectId, documentId };
}

async function highlight(documentId: string, pageIndex: number) {
  const a = await backend.invoke('annotations.create', {
    documentId, kind: 'text', color: null, comment: '', codeIds: [],
    targets: [{ pageIndex, rects: [], quote: { type: 'TextQuoteSelector', exact: 'referral', prefix: '', suffix: '' }, position: null }],
  });
  return a.id;
}

describe('links.open', () => {
  it('answers the passage in the open project, and opens a recent project that has the link\'s id', async () => {
    const a = makeProject('alpha', ['Page one.', 'The referral mechanism, page two.']);
    const b = makeProject('beta', ['Other project.']);
    await backend.invoke('project.open', { path: a.file });
    const annotationId = await highlight(a.documentId, 1);
    expect(await backend.invoke('links.open', { projectId: a.projectId, annotationId })).toMatchObject({
      project: { id: a.projectId, path: a.file }, documentId: a.documentId, pageIndex: 1, annotationId,
    });
    await backend.invoke('project.open', { path: b.file });
    const bytesOfB = fs.readFileSync(b.file);
    const target = await backend.invoke('links.open', { projectId: a.projectId, annotationId });
    expect(target).toMatchObject({ project: { id: a.projectId, path: a.file }, documentId: a.documentId, pageIndex: 1 });
    expect((await backend.invoke('project.current', undefined))?.path).toBe(a.file);
    // The other recent project was only peeked at, never written.
    expect(fs.readFileSync(b.file).equals(bytesOfB)).toBe(true);
  });

  it('opens the recipient\'s copy of a sent project: forked from the link\'s id, same annotation ids', async () => {
    const a = makeProject('sender', ['The referral mechanism.']);
    await backend.invoke('project.open', { path: a.file });
    const annotationId = await highlight(a.documentId, 0);
    const copy = path.join(dir, 'received.glossa');
    await backend.invoke('share.send', { path: copy });
    await backend.invoke('project.close', undefined);
    closeProject(openReceivedProject(copy)); // re-identified on first open
    // The recipient's installation knows only the copy.
    await backend.dispose();
    backend = createBackend({ userDataDir: path.join(dir, 'recipient'), host: 'web' });
    await backend.invoke('project.open', { path: copy });
    await backend.invoke('project.close', undefined);
    const target = await backend.invoke('links.open', { projectId: a.projectId, annotationId });
    expect(target.project.path).toBe(copy);
    expect(target.project.id).not.toBe(a.projectId);
    expect(target).toMatchObject({ documentId: a.documentId, annotationId, pageIndex: 0 });
  });

  it('says so when no open or recent project has the id, or the passage is gone', async () => {
    const a = makeProject('alpha', ['The referral mechanism.']);
    await backend.invoke('project.open', { path: a.file });
    const annotationId = await highlight(a.documentId, 0);
    await expect(backend.invoke('links.open', { projectId: '0f8fad5b-d9cb-469f-a165-70867728950e', annotationId })).rejects.toMatchObject({ code: 'link.projectNotFound' });
    await backend.invoke('annotations.delete', { id: annotationId });
    await expect(backend.invoke('links.open', { projectId: a.projectId, annotationId })).rejects.toMatchObject({ code: 'link.passageNotFound' });
  });

  it('refuses ids a link cannot carry, and input that is not a link', async () => {
    for (const input of [{ projectId: '../x', annotationId: 'a' }, { projectId: 'p', annotationId: "a' OR 1=1" }, { projectId: 1, annotationId: 'a' }, {}]) {
      await expect(backend.invoke('links.open', input as never)).rejects.toMatchObject({ code: 'link.badLink' });
    }
    await expect(backend.invoke('links.open', null as never)).rejects.toMatchObject({ code: 'api.badInput' });
  });
});
