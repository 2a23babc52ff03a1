// The coding channels through the composed backend (createBackend): input checks, results as
// plain data, 'coding.changed' events after mutations and undo/redo, memos, history, re-anchoring.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Events } from '../../../../../shared/contract';
import { createBackend, type Backend } from '../../../../../main/core/backend';
import { closeProject, createProject, openProject } from '../../../../../main/core/project/project-file';
import { addDocument, insertStaleAnnotation } from './coding-fixture';

let dir: string;
let backend: Backend;
let events: Array<[string, unknown]>;
let docId: string;
const PAGE = 'Intro. The EU commissioned a study on trafficking in Moldova. End.';

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-coding-h-'));
  backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
  events = [];
  backend.on((e, p) => events.push([e, p]));
  const handle = createProject(path.join(dir, 'p.glossa'));
  docId = addDocument(handle.db, 'Doc', [PAGE, 'Second page.']);
  handle.db.close();
});
afterEach(async () => {
  await backend.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens the prepared project in the backend through its public channel. */
function setProject(handle: { path: string; db: { close(): void } }) {
  handle.db.close();
  return backend.invoke('project.open', { path: handle.path });
}

describe('coding handlers', () => {
  it('create, list, update, undo/redo with coding.changed events', async () => {
    await setProject({ path: path.join(dir, 'p.glossa'), db: { close() {} } });
    const codes = await backend.invoke('codes.list', undefined);
    const kp = codes.find((c) => c.text.en.name === 'Knowledge production')!;
    const start = PAGE.indexOf('The EU');
    const a = await backend.invoke('annotations.create', {
      documentId: docId,
      kind: 'text',
      targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: 'The EU commissioned a study', prefix: 'Intro. ', suffix: ' on' }, position: { type: 'TextPositionSelector', start, end: start + 27 } }],
      color: null,
      comment: '',
      codeIds: [kp.id],
    });
    expect(events.filter(([e]) => e === 'coding.changed')).toEqual([['coding.changed', { documentId: docId } satisfies Events['coding.changed']]]);
    expect((await backend.invoke('codes.list', undefined)).find((c) => c.id === kp.id)!.codingCount).toBe(1);
    await backend.invoke('memos.set', { targetType: 'annotation', targetId: a.id, body: 'Passage memo' });
    expect((await backend.invoke('memos.get', { targetType: 'annotation', targetId: a.id }))!.body).toBe('Passage memo');
    expect(await backend.invoke('undo.state', undefined)).toMatchObject({ canUndo: true, undoLabel: 'Edit memo' });
    await backend.invoke('undo.undo', undefined);
    await backend.invoke('undo.undo', undefined);
    expect(await backend.invoke('annotations.list', { documentId: docId })).toEqual([]);
    const state = await backend.invoke('undo.redo', undefined);
    expect(state).toMatchObject({ canUndo: true, canRedo: true, redoLabel: 'Edit memo' });
    const [restored] = await backend.invoke('annotations.list', { documentId: docId });
    expect(restored.id).toBe(a.id);
    const history = await backend.invoke('history.list', { limit: 10 });
    expect(history.map((h) => h.action)).toEqual(['redo', 'undo', 'undo', 'memo.set', 'annotation.create']);
    expect((await backend.invoke('coders.list', undefined)).length).toBe(1);
    await expect(backend.invoke('codes.move', { id: kp.id, parentId: kp.id, position: 0 })).rejects.toMatchObject({ code: 'code.moveCycle' });
    await expect(backend.invoke('annotations.update', { id: a.id } as never)).rejects.toMatchObject({ code: 'api.badInput' });
    expect(await backend.invoke('codebook.exportQdc', undefined)).toContain('<CodeBook');
  });

  it('annotations.page: the first page with the counts, the next one by its cursor; bad input refused', async () => {
    await setProject({ path: path.join(dir, 'p.glossa'), db: { close() {} } });
    const words = ['Intro', 'The', 'commissioned', 'study', 'End'];
    for (const w of words) {
      const start = PAGE.indexOf(w);
      await backend.invoke('annotations.create', {
        documentId: docId, kind: 'text', color: null, comment: '', codeIds: [],
        targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: w, prefix: PAGE.slice(Math.max(0, start - 8), start), suffix: PAGE.slice(start + w.length, start + w.length + 8) }, position: { type: 'TextPositionSelector', start, end: start + w.length } }],
      });
    }
    const all = await backend.invoke('annotations.list', { documentId: docId });
    const first = await backend.invoke('annotations.page', { documentId: docId, limit: 3 });
    expect(first).toMatchObject({ total: 5, orphans: 0 });
    expect(first.items.map((a) => a.id)).toEqual(all.slice(0, 3).map((a) => a.id));
    const second = await backend.invoke('annotations.page', { documentId: docId, limit: 3, after: first.next });
    expect(second.items.map((a) => a.id)).toEqual(all.slice(3).map((a) => a.id));
    expect(second.next).toBeNull();
    for (const bad of [{ documentId: docId, after: { sortIndex: 1 } }, { documentId: docId, limit: 0 }, { documentId: docId, limit: 100_000 }, {}]) {
      await expect(backend.invoke('annotations.page', bad as never)).rejects.toMatchObject({ code: 'api.badInput' });
    }
  });

  it('re-anchors a document whose text moved, flags orphans and never deletes', async () => {
    // Rows from an older edition (positions 5 code points off), written past checkTargets.
    const stale = (exact: string, start: number) => ({
      pageIndex: 0, rects: [],
      quote: { type: 'TextQuoteSelector' as const, exact, prefix: PAGE.slice(Math.max(0, start - 32), start), suffix: PAGE.slice(start + exact.length, start + exact.length + 32) },
      position: { type: 'TextPositionSelector' as const, start: start + 5, end: start + 5 + exact.length },
    });
    const handle = openProject(path.join(dir, 'p.glossa'));
    insertStaleAnnotation(handle.db, docId, 'text', stale('study on trafficking', PAGE.indexOf('study')));
    insertStaleAnnotation(handle.db, docId, 'text', stale('a sentence that is nowhere in this document at all', 0));
    closeProject(handle);
    await setProject({ path: path.join(dir, 'p.glossa'), db: { close() {} } });
    const r = await backend.invoke('annotations.reanchor', { documentId: docId });
    expect(r).toEqual({ anchored: 0, reanchored: 1, orphaned: 1, changed: 2 });
    const list = await backend.invoke('annotations.list', { documentId: docId });
    expect(list.map((a) => a.anchorStatus).sort()).toEqual(['orphan', 'reanchored']);
    const moved = list.find((a) => a.anchorStatus === 'reanchored')!;
    expect(moved.targets[0].position).toEqual({ type: 'TextPositionSelector', start: PAGE.indexOf('study'), end: PAGE.indexOf('study') + 20 });
    expect(await backend.invoke('annotations.reanchor', { documentId: docId })).toMatchObject({ reanchored: 1, orphaned: 1, changed: 0 });
  });
});
