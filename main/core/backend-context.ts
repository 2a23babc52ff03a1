// What every domain's handlers get from the backend: the open project (if any), a way to
// push events to the renderer, and the per-installation data directory. Plain Node: the
// same context serves Electron's main process, the web host and tests.
import type { EventEmitterFn } from '../../shared/contract';
import type { Db } from '../db/connection';
import type { JobRunner } from './jobs/job-runner';

export interface ProjectHandle {
  /** Absolute path of the .glossa file. */
  path: string;
  db: Db;
}

export interface BackendContext {
  /** The open project, or null. */
  project(): ProjectHandle | null;
  /** The open project; throws GlossaError('project.noneOpen') when there is none. */
  requireProject(): ProjectHandle;
  /** Replaces the open project (closing the previous one) and emits project.changed. */
  setProject(handle: ProjectHandle | null): void;
  emit: EventEmitterFn;
  /** Per-installation folder: settings.json, recent projects, window state. */
  userDataDir: string;
  host: 'electron' | 'web';
  /** Long work (merge, agreement, REFI-QDA, re-anchoring, export writers) in job threads. */
  jobs: JobRunner;
  /** Where search's first screen stops counting (default COUNT_CAP); tests pass a small one. */
  searchCountCap?: number;
}
