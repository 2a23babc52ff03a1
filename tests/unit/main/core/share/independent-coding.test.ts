// Independent coding (issue 11): a copy sent for independent coding withholds the sender's
// highlights and records the round; after the merge back, agreement on the round compares only
// the codings made independently, on the documents both coded, and says so.
import { afterEach, describe, expect, it } from 'vitest';
import { loadAgreement } from '../../../../../main/core/agreement/load-agreement';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode } from '../../../../../main/core/coding/codes';
import { listRounds } from '../../../../../main/core/share/independent-round';
import { mergeProject } from '../../../../../main/core/share/merge';
import { openReceivedProject, sendProject } from '../../../../../main/core/share/send-project';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { addDocument } from '../coding/coding-fixture';
import { code, PAGE, roundOfTwo } from './round-fixture';
import { ALICE, BORIS, CAROL, type Workspace, workspace } from './share-fixture';

let ws: Workspace;
afterEach(() => ws?.cleanup());
const twoCoders = async () => {
  ws = workspace('glossa-independent-');
  return roundOfTwo(ws);
};

describe('independent coding', () => {
  it('the copy carries documents and codebook but not the sender\'s highlights, and names the round', async () => {
    const { boris, victims, roundId } = await twoCoders();
    expect(boris.db.prepare('SELECT COUNT(*) AS n FROM annotations').get()).toEqual({ n: 0 });
    expect(boris.db.prepare('SELECT COUNT(*) AS n FROM documents').get()).toEqual({ n: 2 });
    expect(boris.db.prepare('SELECT id FROM codes WHERE id = ?').get(victims)).toEqual({ id: victims });
    const [round] = listRounds(boris.db);
    expect(round).toMatchObject({ id: roundId, senderId: ALICE.id, senderName: 'Alice', keptCoderIds: [], independentCoderIds: [] });
    expect(round.documentIds).toHaveLength(2);
  });

  it('keeps the chosen coders\' highlights only', async () => {
    ws = workspace('glossa-independent-');
    const alice = createProject(ws.file('alice.glossa'));
    ws.open.push(alice);
    const doc = addDocument(alice.db, 'Report', [PAGE]);
    const c = createCode(alice.db, ALICE, { name: 'Victims' }).result.id;
    code(alice.db, ALICE, doc, 0, 10, c);
    const carols = code(alice.db, CAROL, doc, 20, 30, c);
    await sendProject(alice, ws.file('copy.glossa'), { independent: { sender: ALICE, keepCoderIds: [CAROL.id] } });
    const copy = openReceivedProject(ws.file('copy.glossa'));
    ws.open.push(copy);
    expect(copy.db.prepare('SELECT id FROM annotations').all()).toEqual([{ id: carols }]);
    expect(listRounds(copy.db)[0].keptCoderIds).toEqual([CAROL.id]);
  });

  it('after the merge back, kappa and alpha compare only the independent codings (hand-computed)', async () => {
    const { alice, boris, doc, victims, roundId } = await twoCoders();
    code(boris.db, BORIS, doc, 20, 60, victims);
    closeProject(boris);
    const summary = await mergeProject(alice, ws.file('boris.glossa'), { coder: ALICE });
    // Alice's withheld highlights are not read as deleted by Boris.
    expect(summary.removed.annotations).toBe(0);
    expect(alice.db.prepare('SELECT COUNT(*) AS n FROM annotations').get()).toEqual({ n: 3 });
    // After seeing Boris's work, Alice codes more: no longer independent, so not compared.
    code(alice.db, ALICE, doc, 60, 80, victims);

    const [round] = listRounds(alice.db);
    expect(round.independentCoderIds.sort()).toEqual([ALICE.id, BORIS.id].sort());
    const report = loadAgreement(alice.db, { coderIds: [ALICE.id, BORIS.id], roundId });
    // Only "Report" counts: Boris never coded "Other report" in the round.
    expect(report.independent).toEqual({ roundId, documents: 1, coderNames: ['Alice', 'Борис'] });
    expect(report.documents.map((d) => d.id)).toEqual([doc]);
    // 100 characters. Alice [0, 40), Boris [20, 60): both 20, only Alice 20, only Boris 20, neither 40.
    //   Cohen's kappa: po = (20 + 40) / 100 = 0.6; pA = pB = 0.4; pe = 0.4 * 0.4 + 0.6 * 0.6 = 0.52;
    //   kappa = (0.6 - 0.52) / (1 - 0.52) = 0.08 / 0.48 = 1/6.
    //   Krippendorff's alpha (nominal, 2 coders, 100 units): n = 200 values, n1 = 40 + 40 = 80 coded,
    //   n0 = 120; disagreeing units 40, each giving o01 = o10 = 1, so sum_{c!=k} o = 80;
    //   alpha = 1 - (n - 1) * 80 / (2 * n0 * n1) = 1 - 199 * 80 / (2 * 120 * 80) = 1 - 199/240 = 41/240.
    const pair = report.overall.pairs[0];
    expect(pair).toMatchObject({ units: 100, both: 20, onlyA: 20, onlyB: 20, neither: 40 });
    expect(pair.kappa).toBeCloseTo(1 / 6, 12);
    expect(report.overall.alpha).toBeCloseTo(41 / 240, 12);

    // Without the round, Alice's later coding and the other report are counted.
    const all = loadAgreement(alice.db, { coderIds: [ALICE.id, BORIS.id] });
    expect(all.independent).toBeNull();
    expect(all.overall.pairs[0].onlyA).toBeGreaterThan(20);
  });

  it('a coder\'s independent codings are recorded once: a second merge adds nothing', async () => {
    const { alice, boris, doc, victims, roundId } = await twoCoders();
    code(boris.db, BORIS, doc, 20, 60, victims);
    await mergeProject(alice, boris.path, { coder: ALICE });
    code(boris.db, BORIS, doc, 80, 90, victims);
    await mergeProject(alice, boris.path, { coder: ALICE });
    const report = loadAgreement(alice.db, { coderIds: [ALICE.id, BORIS.id], roundId });
    expect(report.overall.pairs[0]).toMatchObject({ both: 20, onlyA: 20, onlyB: 20 });
  });

  it('refuses a round for a coder who did not code independently in it', async () => {
    const { alice, roundId } = await twoCoders();
    createCode(alice.db, BORIS, { name: 'Seen' });
    expect(() => loadAgreement(alice.db, { coderIds: [ALICE.id, BORIS.id], roundId })).toThrow(/no independent codings/);
  });
});
