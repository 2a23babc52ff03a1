// Exemplar flags in a merge (main/core/share/merge-exemplars.ts): the rule on plain rows, then
// real files — Alice and Boris each flag and clear passages of one project; merged, the later
// edit of each flag wins (a clear is a row with flagged = 0, so it beats an older flag), and a
// flag on a highlight new in Boris's copy arrives with it.
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { setExemplar } from '../../../../../main/core/coding/exemplars';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { mergeProject } from '../../../../../main/core/share/merge';
import { decideExemplar } from '../../../../../main/core/share/merge-exemplars';
import { exemplarIdsOfDocument, putExemplarRaw, type ExemplarRow } from '../../../../../main/db/repositories/exemplars';
import type { Db } from '../../../../../main/db/connection';
import { createTargets } from '../../../../../shared/anchoring/create-selectors';
import { ALICE, BORIS, baseProject, forkTo, PAGES_A, type Workspace, workspace } from './share-fixture';

const T1 = '2026-11-01T10:00:00.000Z';
const T2 = '2026-11-01T11:00:00.000Z';
const flag = (annotation_id: string, flagged: number, updated_at: string, coder_id = ALICE.id): ExemplarRow => ({ annotation_id, flagged, coder_id, updated_at });

describe('decideExemplar', () => {
  it('the later edit wins; equal times keep this copy; a flag only one copy has is kept or added', () => {
    expect(decideExemplar(flag('a', 1, T1), flag('a', 0, T2))).toBe('put');
    expect(decideExemplar(flag('a', 0, T2), flag('a', 1, T1))).toBe('keep');
    expect(decideExemplar(flag('a', 1, T1), flag('a', 0, T1))).toBe('keep');
    expect(decideExemplar(null, flag('a', 1, T1))).toBe('put');
    expect(decideExemplar(flag('a', 1, T1), null)).toBe('keep');
  });
});

let ws: Workspace;
afterEach(() => ws?.cleanup());

function highlight(db: Db, docId: string, phrase: string): string {
  const s = PAGES_A[1].indexOf(phrase);
  return createAnnotation(db, ALICE, { documentId: docId, kind: 'text', color: null, comment: '', codeIds: [], targets: createTargets(PAGES_A, 1, s, 1, s + phrase.length) }).result.id;
}

describe('exemplar flags merged between two copies', () => {
  it('later edits win in both directions; a new highlight brings its flag', async () => {
    ws = workspace('glossa-merge-exemplars-');
    const { handle: alice0, docA } = baseProject(ws, 'alice.glossa');
    const [a1, a2, a3] = ['national', 'referral', 'mechanism'].map((w) => highlight(alice0.db, docA, w));
    const boris = await forkTo(ws, alice0, 'boris.glossa');
    putExemplarRaw(alice0.db, flag(a1, 1, T1)); // Alice flags a1 …
    putExemplarRaw(boris.db, flag(a1, 0, T2, BORIS.id)); // … Boris clears it later: cleared
    putExemplarRaw(alice0.db, flag(a2, 0, T2)); // Alice clears a2 after Boris flagged it: cleared
    putExemplarRaw(boris.db, flag(a2, 1, T1, BORIS.id));
    putExemplarRaw(boris.db, flag(a3, 1, T1, BORIS.id)); // only Boris flags a3: flagged
    const s = PAGES_A[1].indexOf('victims');
    const mine = createAnnotation(boris.db, BORIS, { documentId: docA, kind: 'text', color: null, comment: '', codeIds: [], targets: createTargets(PAGES_A, 1, s, 1, s + 7) }).result.id;
    setExemplar(boris.db, BORIS, mine, true);
    closeProject(boris);
    closeProject(alice0);

    const alice1 = openProject(ws.file('alice.glossa'));
    ws.open.push(alice1);
    await mergeProject(alice1, ws.file('boris.glossa'), { coder: ALICE });
    expect(exemplarIdsOfDocument(alice1.db, docA).sort()).toEqual([a3, mine].sort());
  });
});
