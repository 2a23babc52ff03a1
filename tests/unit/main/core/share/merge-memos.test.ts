// Memos in a merge (main/core/share/merge-memos.ts): the rule on plain rows, then real files:
// Alice keeps a research journal and sends the project to Boris; he rewrites one memo, links
// and writes a new one about his own passage, links her document memo to a code; she deletes
// another memo. Merged back, his later edit wins with its links, his memo arrives linked to his
// passage on her copy of the document, her document memo gains his link, her delete holds; and
// merged the other way, the delete travels (a tombstone) while an edit made after it lives.
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { setMemo } from '../../../../../main/core/coding/memos';
import { createMemo, deleteMemo, linkMemo, writeMemo } from '../../../../../main/core/memos/memo-actions';
import { listMemos, readMemo } from '../../../../../main/core/memos/memo-read';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { mergeProject } from '../../../../../main/core/share/merge';
import { decideMemo } from '../../../../../main/core/share/merge-memos';
import { listCodes } from '../../../../../main/db/repositories/codes';
import type { AnyMemoRow } from '../../../../../main/db/repositories/memos';
import { ALICE, BORIS, baseProject, forkTo, PAGES_B, type Workspace, workspace } from './share-fixture';

const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-01T11:00:00.000Z';
const T2 = '2026-12-01T12:00:00.000Z';
const row = (title: string, updated_at = T0): AnyMemoRow => ({ id: 'm', title, body: '', target_type: null, target_id: null, coder_id: 'c', created_at: T0, updated_at });

describe('decideMemo', () => {
  it('the later edit wins; a memo one copy has is kept or added', () => {
    expect(decideMemo(row('mine', T0), row('theirs', T1))).toBe('put');
    expect(decideMemo(row('mine', T1), row('theirs', T0))).toBe('keep');
    expect(decideMemo(row('mine', T0), row('theirs', T0))).toBe('keep');
    expect(decideMemo(null, row('theirs'))).toBe('put');
    expect(decideMemo(row('mine'), null)).toBe('keep');
  });

  it('a tombstone deletes every version not edited after it; an edit after the delete lives on', () => {
    expect(decideMemo(null, row('deleted here'), T1)).toBe('keep');
    expect(decideMemo(row('deleted there'), null, T1)).toBe('delete');
    expect(decideMemo(row('x'), row('x'), T1)).toBe('delete');
    expect(decideMemo(null, row('edited there later', T2), T1)).toBe('put');
    expect(decideMemo(row('edited here later', T2), null, T1)).toBe('keep');
  });
});

let ws: Workspace;
afterEach(() => ws?.cleanup());

describe('memos merged between two copies', () => {
  it("a colleague's journal arrives: later edits win with their links, deletes hold and travel", async () => {
    ws = workspace('glossa-merge-memos-');
    const { handle: alice0, docA, docB } = baseProject(ws, 'alice.glossa');
    const [code] = listCodes(alice0.db);
    const shared = createMemo(alice0.db, ALICE, { title: 'Funding', body: 'First thoughts', links: [{ kind: 'document', targetId: docA }] }).result;
    const doomed = createMemo(alice0.db, ALICE, { title: 'Dead end', body: 'Not useful' }).result;
    const revived = createMemo(alice0.db, ALICE, { title: 'Revived', body: 'Boris keeps this' }).result;
    setMemo(alice0.db, ALICE, 'document', docA, 'About report A');
    const boris = await forkTo(ws, alice0, 'boris.glossa');

    deleteMemo(alice0.db, ALICE, doomed.id);
    deleteMemo(alice0.db, ALICE, revived.id);
    // Times are to the millisecond: his edit must fall after her delete's millisecond.
    const deletedAt = Date.now();
    while (Date.now() === deletedAt) await new Promise((r) => setTimeout(r, 1));
    writeMemo(boris.db, BORIS, revived.id, 'Boris keeps this, edited after her delete');
    writeMemo(boris.db, BORIS, shared.id, 'Rewritten by Boris');
    linkMemo(boris.db, BORIS, shared.id, 'code', code.id);
    const start = PAGES_B[0].indexOf('Labour');
    const passage = createAnnotation(boris.db, BORIS, {
      documentId: docB, kind: 'text', color: null, comment: '', codeIds: [],
      targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: 'Labour exploitation', prefix: '', suffix: ' in' }, position: { type: 'TextPositionSelector', start, end: start + 19 } }],
    }).result;
    const his = createMemo(boris.db, BORIS, { title: 'Agriculture', body: 'Seasonal work', links: [{ kind: 'annotation', targetId: passage.id }, { kind: 'document', targetId: docB }] }).result;
    const docMemo = listMemos(boris.db, { linked: { kind: 'document', id: docA } }).find((m) => m.owner?.type === 'document')!;
    linkMemo(boris.db, BORIS, docMemo.id, 'code', code.id);
    closeProject(boris);
    closeProject(alice0);

    const alice1 = openProject(ws.file('alice.glossa'));
    ws.open.push(alice1);
    await mergeProject(alice1, ws.file('boris.glossa'), { coder: ALICE });
    const titles = listMemos(alice1.db, { sort: 'title' }).map((m) => m.title);
    expect(titles).toEqual(['Agriculture', 'Funding', 'Report A', 'Revived']);
    const merged = readMemo(alice1.db, shared.id);
    expect(merged.body).toBe('Rewritten by Boris');
    expect(merged.links.map((l) => [l.kind, l.targetId])).toEqual([['document', docA], ['code', code.id]]);
    expect(readMemo(alice1.db, his.id).links.map((l) => [l.kind, l.targetId]).sort()).toEqual([['annotation', passage.id], ['document', docB]]);
    expect(readMemo(alice1.db, revived.id).body).toBe('Boris keeps this, edited after her delete');
    const aliceDocMemo = listMemos(alice1.db, { linked: { kind: 'code', id: code.id } }).find((m) => m.owner?.type === 'document')!;
    expect(aliceDocMemo.links.map((l) => l.kind).sort()).toEqual(['code', 'document']);
    closeProject(alice1);

    const boris1 = openProject(ws.file('boris.glossa'));
    ws.open.push(boris1);
    await mergeProject(boris1, ws.file('alice.glossa'), { coder: BORIS });
    const his1 = listMemos(boris1.db, {}).map((m) => m.title);
    expect(his1).not.toContain('Dead end');
    expect(his1).toContain('Revived');
    expect(his1).toHaveLength(4);
  });
});
