// Links between passages in a merge (main/core/share/merge-passage-links.ts): the rule on plain
// rows, then real files: Alice sends the project to Boris; he links a GRETA recommendation to
// the EU report that implemented it, she deletes a link they both had; merged back, his link
// arrives and hers stays deleted — and merging her file into his deletes it there too.
import { afterEach, describe, expect, it } from 'vitest';
import { deleteAnnotation } from '../../../../../main/core/coding/annotations';
import { createPassageLink, deletePassageLink, updatePassageLink } from '../../../../../main/core/passage-links/link-actions';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { mergeProject } from '../../../../../main/core/share/merge';
import { decideLink } from '../../../../../main/core/share/merge-passage-links';
import { LATEST_SCHEMA_VERSION } from '../../../../../main/db/migrations/index';
import { listPassageLinks, type PassageLinkRow } from '../../../../../main/db/repositories/passage-links';
import { findRowProblems } from '../../../../../main/db/row-check';
import { highlightPhrase } from '../passage-links/link-fixture';
import { ALICE, BORIS, baseProject, forkTo, type Workspace, workspace } from './share-fixture';

const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-01T11:00:00.000Z';
const T2 = '2026-12-01T12:00:00.000Z';
const row = (note: string, updated_at = T0): PassageLinkRow => ({
  id: 'l', from_annotation_id: 'a', to_annotation_id: 'b', relation: 'cites', note, coder_id: 'c', created_at: T0, updated_at,
});

describe('decideLink', () => {
  it('the later edit wins; a link one copy has is kept or added', () => {
    expect(decideLink(row('mine', T0), row('theirs', T1))).toBe('put');
    expect(decideLink(row('mine', T1), row('theirs', T0))).toBe('keep');
    expect(decideLink(null, row('theirs'))).toBe('put');
    expect(decideLink(row('mine'), null)).toBe('keep');
  });

  it('a tombstone deletes every version not edited after it; an edit after the delete lives on', () => {
    expect(decideLink(null, row('deleted here'), T1)).toBe('keep');
    expect(decideLink(row('deleted there'), null, T1)).toBe('delete');
    expect(decideLink(null, row('edited there later', T2), T1)).toBe('put');
  });
});

let ws: Workspace;
afterEach(() => ws?.cleanup());

describe('passage links merged between two copies', () => {
  it("a colleague's link arrives; a deleted link stays deleted; a link to a deleted passage is left out", async () => {
    ws = workspace('glossa-merge-links-');
    const { handle: alice0, docA, docB } = baseProject(ws, 'alice.glossa');
    const crime = highlightPhrase(alice0.db, ALICE, docA, 'a serious crime');
    const nrm = highlightPhrase(alice0.db, ALICE, docA, 'The national referral mechanism', 1);
    const labour = highlightPhrase(alice0.db, ALICE, docB, 'Labour exploitation in agriculture');
    const shared = createPassageLink(alice0.db, ALICE, { fromAnnotationId: crime, toAnnotationId: labour, relation: 'supports' }).result;
    const boris0 = await forkTo(ws, alice0, 'boris.glossa');

    const his = createPassageLink(boris0.db, BORIS, { fromAnnotationId: nrm, toAnnotationId: labour, relation: 'recommends-implemented', note: 'Boris' }).result;
    // His link to a passage Alice deletes (and he never touched) does not come back with a dangling end.
    const doomed = createPassageLink(boris0.db, BORIS, { fromAnnotationId: crime, toAnnotationId: nrm, relation: 'follows-up' }).result;
    deletePassageLink(alice0.db, ALICE, shared.id);
    deleteAnnotation(alice0.db, ALICE, nrm);
    closeProject(boris0);
    closeProject(alice0);

    const alice1 = openProject(ws.file('alice.glossa'));
    ws.open.push(alice1);
    await mergeProject(alice1, ws.file('boris.glossa'), { coder: ALICE });
    const ids = listPassageLinks(alice1.db).map((l) => l.link.id);
    expect(ids).not.toContain(shared.id);
    expect(ids).not.toContain(doomed.id);
    expect(ids).not.toContain(his.id); // its source passage was deleted by Alice
    expect(findRowProblems(alice1.db, LATEST_SCHEMA_VERSION)).toEqual([]);
    closeProject(alice1);

    const boris1 = openProject(ws.file('boris.glossa'));
    ws.open.push(boris1);
    await mergeProject(boris1, ws.file('alice.glossa'), { coder: BORIS });
    expect(listPassageLinks(boris1.db).map((l) => l.link.id)).not.toContain(shared.id);
  });

  it("a colleague's new link and edit arrive; merging twice is the same as once", async () => {
    ws = workspace('glossa-merge-links-add-');
    const { handle: alice0, docA, docB } = baseProject(ws, 'alice.glossa');
    const crime = highlightPhrase(alice0.db, ALICE, docA, 'a serious crime');
    const labour = highlightPhrase(alice0.db, ALICE, docB, 'Labour exploitation in agriculture');
    const nrm = highlightPhrase(alice0.db, ALICE, docA, 'The national referral mechanism', 1);
    const shared = createPassageLink(alice0.db, ALICE, { fromAnnotationId: crime, toAnnotationId: labour, relation: 'supports' }).result;
    const boris0 = await forkTo(ws, alice0, 'boris.glossa');
    const his = createPassageLink(boris0.db, BORIS, { fromAnnotationId: nrm, toAnnotationId: labour, relation: 'recommends-implemented', note: 'Boris' }).result;
    updatePassageLink(boris0.db, BORIS, shared.id, { note: 'edited by Boris' });
    closeProject(boris0);
    closeProject(alice0);

    const alice1 = openProject(ws.file('alice.glossa'));
    ws.open.push(alice1);
    await mergeProject(alice1, ws.file('boris.glossa'), { coder: ALICE });
    const once = listPassageLinks(alice1.db);
    expect(once.map((l) => [l.link.id, l.link.relation, l.link.note])).toEqual([
      [shared.id, 'supports', 'edited by Boris'],
      [his.id, 'recommends-implemented', 'Boris'],
    ]);
    await mergeProject(alice1, ws.file('boris.glossa'), { coder: ALICE });
    expect(listPassageLinks(alice1.db)).toEqual(once);
  });
});
