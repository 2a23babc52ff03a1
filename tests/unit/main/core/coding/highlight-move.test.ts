// Moving a highlight's edges and re-attaching an orphan through the composed backend: the
// targets change (quote, selectors, position), codings and comment stay, the action is one
// undo step (key-by-key moves of one highlight coalesce), and undo brings the orphan back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../../main/core/backend';
import { reanchorDocument } from '../../../../../main/core/coding/reanchor';
import { createProject } from '../../../../../main/core/project/project-file';
import { createTargets } from '../../../../../shared/anchoring/create-selectors';
import { moveEdge, retarget } from '../../../../../shared/anchoring/move-edge';
import type { Annotation } from '../../../../../shared/domain/annotation';
import { addDocument, ALICE, insertStaleAnnotation } from './coding-fixture';

const PAGE = 'Intro. The EU commissioned a study on trafficking in Moldova. End.';
const PAGES = [PAGE, 'Second page.'];
let dir: string;
let backend: Backend;
let docId: string;
let orphanId: string;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-move-'));
  backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
  const handle = createProject(path.join(dir, 'p.glossa'));
  docId = addDocument(handle.db, 'Doc', PAGES);
  // A highlight whose text is gone from the document: re-anchoring flags it an orphan.
  orphanId = insertStaleAnnotation(handle.db, docId, 'text', {
    pageIndex: 0, rects: [],
    quote: { type: 'TextQuoteSelector', exact: 'a sentence deleted in the second edition', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 40 },
  });
  await reanchorDocument(handle.db, docId, ALICE, async () => new Map());
  handle.db.close();
  await backend.invoke('project.open', { path: handle.path });
});
afterEach(async () => {
  await backend.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function coded(phrase: string): Promise<Annotation> {
  const codes = await backend.invoke('codes.list', undefined);
  const start = PAGE.indexOf(phrase);
  const a = await backend.invoke('annotations.create', {
    documentId: docId, kind: 'text', color: null, comment: 'Why it matters', codeIds: [codes[0].id, codes[1].id],
    targets: createTargets(PAGES, 0, start, 0, start + phrase.length),
  });
  return a;
}

const byId = async (id: string) => (await backend.invoke('annotations.list', { documentId: docId })).find((a) => a.id === id)!;

describe('moving a highlight', () => {
  it('re-anchors the moved range and keeps codes and comment; key steps undo as one', async () => {
    const a = await coded('commissioned a study');
    const once = moveEdge(a.targets, PAGES, 'end', 1, 'word')!;
    const b = await backend.invoke('annotations.update', { id: a.id, patch: { targets: once } });
    expect(b.targets[0].quote).toMatchObject({ exact: 'commissioned a study on', prefix: 'Intro. The EU ', suffix: ' trafficking in Moldova. End.' });
    expect(b.targets[0].position).toMatchObject({ start: PAGE.indexOf('commissioned'), end: PAGE.indexOf(' trafficking') });
    const twice = moveEdge(b.targets, PAGES, 'start', -1, 'word')!;
    const c = await backend.invoke('annotations.update', { id: a.id, patch: { targets: twice } });
    expect(c.targets[0].quote!.exact).toBe('EU commissioned a study on');
    expect(c.codeIds.sort()).toEqual(a.codeIds.sort());
    expect(c.comment).toBe('Why it matters');
    expect(c.sortIndex < a.sortIndex).toBe(true);
    expect(await backend.invoke('undo.state', undefined)).toMatchObject({ undoLabel: 'Move highlight' });
    await backend.invoke('undo.undo', undefined);
    const back = await byId(a.id);
    expect(back.targets).toEqual(a.targets);
    expect(back.codeIds.sort()).toEqual(a.codeIds.sort());
    expect(await backend.invoke('undo.state', undefined)).toMatchObject({ undoLabel: 'Create highlight' });
    const history = await backend.invoke('history.list', { limit: 5 });
    expect(history.map((h) => h.summary)).toContain('Moved highlight to "EU commissioned a study on" (page 1)');
  });

  it('refuses targets whose quote is not at their position, leaving the highlight as it was', async () => {
    const a = await coded('a study');
    const wrong = [{ ...a.targets[0], quote: { ...a.targets[0].quote!, exact: 'a stud' } }];
    await expect(backend.invoke('annotations.update', { id: a.id, patch: { targets: wrong } })).rejects.toMatchObject({ code: 'annotation.badInput' });
    expect((await byId(a.id)).targets).toEqual(a.targets);
  });
});

describe('re-attaching an orphan', () => {
  it('moves it to the selected passage with its codes, anchored again; undo makes it an orphan again', async () => {
    const codes = await backend.invoke('codes.list', undefined);
    await backend.invoke('annotations.update', { id: orphanId, patch: { codeIds: [codes[2].id], comment: 'Kept note' } });
    const before = await byId(orphanId);
    expect(before.anchorStatus).toBe('orphan');
    const s = PAGE.indexOf('trafficking in Moldova');
    const targets = retarget(PAGES, { pageIndex: 0, offset: s }, { pageIndex: 0, offset: s + 'trafficking in Moldova'.length }, before.targets)!;
    const after = await backend.invoke('annotations.update', { id: orphanId, patch: { targets } });
    expect(after).toMatchObject({ anchorStatus: 'anchored', codeIds: [codes[2].id], comment: 'Kept note' });
    expect(after.targets[0].quote!.exact).toBe('trafficking in Moldova');
    expect(await backend.invoke('undo.state', undefined)).toMatchObject({ undoLabel: 'Re-attach highlight' });
    await backend.invoke('undo.undo', undefined);
    expect(await byId(orphanId)).toMatchObject({ anchorStatus: 'orphan', targets: before.targets, codeIds: [codes[2].id] });
    await backend.invoke('undo.redo', undefined);
    expect((await byId(orphanId)).anchorStatus).toBe('anchored');
  });
});

describe('exemplar quotes', () => {
  it('a flag is one undoable action, filters the evidence, and survives a move and a deletion undone', async () => {
    const a = await coded('commissioned a study');
    const b = await coded('trafficking in Moldova');
    const exemplarsOnly = async () => (await backend.invoke('evidence.query', { filter: { exemplarsOnly: true }, groupBy: 'document' })).items.map((i) => i.annotationId);
    expect(await exemplarsOnly()).toEqual([]);
    expect(await backend.invoke('exemplars.set', { annotationId: b.id, exemplar: true })).toEqual({ annotationId: b.id, exemplar: true });
    expect(await backend.invoke('exemplars.list', { documentId: docId })).toEqual([b.id]);
    expect(await exemplarsOnly()).toEqual([b.id]);
    const page = await backend.invoke('evidence.query', { filter: {}, groupBy: 'document' });
    expect(page.items.find((i) => i.annotationId === b.id)?.exemplar).toBe(true);
    expect(page.items.find((i) => i.annotationId === a.id)?.exemplar).toBeUndefined();
    // Counts follow the filter: the code tree counts only the exemplar's codings.
    const counts = (await backend.invoke('evidence.query', { filter: { exemplarsOnly: true }, groupBy: 'code' })).codeCounts!;
    expect(Object.values(counts).reduce((x, y) => x + y, 0)).toBe(2);

    // Moving the passage keeps its flag; deleting it and undoing brings the flag back.
    await backend.invoke('annotations.update', { id: b.id, patch: { targets: moveEdge(b.targets, PAGES, 'end', 1, 'character')! } });
    expect(await backend.invoke('exemplars.list', { documentId: docId })).toEqual([b.id]);
    await backend.invoke('annotations.delete', { id: b.id });
    expect(await backend.invoke('exemplars.list', { documentId: docId })).toEqual([]);
    await backend.invoke('undo.undo', undefined);
    expect(await backend.invoke('exemplars.list', { documentId: docId })).toEqual([b.id]);

    await backend.invoke('exemplars.set', { annotationId: b.id, exemplar: false });
    expect(await exemplarsOnly()).toEqual([]);
    expect(await backend.invoke('undo.state', undefined)).toMatchObject({ undoLabel: 'Unflag exemplar' });
    await backend.invoke('undo.undo', undefined);
    expect(await exemplarsOnly()).toEqual([b.id]);
    await expect(backend.invoke('exemplars.set', { annotationId: b.id, exemplar: 'yes' } as never)).rejects.toMatchObject({ code: 'api.badInput' });
    await expect(backend.invoke('exemplars.set', { annotationId: 'nope', exemplar: true })).rejects.toMatchObject({ code: 'annotation.notFound' });
    await expect(backend.invoke('evidence.query', { filter: { exemplarsOnly: 1 } as never, groupBy: 'code' })).rejects.toMatchObject({ code: 'api.badInput' });
  });
});
