// Replies in a merge (main/core/share/merge-replies.ts): the rule on plain rows, then real
// project files. Alice sends her project (a highlight with three of her replies) to Boris; she
// deletes two, he adds two; merged back, her deleted replies stay deleted although his copy
// still has them (no union brings them back). Then he deletes one of his that she has already
// merged, and when he merges her file it does not come back to him; she learns of the delete at
// her next merge. Undoing a delete takes its tombstone away, so the reply travels again.
import { afterEach, describe, expect, it } from 'vitest';
import { createCode } from '../../../../../main/core/coding/codes';
import { addReply, deleteReply, listReplies } from '../../../../../main/core/coding/replies';
import { undo } from '../../../../../main/core/coding/undo-stack';
import { closeProject, createProject, openProject } from '../../../../../main/core/project/project-file';
import type { ProjectHandle } from '../../../../../main/core/backend-context';
import { mergeProject } from '../../../../../main/core/share/merge';
import { decideReply } from '../../../../../main/core/share/merge-replies';
import { openReceivedProject, sendProject } from '../../../../../main/core/share/send-project';
import { readReplyTombstones, type ReplyRow } from '../../../../../main/db/repositories/replies';
import type { Coder } from '../../../../../shared/domain/code';
import { addDocument } from '../coding/coding-fixture';
import { code, PAGE } from './round-fixture';
import { ALICE, BORIS, type Workspace, workspace } from './share-fixture';

const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-01T11:00:00.000Z';
const T2 = '2026-12-01T12:00:00.000Z';
const row = (body: string, updated_at = T0): ReplyRow => ({ id: 'r', annotation_id: 'a', coder_id: 'c', body, created_at: T0, updated_at });

describe('decideReply', () => {
  it('no tombstone: both have it, the later edit wins; one side has it, it is kept or added', () => {
    expect(decideReply(row('a', T0), row('b', T1), null)).toBe('put');
    expect(decideReply(row('a', T1), row('b', T0), null)).toBe('keep');
    expect(decideReply(null, row('new there'), null)).toBe('put');
    expect(decideReply(row('new here'), null, null)).toBe('keep');
  });
  it('a tombstone deletes every version not edited after it, on whichever side', () => {
    expect(decideReply(null, row('deleted here'), T1)).toBe('keep');
    expect(decideReply(row('deleted there'), null, T1)).toBe('delete');
    expect(decideReply(row('x'), row('x'), T1)).toBe('delete');
    expect(decideReply(row('x', T1), null, T1)).toBe('delete');
  });
  it('an edit made after the delete lives on', () => {
    expect(decideReply(null, row('edited there later', T2), T1)).toBe('put');
    expect(decideReply(row('edited here later', T2), null, T1)).toBe('keep');
    expect(decideReply(row('old', T0), row('edited there later', T2), T1)).toBe('put');
  });
});

let ws: Workspace;
afterEach(() => ws?.cleanup());

const bodies = (h: ProjectHandle, ann: string) => listReplies(h.db, ann).map((r) => r.body);
async function mergeInto(file: string, from: string, coder: Coder): Promise<ProjectHandle> {
  const h = openProject(ws.file(file));
  ws.open.push(h);
  await mergeProject(h, ws.file(from), { coder });
  return h;
}

describe('replies merged between two copies', () => {
  it('a reply deleted in one copy never comes back from the other; the delete travels', async () => {
    ws = workspace('glossa-merge-replies-');
    const alice0 = createProject(ws.file('alice.glossa'));
    ws.open.push(alice0);
    const doc = addDocument(alice0.db, 'Report', [PAGE]);
    const victims = createCode(alice0.db, ALICE, { name: 'Victims' }).result.id;
    const h = code(alice0.db, ALICE, doc, 0, 40, victims);
    const a1 = addReply(alice0.db, ALICE, h, 'Why start at "The"?').result;
    addReply(alice0.db, ALICE, h, 'And why stop at "forty"?');
    const a3 = addReply(alice0.db, ALICE, h, 'Check the count.').result;
    await sendProject(alice0, ws.file('boris.glossa'));
    const boris0 = openReceivedProject(ws.file('boris.glossa'));
    ws.open.push(boris0);

    deleteReply(alice0.db, ALICE, a1.id);
    deleteReply(alice0.db, ALICE, a3.id);
    addReply(boris0.db, BORIS, h, 'The verb starts there.');
    const b2 = addReply(boris0.db, BORIS, h, 'Forty-two, says page 3.').result;
    closeProject(boris0);
    closeProject(alice0);

    // Alice merges Boris's copy, which still has a1 and a3 as they were: they stay deleted.
    const alice1 = await mergeInto('alice.glossa', 'boris.glossa', ALICE);
    expect(bodies(alice1, h)).toEqual(['And why stop at "forty"?', 'The verb starts there.', 'Forty-two, says page 3.']);
    closeProject(alice1);

    // Boris deletes b2, which Alice has merged; merging her file does not bring it back to him,
    // and her deletes of a1 and a3 arrive.
    const boris1 = openProject(ws.file('boris.glossa'));
    ws.open.push(boris1);
    deleteReply(boris1.db, BORIS, b2.id);
    closeProject(boris1);
    const boris2 = await mergeInto('boris.glossa', 'alice.glossa', BORIS);
    expect(bodies(boris2, h)).toEqual(['And why stop at "forty"?', 'The verb starts there.']);
    expect(readReplyTombstones(boris2.db).map((t) => t.reply_id).sort()).toEqual([a1.id, a3.id, b2.id].sort());
    closeProject(boris2);

    // Alice's next merge learns of his delete.
    const alice2 = await mergeInto('alice.glossa', 'boris.glossa', ALICE);
    expect(bodies(alice2, h)).toEqual(['And why stop at "forty"?', 'The verb starts there.']);
  });

  it('undoing a delete removes its tombstone: the reply is not deleted by the next merge', async () => {
    ws = workspace('glossa-merge-replies-undo-');
    const alice0 = createProject(ws.file('alice.glossa'));
    ws.open.push(alice0);
    const doc = addDocument(alice0.db, 'Report', [PAGE]);
    const victims = createCode(alice0.db, ALICE, { name: 'Victims' }).result.id;
    const h = code(alice0.db, ALICE, doc, 0, 40, victims);
    const a1 = addReply(alice0.db, ALICE, h, 'Keep me.').result;
    await sendProject(alice0, ws.file('boris.glossa'));
    closeProject(openReceivedProject(ws.file('boris.glossa')));
    deleteReply(alice0.db, ALICE, a1.id);
    expect(readReplyTombstones(alice0.db).map((t) => t.reply_id)).toEqual([a1.id]);
    undo(alice0.db, ALICE);
    expect(readReplyTombstones(alice0.db)).toEqual([]);
    closeProject(alice0);
    const boris = await mergeInto('boris.glossa', 'alice.glossa', BORIS);
    expect(bodies(boris, h)).toEqual(['Keep me.']);
  });
});
