// Cases in a merge (main/core/share/merge-cases.ts): the rule on plain rows, segments mapped to
// this project's documents by sha256, then real files: Alice makes country cases from the TIP
// report's outline and sends the project to Boris; he renames one and makes the top-level
// chapters into cases too, she sets another's country; merged back, the later edit of each case
// wins and his new cases arrive with their segments on her copy of the document.
import { afterEach, describe, expect, it } from 'vitest';
import { createCasesFromOutline, deleteCase, updateCase } from '../../../../../main/core/cases/case-actions';
import { closeProject, createProject, openProject } from '../../../../../main/core/project/project-file';
import { mergeProject } from '../../../../../main/core/share/merge';
import { decideCase, mapSegments } from '../../../../../main/core/share/merge-cases';
import { type CaseRow, listCases } from '../../../../../main/db/repositories/cases';
import { makeTipOutlineReport } from '../../../../fixtures/tip-outline-report';
import { addDocument } from '../../../../helpers/temp-project';
import { tipPageTexts } from '../cases/tip-project';
import { ALICE, BORIS, forkTo, type Workspace, workspace } from './share-fixture';

const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-01T11:00:00.000Z';
const T2 = '2026-12-01T12:00:00.000Z';
const row = (name: string, updated_at = T0): CaseRow => ({ id: 'c', name, country: '', attributes: '{}', position: 0, created_at: T0, updated_at });

describe('decideCase and mapSegments', () => {
  it('the later edit wins; a case one copy has is kept or added', () => {
    expect(decideCase(row('mine', T0), row('theirs', T1))).toBe('put');
    expect(decideCase(row('mine', T1), row('theirs', T0))).toBe('keep');
    expect(decideCase(row('mine', T0), row('theirs', T0))).toBe('keep');
    expect(decideCase(null, row('theirs'))).toBe('put');
    expect(decideCase(row('mine'), null)).toBe('keep');
  });

  it('a tombstone deletes every version not edited after it; an edit after the delete lives on', () => {
    expect(decideCase(null, row('deleted here'), T1)).toBe('keep');
    expect(decideCase(row('deleted there'), null, T1)).toBe('delete');
    expect(decideCase(row('x'), row('x'), T1)).toBe('delete');
    expect(decideCase(null, row('edited there later', T2), T1)).toBe('put');
    expect(decideCase(row('edited here later', T2), null, T1)).toBe('keep');
  });

  it('segments follow their document by sha256; a document this project lacks drops the segment', () => {
    const seg = { id: 's', case_id: 'c', document_id: 'their-doc', first_page: 1, last_page: 2, start_offset: null, end_offset: null };
    expect(mapSegments([{ ...seg, sha256: 'aa' }, { ...seg, id: 't', sha256: 'bb' }], new Map([['aa', 'my-doc']]))).toEqual([{ ...seg, document_id: 'my-doc' }]);
  });
});

let ws: Workspace;
afterEach(() => ws?.cleanup());

describe('cases merged between two copies', () => {
  it("a colleague's cases arrive; the later edit of a case wins, with its segments", async () => {
    ws = workspace('glossa-merge-cases-');
    const alice0 = createProject(ws.file('alice.glossa'));
    ws.open.push(alice0);
    const doc = addDocument(alice0.db, tipPageTexts(), { title: 'TIP' }, await makeTipOutlineReport());
    const [md, ua] = (await createCasesFromOutline(alice0.db, ALICE, doc.id)).result;
    const boris = await forkTo(ws, alice0, 'boris.glossa');

    updateCase(boris.db, BORIS, md.id, { name: 'Moldova (Boris)' });
    await createCasesFromOutline(boris.db, BORIS, doc.id, 0);
    updateCase(alice0.db, ALICE, ua.id, { country: 'other' });
    updateCase(boris.db, BORIS, ua.id, { name: 'older than Alice?' });
    // Alice edits Ukraine last: her edit is the later one.
    updateCase(alice0.db, ALICE, ua.id, { country: 'ukraine', attributes: { tier: '2 Watch List' } });
    closeProject(boris);
    closeProject(alice0);

    const alice1 = openProject(ws.file('alice.glossa'));
    ws.open.push(alice1);
    await mergeProject(alice1, ws.file('boris.glossa'), { coder: ALICE });
    const cases = listCases(alice1.db);
    expect(cases).toHaveLength(7);
    expect(cases.find((c) => c.id === md.id)?.name).toBe('Moldova (Boris)');
    expect(cases.find((c) => c.id === ua.id)).toMatchObject({ name: 'UKRAINE: Tier 2 Watch List', country: 'ukraine', attributes: { tier: '2 Watch List' } });
    const annex = cases.find((c) => c.name === 'Annex: methodology')!;
    expect(annex.segments).toEqual([expect.objectContaining({ documentId: doc.id, firstPage: 12, lastPage: 12 })]);
  });

  it('a case deleted in one copy does not come back from the other; the delete travels; a later edit lives', async () => {
    ws = workspace('glossa-merge-cases-del-');
    const alice0 = createProject(ws.file('alice.glossa'));
    ws.open.push(alice0);
    const doc = addDocument(alice0.db, tipPageTexts(), { title: 'TIP' }, await makeTipOutlineReport());
    const [md, ua, ge] = (await createCasesFromOutline(alice0.db, ALICE, doc.id)).result;
    const boris0 = await forkTo(ws, alice0, 'boris.glossa');
    deleteCase(alice0.db, ALICE, md.id);
    deleteCase(alice0.db, ALICE, ge.id);
    // Boris edits Georgia after Alice deleted it: his edit is not lost. (Times are to the
    // millisecond: the edit must not fall in the delete's millisecond, which counts as before.)
    const deletedAt = Date.now();
    while (Date.now() === deletedAt) await new Promise((r) => setTimeout(r, 1));
    updateCase(boris0.db, BORIS, ge.id, { name: 'Georgia, revised' });
    closeProject(boris0);
    closeProject(alice0);

    const alice1 = openProject(ws.file('alice.glossa'));
    ws.open.push(alice1);
    await mergeProject(alice1, ws.file('boris.glossa'), { coder: ALICE });
    expect(listCases(alice1.db).map((c) => c.name)).toEqual([ua.name, 'Georgia, revised', 'Азербайджан: Tier 2']);
    closeProject(alice1);

    const boris1 = openProject(ws.file('boris.glossa'));
    ws.open.push(boris1);
    await mergeProject(boris1, ws.file('alice.glossa'), { coder: BORIS });
    const names = listCases(boris1.db).map((c) => c.name);
    expect(names).not.toContain(md.name);
    expect(names).toContain('Georgia, revised');
    expect(names).toHaveLength(3);
  });
});
