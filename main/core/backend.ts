// Composes the backend: one BackendContext (open project, events, data dir) and the handler
// factories of every domain, spread into one object that must satisfy `Handlers` — a channel
// without a handler fails to compile. Hosts (Electron IPC, the HTTP bridge, tests) call
// `invoke`, which is the same for all of them. A later domain adds one spread line below.
import type { Channel, EventEmitterFn, Handlers, Input, Output } from '../../shared/contract';
import { CHANNELS } from '../../shared/contract';
import { GlossaError } from '../../shared/errors';
import type { BackendContext, ProjectHandle } from './backend-context';
import { appHandlers } from './app/app-handlers';
import { dialogHandlers } from './app/dialog-handlers';
import { backupHandlers } from './app/backup-handlers';
import { documentHandlers } from './app/document-handlers';
import type { DialogProvider, HostServices } from './app/host-services';
import { createImportJobs, type ImportJobs } from './app/import-jobs';
import { createOcrJobs } from './app/ocr-jobs';
import { sharedOcrEngine } from '../ocr/ocr-engine';
import { createJobRunner, type JobRunner } from './jobs/job-runner';
import { createScreenRefresher, type ScreenRefresher } from './search/screen-refresh';
import { projectHandlers } from './app/project-handlers';
import { linkHandlers } from './links/link-handlers';
import { searchHandlers } from './app/search-handlers';
import { annotationImportHandlers } from './annotation-import/handlers';
import { bibliographyHandlers } from './bibliography/handlers';
import { attributeHandlers } from './attributes/handlers';
import { caseHandlers } from './cases/handlers';
import { passageLinkHandlers } from './passage-links/handlers';
import { memoHandlers } from './memos/handlers';
import { codingHandlers } from './coding/handlers';
import { evidenceHandlers } from './evidence/handlers';
import { networkHandlers } from './network/handlers';
import { createExportJobs } from './evidence/export-jobs';
import { coderHandlers } from './coding/coder-handlers';
import { coderIdentity } from './coding/installation-coder';
import { roundHandlers } from './share/round-handlers';
import { shareHandlers } from './share/handlers';
import { createZoteroJobs } from './zotero/handlers';
import { closeProject, projectInfo } from './project/project-file';
import { SettingsStore } from './settings/settings-store';

export type { DialogProvider } from './app/host-services';

export interface BackendOptions {
  userDataDir: string;
  host: 'electron' | 'web';
  dialogs?: DialogProvider;
  openExternal?: (url: string) => Promise<boolean>;
  systemLocale?: string;
  /** The job threads' runner; tests may pass one that records what runs there. */
  jobs?: JobRunner;
  /** When search screens are ranked again (screen-refresh.ts); tests use small projects. */
  searchScreens?: { quietMs?: number; minPages?: number };
  /** Where search's first screen stops counting (default 10,000); tests pass a small one. */
  searchCountCap?: number;
}

export type BackendListener = EventEmitterFn;

export interface Backend {
  handlers: Handlers;
  /** Calls a channel by name with untrusted input; always async, unknown channels rejected. */
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  /** Subscribes to backend events; returns the unsubscribe function. */
  on(listener: BackendListener): () => void;
  settings: SettingsStore;
  /** The ranking of the open project's common searches (idle(): none armed or running). */
  searchScreens: Pick<ScreenRefresher, 'idle'>;
  /** Cancels running jobs and closes the open project. */
  dispose(): Promise<void>;
}

const KNOWN = new Set<string>(CHANNELS);

export function isChannel(name: string): name is Channel {
  return KNOWN.has(name);
}

