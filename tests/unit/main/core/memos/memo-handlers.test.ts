// The memos channels through the composed backend (what the renderer and the HTTP bridge call)
// on a real project file: titled memos created, linked, searched, filtered, renamed, written,
// deleted and each step undone; a passage inserted with its citation; the per-target memos
// still open by target and now show in the manager; bad input refused with a message code; a
// project full of memos still passes the received-file row check.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../../main/core/backend';
import { createProject, openProject } from '../../../../../main/core/project/project-file';
import { LATEST_SCHEMA_VERSION } from '../../../../../main/db/migrations/index';
import { findRowProblems } from '../../../../../main/db/row-check';
import { localizeHistorySummary, localizeUndoLabel } from '../../../../../renderer/features/history/stored-text';
import { t } from '../../../../../renderer/i18n/i18n';
import { addDocument } from '../coding/coding-fixture';

let dir: string;
let backend: Backend;
let docId: string;
const PAGE = 'Intro. The EU commissioned a study on trafficking in Moldova. End.';

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-memos-h-'));
  backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
  const handle = createProject(path.join(dir, 'p.glossa'));
  docId = addDocument(handle.db, 'EU study report', [PAGE, 'Second page.']);
  handle.db.close();
  await backend.invoke('project.open', { path: path.join(dir, 'p.glossa') });
});
afterEach(async () => {
  await backend.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function passage(codeIds: string[]) {
  const start = PAGE.indexOf('The EU');
  return backend.invoke('annotations.create', {
    documentId: docId, kind: 'text', color: null, comment: '', codeIds,
    targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: 'The EU commissioned a study', prefix: 'Intro. ', suffix: ' on' }, position: { type: 'TextPositionSelector', start, end: start + 27 } }],
  });
}

const refused = (b: Backend, channel: string, input: unknown) =>
  b.invoke(channel as 'memos.read', input as never).then(() => 'accepted', (e: { code?: string }) => e.code);

