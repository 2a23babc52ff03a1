// Saving typed text as you type: the one debounced-save helper for memos, highlight comments
// and code definitions. Each field has a key ("memo:document:<id>", "comment:<id>", …); its
// writer runs AUTOSAVE_DEBOUNCE_MS after the last keystroke, one write at a time per key, the
// newest value winning. A field that unmounts (dialog closed, tab switched) flushes at once, and
// a value whose write failed stays here and is retried, so a remount gets it back instead of an
// older copy from the backend. Lives outside React: a closed component leaves its save running.
import { useEffect, useMemo, useRef } from 'react';
import { toErrorData } from '../../shared/errors';
import { Store, useStore } from './store';

/**
 * 500 ms after the last keystroke: a typist pauses that long between phrases, so a paragraph is
 * a handful of saves (each one transaction with an fsync, ~2-5 ms), and a crash loses at most
 * the last half second of typing.
 */
export const AUTOSAVE_DEBOUNCE_MS = 500;
/** After a write failed in transport (backend gone), try again every 3 s while the value waits. */
const RETRY_MS = 3000;

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

type Writer = (value: string) => Promise<void>;

interface Entry {
  write: Writer;
  /** The value not yet acknowledged by the backend (null: nothing waiting). */
  pending: string | null;
  timer: ReturnType<typeof setTimeout> | null;
  inFlight: Promise<void> | null;
  status: AutosaveStatus;
  error: unknown;
}

/** Per-key status, for the small "Saving… / Saved / Not saved" note beside a field. */
export const autosaveStatus = new Store<Record<string, { status: AutosaveStatus; error: unknown }>>({});

const entries = new Map<string, Entry>();

function setStatus(key: string, e: Entry, status: AutosaveStatus, error: unknown = null): void {
  e.status = status;
  e.error = error;
  autosaveStatus.set({ [key]: { status, error } });
}

function arm(key: string, e: Entry, ms: number): void {
  if (e.timer) clearTimeout(e.timer);
  e.timer = setTimeout(() => {
    e.timer = null;
    void run(key, e);
  }, ms);
}

async function run(key: string, e: Entry): Promise<void> {
  // One write at a time per key; a caller that waited finds the newest value still pending.
  while (e.inFlight) await e.inFlight;
  if (e.pending === null) return;
  const value = e.pending;
  setStatus(key, e, 'saving');
  e.inFlight = e.write(value).then(
    () => {
      if (e.pending === value) e.pending = null;
      setStatus(key, e, e.pending === null ? 'saved' : 'pending');
    },
    (err: unknown) => {
      setStatus(key, e, 'error', err);
      // A refusal (highlight deleted, text too long) stays refused; a lost backend may come back.
      if (toErrorData(err).code === 'internal' && !e.timer) arm(key, e, RETRY_MS);
    },
  );
  await e.inFlight;
  e.inFlight = null;
}

/** Queues `value` for the field `key`; the write runs after the debounce. */
export function scheduleSave(key: string, value: string, write: Writer, ms = AUTOSAVE_DEBOUNCE_MS): void {
  let e = entries.get(key);
  if (!e) {
    e = { write, pending: null, timer: null, inFlight: null, status: 'idle', error: null };
    entries.set(key, e);
  }
  e.write = write;
  e.pending = value;
  setStatus(key, e, 'pending');
  arm(key, e, ms);
}

/** Writes the waiting value of `key` now; resolves when it (and any write in flight) is done. */
export async function flushSave(key: string): Promise<void> {
  const e = entries.get(key);
  if (!e) return;
  if (e.timer) clearTimeout(e.timer), (e.timer = null);
  await run(key, e);
}

/** Drops the waiting value of `key` (the caller saved it another way, e.g. with Apply). */
export function cancelSave(key: string): void {
  const e = entries.get(key);
  if (!e) return;
  if (e.timer) clearTimeout(e.timer), (e.timer = null);
  e.pending = null;
}

/** The value typed into `key` that the backend has not acknowledged yet, if any. */
export function unsavedValue(key: string): string | null {
  return entries.get(key)?.pending ?? null;
}

/** Waits for the writes of `key`: a field reloading after a remount must not read an older copy. */
export async function settled(key: string): Promise<void> {
  const e = entries.get(key);
  if (e?.inFlight) await e.inFlight.catch(() => undefined);
}

/** Flushes every field (the window is closing). */
export function flushAllSaves(): Promise<void> {
  return Promise.all([...entries.keys()].map((k) => flushSave(k))).then(() => undefined);
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => void flushAllSaves());
  window.addEventListener('beforeunload', () => void flushAllSaves());
}

/**
 * A text field that saves as you type. `change(v)` queues a save of v; on unmount (or a new
 * key) the waiting value is written at once. `write` may change between renders.
 */
export function useAutosave(key: string, write: Writer): { change(value: string): void; flush(): Promise<void>; cancel(): void; status: AutosaveStatus; error: unknown } {
  const writeRef = useRef(write);
  writeRef.current = write;
  useEffect(() => () => void flushSave(key), [key]);
  const statuses = useStore(autosaveStatus);
  const api = useMemo(
    () => ({
      change: (value: string) => scheduleSave(key, value, (v) => writeRef.current(v)),
      flush: () => flushSave(key),
      cancel: () => cancelSave(key),
    }),
    [key],
  );
  const s = statuses[key];
  return { ...api, status: s?.status ?? 'idle', error: s?.error ?? null };
}
