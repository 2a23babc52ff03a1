// After a merge the history reads in time order: the colleague's entries (copied with new ids
// after ours) sit among ours by when they happened, and the merge entry is the newest.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCode } from '../../../../../main/core/coding/codes';
import { mergeProject } from '../../../../../main/core/share/merge';
import { listHistory } from '../../../../../main/db/repositories/history';
import { ALICE, BORIS, baseProject, forkTo, type Workspace, workspace } from './share-fixture';

let ws: Workspace;
afterEach(() => {
  vi.useRealTimers();
  ws?.cleanup();
});

describe('history after a merge', () => {
  it('lists the colleague\'s earlier entries below our later ones', async () => {
    ws = workspace();
    const { handle: a } = baseProject(ws);
    const b = await forkTo(ws, a, 'b.glossa');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-01T09:00:00.000Z'));
    createCode(b.db, BORIS, { name: 'Boris at nine' });
    vi.setSystemTime(new Date('2031-05-01T11:00:00.000Z'));
    createCode(b.db, BORIS, { name: 'Boris at eleven' });
    vi.setSystemTime(new Date('2031-05-01T10:00:00.000Z'));
    createCode(a.db, ALICE, { name: 'Alice at ten' });
    vi.setSystemTime(new Date('2031-05-01T12:00:00.000Z'));
    await mergeProject(a, b.path, { coder: ALICE });

    const recent = listHistory(a.db, { limit: 4 });
    expect(recent.map((e) => e.at)).toEqual([
      '2031-05-01T12:00:00.000Z', '2031-05-01T11:00:00.000Z', '2031-05-01T10:00:00.000Z', '2031-05-01T09:00:00.000Z',
    ]);
    expect(recent[0].action).toBe('merge');
    expect(recent.slice(1).map((e) => e.coderName)).toEqual([BORIS.name, ALICE.name, BORIS.name]);
    // Paging on from the third entry gives the fourth, then what came before the fork.
    const next = listHistory(a.db, { limit: 1, beforeId: recent[2].id });
    expect(next.map((e) => e.id)).toEqual([recent[3].id]);
    const all = listHistory(a.db, { limit: 5000 });
    expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort().reverse());
  });
});
