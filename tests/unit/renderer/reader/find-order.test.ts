// Find-in-document's first-hit-first strategy: pages are searched from the reader's page onwards,
// wrapping; texts come in runs of consecutive pages; results are delivered strictly in search
// order with a bounded number of requests in flight, so the nearest hit ahead is shown first
// even when a later chunk answers sooner, and nothing more is started once find is disposed.
import { describe, expect, it } from 'vitest';
import { chunkRuns, prefetchInOrder, searchOrder } from '../../../../renderer/features/reader/find-order';

describe('searchOrder', () => {
  it('starts on the current page, goes onwards and wraps to the first page', () => {
    expect(searchOrder(3, 6)).toEqual([3, 4, 5, 0, 1, 2]);
    expect(searchOrder(0, 3)).toEqual([0, 1, 2]);
    expect(searchOrder(99, 3)).toEqual([2, 0, 1]);
    expect(searchOrder(-1, 2)).toEqual([0, 1]);
    expect(searchOrder(0, 0)).toEqual([]);
  });
});

describe('chunkRuns', () => {
  it('cuts the order into runs of consecutive pages, split at the wrap and at the size', () => {
    expect(chunkRuns(searchOrder(4, 7), 2)).toEqual([[4, 5], [6], [0, 1], [2, 3]]);
    expect(chunkRuns([0, 1, 2, 5, 6], 25)).toEqual([[0, 1, 2], [5, 6]]);
    expect(chunkRuns(searchOrder(299, 600)).map((r) => [r[0], r.length])[0]).toEqual([299, 25]);
  });
});

/** A load whose answer the test releases by hand, in any order. */
function manualLoads() {
  const pending = new Map<number, (v: string) => void>();
  const started: number[] = [];
  const load = (i: number) => new Promise<string>((resolve) => {
    started.push(i);
    pending.set(i, resolve);
  });
  const release = async (i: number) => {
    pending.get(i)!(`text ${i}`);
    for (let k = 0; k < 5; k++) await Promise.resolve();
  };
  return { load, release, started };
}

describe('prefetchInOrder', () => {
  it('delivers in search order although a later item answers first, with at most `width` in flight', async () => {
    const { load, release, started } = manualLoads();
    const got: string[] = [];
    const done = prefetchInOrder([5, 6, 0, 1], load, (i, v) => got.push(`${i}:${v}`), () => false, 2);
    expect(started).toEqual([5, 6]);
    await release(6);
    expect(got).toEqual([]); // 6 waits for 5, the nearer page
    await release(5);
    expect(got).toEqual(['5:text 5', '6:text 6']);
    expect(started).toEqual([5, 6, 0, 1]);
    await release(0);
    await release(1);
    await done;
    expect(got).toEqual(['5:text 5', '6:text 6', '0:text 0', '1:text 1']);
  });

  it('delivers a failed load as undefined and goes on', async () => {
    const got: Array<[number, string | undefined]> = [];
    await prefetchInOrder([0, 1], async (i) => {
      if (i === 0) throw new Error('unreadable page');
      return 'ok';
    }, (i, v) => got.push([i, v]));
    expect(got).toEqual([[0, undefined], [1, 'ok']]);
  });

  it('starts nothing and delivers nothing more once stopped', async () => {
    const { load, release, started } = manualLoads();
    let stop = false;
    const got: number[] = [];
    const done = prefetchInOrder([0, 1, 2, 3], load, (i) => {
      got.push(i);
      stop = true;
    }, () => stop, 1);
    await release(0);
    await done;
    expect(got).toEqual([0]);
    expect(started).toEqual([0]);
  });
});