describe('memo handlers', () => {
  it('a journal of titled memos: create, link, search, filter, rename, write, delete, each undoable', async () => {
    const kp = (await backend.invoke('codes.list', undefined)).find((c) => c.text.en.name === 'Knowledge production')!;
    const a = await passage([kp.id]);
    const first = await backend.invoke('memos.create', { title: '  Funding   streams ', body: 'Ещё одна мысль о грантах.' });
    expect(first).toMatchObject({ title: 'Funding streams', owner: null, links: [] });
    const second = await backend.invoke('memos.create', { title: 'Partners', links: [{ kind: 'code', targetId: kp.id }] });
    expect(second.links).toMatchObject([{ kind: 'code', targetId: kp.id, label: 'Influence instruments › Knowledge production' }]);
    const linked = await backend.invoke('memos.link', { id: first.id, kind: 'annotation', targetId: a.id });
    expect(linked.links).toMatchObject([{ kind: 'annotation', label: 'The EU commissioned a study' }]);
    await backend.invoke('memos.link', { id: first.id, kind: 'document', targetId: docId });

    // Search reads title and body, all words, ё as е; the filter finds memos linked to an item.
    expect((await backend.invoke('memos.list', { search: 'еще ГРАНТ' })).map((m) => m.title)).toEqual(['Funding streams']);
    expect((await backend.invoke('memos.list', { search: 'partn' })).map((m) => m.title)).toEqual(['Partners']);
    expect((await backend.invoke('memos.list', { linked: { kind: 'code', id: kp.id } })).map((m) => m.title)).toEqual(['Partners']);
    expect((await backend.invoke('memos.list', { linked: { kind: 'document', id: docId } })).map((m) => m.title)).toEqual(['Funding streams']);
    expect((await backend.invoke('memos.list', { sort: 'title' })).map((m) => m.title)).toEqual(['Funding streams', 'Partners']);
    expect((await backend.invoke('memos.list', {}))[0].title).toBe('Funding streams'); // last edited first (linked last)
    const ru = await backend.invoke('memos.list', { linked: { kind: 'code', id: kp.id }, lang: 'ru' });
    expect(ru[0].links[0].label).toBe('Инструменты влияния › Производство знаний');

    await backend.invoke('memos.write', { id: first.id, body: 'Draft one' });
    await backend.invoke('memos.write', { id: first.id, body: 'Draft one, two' });
    expect(await backend.invoke('undo.state', undefined)).toMatchObject({ undoLabel: 'Edit memo' });
    await backend.invoke('undo.undo', undefined); // typing is one step
    expect((await backend.invoke('memos.read', { id: first.id })).body).toBe('Ещё одна мысль о грантах.');
    await backend.invoke('undo.redo', undefined);

    await backend.invoke('memos.rename', { id: second.id, title: 'EU partners' });
    await backend.invoke('memos.delete', { id: second.id });
    expect(await refused(backend, 'memos.read', { id: second.id })).toBe('memo.notFound');
    await backend.invoke('undo.undo', undefined);
    const back = await backend.invoke('memos.read', { id: second.id });
    expect(back).toMatchObject({ title: 'EU partners', links: [{ kind: 'code', targetId: kp.id }] });
    const unlinked = await backend.invoke('memos.unlink', { id: second.id, linkId: back.links[0].id });
    expect(unlinked.links).toEqual([]);

    // A deleted code takes its links with it; undoing the delete brings them back.
    await backend.invoke('memos.link', { id: second.id, kind: 'code', targetId: kp.id });
    await backend.invoke('codes.delete', { id: kp.id });
    expect((await backend.invoke('memos.read', { id: second.id })).links).toEqual([]);
    await backend.invoke('undo.undo', undefined);
    expect((await backend.invoke('memos.read', { id: second.id })).links.map((l) => l.targetId)).toEqual([kp.id]);

    // Every summary and undo label the memo actions store reads in Russian in the History.
    const tr = (key: string, params?: Record<string, string | number>) => t(key, params, 'ru');
    const summaries = (await backend.invoke('history.list', { limit: 100 })).map((h) => h.summary).filter((s) => /memo/i.test(s));
    for (const s of summaries) expect(localizeHistorySummary(s, tr)).not.toBe(s);
    for (const l of ['New memo', 'Rename memo', 'Delete memo', 'Link memo', 'Unlink memo']) expect(localizeUndoLabel(l, tr)).not.toBe(l);

    const file = path.join(dir, 'p.glossa');
    await backend.invoke('project.close', undefined);
    const h = openProject(file);
    expect(findRowProblems(h.db, LATEST_SCHEMA_VERSION)).toEqual([]);
    h.db.close();
  });

  it('a target memo opens by target as before, and is a titled memo linked to it in the manager', async () => {
    await backend.invoke('memos.set', { targetType: 'document', targetId: docId, body: 'About the report' });
    expect((await backend.invoke('memos.get', { targetType: 'document', targetId: docId }))!.body).toBe('About the report');
    const [m] = await backend.invoke('memos.list', { linked: { kind: 'document', id: docId } });
    expect(m).toMatchObject({ title: 'EU study report', owner: { type: 'document', id: docId }, excerpt: 'About the report' });
    expect(m.links.map((l) => l.targetId)).toEqual([docId]);
    // Writing it in the manager is what the document panel then shows.
    await backend.invoke('memos.write', { id: m.id, body: 'Edited in the manager' });
    expect((await backend.invoke('memos.get', { targetType: 'document', targetId: docId }))!.body).toBe('Edited in the manager');
  });

  it('inserts a passage as a block quote with its citation, as "Copy with citation" cites it', async () => {
    const a = await passage([]);
    const q = await backend.invoke('memos.passageQuote', { annotationId: a.id, style: 'chicago-author-date', locale: 'en' });
    const [cited] = (await backend.invoke('evidence.citeText', {
      passages: [{ documentId: docId, page: 1, pageEnd: 1, paragraph: null, quote: 'The EU commissioned a study' }], style: 'chicago-author-date', locale: 'en',
    })).texts;
    expect(q.text).toBe(cited);
    expect(q.markdown).toBe(`> ${cited}`);
    expect(q.markdown).toMatch(/^> “The EU commissioned a study” \(EU study report, n\.d\., 1\)$/i);
    expect(await refused(backend, 'memos.passageQuote', { annotationId: 'gone', style: 'chicago-author-date', locale: 'en' })).toBe('annotation.notFound');
    expect(await refused(backend, 'memos.passageQuote', { annotationId: a.id, style: 'nope', locale: 'en' })).toBe('api.badInput');
  });

  it('merging a code into another moves the memos linked to it, once each', async () => {
    const a = await backend.invoke('codes.create', { name: 'Grants', color: '#4e79a7' });
    const b = await backend.invoke('codes.create', { name: 'Funding', color: '#e15759' });
    const one = await backend.invoke('memos.create', { title: 'On grants', links: [{ kind: 'code', targetId: a.id }] });
    const both = await backend.invoke('memos.create', { title: 'On both', links: [{ kind: 'code', targetId: a.id }, { kind: 'code', targetId: b.id }] });
    await backend.invoke('codes.merge', { sourceId: a.id, targetId: b.id });
    expect((await backend.invoke('memos.read', { id: one.id })).links.map((l) => l.targetId)).toEqual([b.id]);
    expect((await backend.invoke('memos.read', { id: both.id })).links.map((l) => l.targetId)).toEqual([b.id]);
    await backend.invoke('undo.undo', undefined);
    expect((await backend.invoke('memos.read', { id: both.id })).links.map((l) => l.targetId).sort()).toEqual([a.id, b.id].sort());
  });

  it('refuses bad input with a message code', async () => {
    const m = await backend.invoke('memos.create', { title: 'One' });
    expect(await refused(backend, 'memos.create', { title: '   ' })).toBe('memo.badInput');
    expect(await refused(backend, 'memos.create', { title: 'x'.repeat(301) })).toBe('memo.badInput');
    expect(await refused(backend, 'memos.create', { title: 'T', links: [{ kind: 'code', targetId: 'no-such-code' }] })).toBe('memo.badInput');
    expect(await refused(backend, 'memos.link', { id: m.id, kind: 'shelf', targetId: docId })).toBe('memo.badInput');
    expect(await refused(backend, 'memos.write', { id: m.id, body: 42 })).toBe('api.badInput');
    expect(await refused(backend, 'memos.rename', { id: 'missing', title: 'x' })).toBe('memo.notFound');
    expect(await refused(backend, 'memos.list', { sort: 'random' })).toBe('api.badInput');
    expect(await refused(backend, 'memos.unlink', { id: m.id, linkId: 'nope' })).toBe('memo.badInput');
    expect(t('errors.memo.badInput', {}, 'ru')).not.toBe('errors.memo.badInput');
  });
});
