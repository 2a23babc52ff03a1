// project.*: create / open / save as / close the one open project file, and the recent list.
// The store (../project/project-file) does the file work; this layer validates inputs, swaps
// the open handle (which emits project.changed) and keeps the recent-projects list current.
// Opening writes the daily backup (project/backups.ts).
import path from 'node:path';
import type { Handlers } from '../../../shared/contract';
import type { BackendContext } from '../backend-context';
import { dailyBackup } from '../project/backups';
import { createProject, openProject, projectInfo, saveProjectAs } from '../project/project-file';
import type { HostServices } from './host-services';
import type { ImportJobs } from './import-jobs';
import { asObject, asVoid, str } from './input-checks';

export function projectHandlers(ctx: BackendContext, host: HostServices, jobs: ImportJobs) {
  const remember = () => {
    const handle = ctx.project();
    if (!handle) return null;
    const info = projectInfo(handle);
    host.settings.touchRecent(info.path, info.name);
    return info;
  };

  return {
    'project.current': (input) => {
      asVoid(input);
      const handle = ctx.project();
      return handle ? projectInfo(handle) : null;
    },

    'project.create': async (input) => {
      const obj = asObject(input);
      const target = path.resolve(str(obj, 'path'));
      const name = str(obj, 'name', { optional: true, max: 200 });
      // Create first: if that fails, the project that was open stays open.
      const handle = await createProject(target, name);
      await jobs.cancelAll();
      ctx.setProject(handle);
      return remember()!;
    },

    'project.open': async (input) => {
      const target = path.resolve(str(asObject(input), 'path'));
      const current = ctx.project();
      if (current && path.resolve(current.path) === target) return remember()!;
      const handle = await openProject(target);
      await jobs.cancelAll();
      ctx.setProject(handle);
      // The daily backup (at most one per 24 hours); a failure must not keep the project closed.
      await dailyBackup(handle.db, handle.path).catch((err: unknown) => console.error('[glossa] daily backup failed:', err));
      return remember()!;
    },

    'project.saveAs': async (input) => {
      const target = path.resolve(str(asObject(input), 'path'));
      const handle = ctx.requireProject();
      // Imports write into the old file; stop them so the copy is the state the user sees.
      await jobs.cancelAll();
      const copy = await saveProjectAs(handle, target);
      ctx.setProject(copy);
      return remember()!;
    },

    'project.close': async (input) => {
      asVoid(input);
      await jobs.cancelAll();
      ctx.setProject(null);
    },

    'project.recent': (input) => {
      asVoid(input);
      return host.settings.listRecent();
    },
  } satisfies Partial<Handlers>;
}
