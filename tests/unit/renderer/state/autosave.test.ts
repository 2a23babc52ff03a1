// The debounced-save helper behind memos, comments and code notes: one write per pause in
// typing with the newest value, one write at a time per field, a flush writes at once, and a
// failed write keeps the value (readable by a remounted field) and retries a lost backend.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DEBOUNCE_MS, cancelSave, flushSave, scheduleSave, unsavedValue } from '../../../../renderer/state/autosave';

let n = 0;
let key: string;
beforeEach(() => {
  vi.useFakeTimers();
  key = `test:${n++}`;
});
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('writes once per pause, with the newest value', async () => {
    const writes: string[] = [];
    const write = async (v: string) => void writes.push(v);
    for (const v of ['a', 'ab', 'abc']) {
      scheduleSave(key, v, write);
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS - 1);
    }
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual(['abc']);
    expect(unsavedValue(key)).toBeNull();
  });

  it('flush writes the waiting value at once; cancel drops it', async () => {
    const writes: string[] = [];
    const write = async (v: string) => void writes.push(v);
    scheduleSave(key, 'typed', write);
    await flushSave(key);
    expect(writes).toEqual(['typed']);
    scheduleSave(key, 'dropped', write);
    cancelSave(key);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS * 4);
    expect(writes).toEqual(['typed']);
  });

  it('never runs two writes of one field at once; the newer value follows the one in flight', async () => {
    const started: string[] = [];
    let release: () => void = () => undefined;
    let active = 0;
    let maxActive = 0;
    const write = (v: string) =>
      new Promise<void>((resolve) => {
        started.push(v);
        maxActive = Math.max(maxActive, ++active);
        release = () => {
          active--;
          resolve();
        };
      });
    scheduleSave(key, 'one', write);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    scheduleSave(key, 'one two', write);
    const flushed = flushSave(key);
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(['one']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(['one', 'one two']);
    release();
    await flushed;
    expect(maxActive).toBe(1);
    expect(unsavedValue(key)).toBeNull();
  });

  it('keeps a value whose write failed and retries while the backend is unreachable', async () => {
    let up = false;
    const writes: string[] = [];
    const write = async (v: string) => {
      if (!up) throw new Error('The Glossa web host is not reachable');
      writes.push(v);
    };
    scheduleSave(key, 'my memo', write);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(unsavedValue(key)).toBe('my memo');
    up = true;
    await vi.advanceTimersByTimeAsync(3000);
    expect(writes).toEqual(['my memo']);
    expect(unsavedValue(key)).toBeNull();
  });

  it('does not retry a refused write (a deleted highlight), but keeps its text', async () => {
    let calls = 0;
    const write = async () => {
      calls++;
      throw { code: 'annotation.notFound', message: 'This highlight no longer exists.' };
    };
    scheduleSave(key, 'comment', write);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS + 10_000);
    expect(calls).toBe(1);
    expect(unsavedValue(key)).toBe('comment');
  });
});