export function createBackend(opts: BackendOptions): Backend {
  const listeners = new Set<BackendListener>();
  // Set below: every event and request checks whether the pages outran the search screens.
  let screens: ScreenRefresher | null = null;
  const emit: EventEmitterFn = (event, payload) => {
    screens?.check();
    for (const listener of [...listeners]) {
      try {
        listener(event, payload);
      } catch (err) {
        // One broken subscriber (a closed window, a dropped SSE socket) must not stop the others.
        console.error(`[glossa] event listener failed for ${event}:`, err);
      }
    }
  };

  let current: ProjectHandle | null = null;
  const jobs = opts.jobs ?? createJobRunner();
  const ctx: BackendContext = {
    project: () => current,
    requireProject() {
      if (!current) throw new GlossaError('project.noneOpen', 'No project is open. Create or open a project first.');
      return current;
    },
    setProject(handle) {
      const previous = current;
      current = handle;
      if (previous && previous !== handle) {
        void screens?.cancel();
        closeProject(previous);
      }
      // The reader re-anchors right after a document opens: have a job thread ready by then.
      if (handle) jobs.warm();
      emit('project.changed', handle ? projectInfo(handle) : null);
    },
    emit,
    userDataDir: opts.userDataDir,
    host: opts.host,
    jobs,
    searchCountCap: opts.searchCountCap,
  };
  screens = createScreenRefresher(ctx, opts.searchScreens);

  const host: HostServices = {
    settings: new SettingsStore(opts.userDataDir),
    dialogs: opts.dialogs,
    openExternal: opts.openExternal,
    systemLocale: opts.systemLocale,
  };
  const importJobs = createImportJobs(ctx);
  const exportJobs = createExportJobs(ctx);
  // One identity shared by every handler, so a rename in the settings applies at once.
  const coder = coderIdentity(opts.userDataDir);

  const ocrJobs = createOcrJobs(ctx, coder.get);
  const zoteroJobs = createZoteroJobs(ctx, coder.get);
  // Closing, switching or restoring a project first stops every job that writes into it.
  const writingJobs: ImportJobs = {
    ...importJobs,
    async cancelAll() {
      await Promise.all([importJobs.cancelAll(), ocrJobs.cancelAll(), zoteroJobs.cancelAll(), screens!.cancel()]);
    },
  };

  const projects = projectHandlers(ctx, host, writingJobs);
  const handlers = {
    ...appHandlers(ctx, host),
    ...dialogHandlers(ctx, host),
    ...projects,
    ...linkHandlers(ctx, host, (path) => projects['project.open']({ path })),
    ...documentHandlers(ctx, coder.get),
    ...backupHandlers(ctx, writingJobs),
    ...importJobs.handlers,
    ...ocrJobs.handlers,
    ...searchHandlers(ctx),
    ...codingHandlers(ctx, coder.get),
    ...annotationImportHandlers(ctx, coder.get),
    ...bibliographyHandlers(ctx, coder.get),
    ...shareHandlers(ctx, coder.get),
    ...roundHandlers(ctx, coder.get),
    ...coderHandlers(coder),
    ...evidenceHandlers(ctx, exportJobs),
    ...networkHandlers(ctx),
    ...zoteroJobs.handlers,
    ...caseHandlers(ctx, coder.get),
    ...passageLinkHandlers(ctx, coder.get),
    ...memoHandlers(ctx, coder.get),
    ...attributeHandlers(ctx, coder.get),
  } satisfies Handlers;

  return {
    handlers,
    async invoke(channel, input) {
      if (!isChannel(channel)) {
        throw new GlossaError('api.unknownChannel', `Unknown channel: ${String(channel)}`, { channel: String(channel) });
      }
      const fn = handlers[channel] as (i: unknown) => unknown;
      try {
        return (await fn(input)) as Output<typeof channel>;
      } finally {
        screens!.check();
      }
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settings: host.settings,
    searchScreens: screens,
    async dispose() {
      await writingJobs.cancelAll();
      await exportJobs.cancelAll();
      if (current) {
        const handle = current;
        current = null;
        closeProject(handle);
      }
      await jobs.close();
      await sharedOcrEngine().close(); // its worker thread would keep this thread alive
      listeners.clear();
    },
  };
}
