// Keeps the open project's search screens (search-screens.ts) in step with its pages: after
// any change to the full-text indexes (an import, OCR, a merge, undo of a removal, a migrated
// file) the backend's next request or event sees search_state.generation ahead of the screens
// and, once the pages have been still for QUIET_MS, ranks them again in a job thread. Until
// then searches rank live, as before. One build at a time; a build the pages outran is run
// again; switching or closing the project cancels it. A project of fewer than MIN_PAGES pages
// has no search worth keeping and never starts one.
import type { BackendContext, ProjectHandle } from '../backend-context';
import { pageIdBound, searchState } from '../../db/repositories/search-screens';
import { MIN_PAGES } from './search-screens';

/** Pages still this long before a build starts (an import writes pages for seconds). */
export const QUIET_MS = 1500;

export interface ScreenRefresher {
  /** Cheap (one row read): starts or arms a build when the screens are behind the pages. */
  check(): void;
  /** Stops a build under way or armed. */
  cancel(): Promise<void>;
  /** Resolves when no build is armed or running (tests, the bench). */
  idle(): Promise<void>;
}

export function createScreenRefresher(ctx: BackendContext, opts: { quietMs?: number; minPages?: number } = {}): ScreenRefresher {
  const quietMs = opts.quietMs ?? QUIET_MS;
  const minPages = opts.minPages ?? MIN_PAGES;
  let timer: NodeJS.Timeout | null = null;
  let running: { handle: ProjectHandle; controller: AbortController; done: Promise<void> } | null = null;
  let waiters: Array<() => void> = [];

  const behind = (handle: ProjectHandle): number | null => {
    try {
      const state = searchState(handle.db);
      if (!state || state.generation === state.screensGeneration) return null;
      // Fewer pages than a kept search needs (ids only grow: the largest bounds the count).
      return pageIdBound(handle.db) >= minPages ? state.generation : null;
    } catch {
      return null; // closed connection, a file from before 0021 being migrated elsewhere
    }
  };
  const settle = () => {
    if (timer || running) return;
    const w = waiters;
    waiters = [];
    for (const resolve of w) resolve();
  };

  const start = (handle: ProjectHandle) => {
    const controller = new AbortController();
    const done = ctx.jobs
      .run('searchScreens', { projectPath: handle.path, minPages }, { signal: controller.signal })
      .then(
        () => undefined,
        (err: unknown) => {
          if (!controller.signal.aborted) console.error('[glossa] ranking the common searches failed:', err);
        },
      )
      .finally(() => {
        running = null;
        // Pages written during the build: it stored nothing; rank again.
        if (!controller.signal.aborted && ctx.project() === handle) refresher.check();
        settle();
      });
    running = { handle, controller, done };
  };

  const arm = (handle: ProjectHandle, generation: number) => {
    timer = setTimeout(() => {
      timer = null;
      if (ctx.project() !== handle) return settle();
      const now = behind(handle);
      if (now === null) return settle();
      if (now !== generation) return arm(handle, now); // still changing: wait for quiet
      start(handle);
    }, quietMs);
    timer.unref();
  };

  const refresher: ScreenRefresher = {
    check() {
      const handle = ctx.project();
      if (!handle || timer || running) return;
      const generation = behind(handle);
      if (generation !== null) arm(handle, generation);
    },
    async cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      const r = running;
      r?.controller.abort();
      await r?.done;
      settle();
    },
    idle() {
      if (!timer && !running) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
  return refresher;
}
