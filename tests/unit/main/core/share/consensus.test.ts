// Reconciliation (issue 11): disputed passages resolved into the consensus layer, each an
// undoable action in the History; agreement before (A vs B, independent) and after (A vs the
// consensus) both computable; replies on a highlight, undoable, travelling in a merge.
import { afterEach, describe, expect, it } from 'vitest';
import { loadAgreement } from '../../../../../main/core/agreement/load-agreement';
import { deleteAnnotation } from '../../../../../main/core/coding/annotations';
import { addReply, deleteReply, listReplies, updateReply } from '../../../../../main/core/coding/replies';
import { undo } from '../../../../../main/core/coding/undo-stack';
import { listResolutions, resolvePassage } from '../../../../../main/core/share/consensus';
import { mergeProject } from '../../../../../main/core/share/merge';
import { closeProject } from '../../../../../main/core/project/project-file';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import { listHistory } from '../../../../../main/db/repositories/history';
import { CONSENSUS_CODER } from '../../../../../shared/domain/rounds';
import { code, PAGE, roundOfTwo } from './round-fixture';
import { ALICE, BORIS, type Workspace, workspace } from './share-fixture';

let ws: Workspace;
afterEach(() => ws?.cleanup());

/** Alice [0, 40), Boris [20, 60) on the same page, merged back into Alice's project. */
async function merged() {
  ws = workspace('glossa-consensus-');
  const r = await roundOfTwo(ws);
  const borisHighlight = code(r.boris.db, BORIS, r.doc, 20, 60, r.victims);
  closeProject(r.boris);
  await mergeProject(r.alice, ws.file('boris.glossa'), { coder: ALICE });
  return { ...r, borisHighlight };
}

describe('consensus', () => {
  it('resolves the two disputed stretches; agreement before and after consensus; undo', async () => {
    const { alice, doc, victims, roundId } = await merged();
    const db = alice.db;
    const before = loadAgreement(db, { coderIds: [ALICE.id, BORIS.id], roundId });
    // The disagreements: [0, 20) only Alice, [40, 60) only Boris.
    expect(before.disagreements.map((d) => [d.start, d.end, d.codedBy])).toEqual([[0, 20, [ALICE.id]], [40, 60, [BORIS.id]]]);
    const base = { documentId: doc, pageIndex: 0, codeId: victims, coderA: ALICE.id, coderB: BORIS.id };
    const first = resolvePassage(db, ALICE, { ...base, start: 0, end: 20, choice: 'adoptA' }).result;
    expect(first.annotationIds).toHaveLength(1);
    resolvePassage(db, ALICE, { ...base, start: 40, end: 60, choice: 'neither' });

    const consensus = listAnnotations(db, { coderIds: [CONSENSUS_CODER.id] });
    expect(consensus.map((a) => [a.targets[0].position?.start, a.targets[0].position?.end, a.codeIds])).toEqual([[0, 40, [victims]]]);
    expect(listResolutions(db).map((r) => r.choice)).toEqual(['adoptA', 'neither']);
    const history = listHistory(db).filter((h) => h.action === 'consensus.resolve');
    expect(history.map((h) => h.summary)).toEqual([
      `Consensus on "${PAGE.slice(40, 60)}" (Victims, page 1): coded by neither`,
      `Consensus on "${PAGE.slice(0, 20)}" (Victims, page 1): adopted Alice's`,
    ]);
    // Before consensus: unchanged. After: Alice agrees with the consensus everywhere (kappa 1).
    expect(loadAgreement(db, { coderIds: [ALICE.id, BORIS.id], roundId }).overall.pairs[0]).toMatchObject({ both: 20, onlyA: 20, onlyB: 20 });
    const after = loadAgreement(db, { coderIds: [ALICE.id, CONSENSUS_CODER.id], roundId });
    expect(after.overall.pairs[0]).toMatchObject({ both: 40, onlyA: 0, onlyB: 0, neither: 60, kappa: 1 });

    expect(() => resolvePassage(db, ALICE, { ...base, start: 40, end: 60, choice: 'adoptB' })).toThrow(/already resolved/);
    undo(db, ALICE);
    expect(listResolutions(db).map((r) => r.choice)).toEqual(['adoptA']);
    resolvePassage(db, ALICE, { ...base, start: 40, end: 60, choice: 'adoptB' });
    // Boris's [20, 60) joins Alice's [0, 40) in the consensus.
    expect(listAnnotations(db, { coderIds: [CONSENSUS_CODER.id] }).map((a) => a.targets[0].position?.end).sort()).toEqual([40, 60]);
    undo(db, ALICE);
    undo(db, ALICE);
    expect(listAnnotations(db, { coderIds: [CONSENSUS_CODER.id] })).toEqual([]);
    expect(listResolutions(db)).toEqual([]);
  });

  it('edit makes one consensus highlight over the chosen extent; bad input is refused', async () => {
    const { alice, doc, victims } = await merged();
    const base = { documentId: doc, pageIndex: 0, codeId: victims, coderA: ALICE.id, coderB: BORIS.id, start: 0, end: 20 };
    const r = resolvePassage(alice.db, ALICE, { ...base, choice: 'edit', editStart: 4, editEnd: 31 }).result;
    const [a] = listAnnotations(alice.db, { coderIds: [CONSENSUS_CODER.id] });
    expect(a.id).toBe(r.annotationIds[0]);
    expect(a.targets[0].quote?.exact).toBe('national referral mechanism');
    expect(() => resolvePassage(alice.db, ALICE, { ...base, start: 40, end: 60, choice: 'keep' as never })).toThrow(/choice/);
    expect(() => resolvePassage(alice.db, ALICE, { ...base, start: 60, end: 40, choice: 'both' })).toThrow(/start before its end/);
    expect(() => resolvePassage(alice.db, ALICE, { ...base, start: 40, end: 60, choice: 'edit', editStart: 90, editEnd: 140 })).toThrow(/past the end/);
  });
});

describe('replies', () => {
  it('a thread on a highlight: add, edit (own only), delete; undone with the highlight; travels in a merge', async () => {
    const { alice, borisHighlight } = await merged();
    const db = alice.db;
    const r1 = addReply(db, ALICE, borisHighlight, 'Why include *identified*?').result;
    addReply(db, BORIS, borisHighlight, 'Because the count starts there.');
    updateReply(db, ALICE, r1.id, 'Why include **identified**?');
    expect(() => updateReply(db, BORIS, r1.id, 'hijack')).toThrow(/author/);
    expect(listReplies(db, borisHighlight).map((r) => [r.coderName, r.body])).toEqual([
      ['Alice', 'Why include **identified**?'],
      ['Борис', 'Because the count starts there.'],
    ]);
    // Deleting the highlight takes its thread; undo brings both back.
    deleteAnnotation(db, ALICE, borisHighlight);
    expect(listReplies(db, borisHighlight)).toEqual([]);
    undo(db, ALICE);
    expect(listReplies(db, borisHighlight)).toHaveLength(2);
    deleteReply(db, ALICE, r1.id);
    expect(listReplies(db, borisHighlight)).toHaveLength(1);
    undo(db, ALICE);
    expect(listReplies(db, borisHighlight)).toHaveLength(2);

    // Boris merges Alice's project: the thread comes with it.
    const { openProject } = await import('../../../../../main/core/project/project-file');
    closeProject(alice);
    const boris = openProject(ws.file('boris.glossa'));
    ws.open.push(boris);
    await mergeProject(boris, alice.path, { coder: BORIS });
    expect(listReplies(boris.db, borisHighlight).map((r) => r.body)).toEqual(['Why include **identified**?', 'Because the count starts there.']);
  });
});
