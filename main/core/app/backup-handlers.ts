// backups.*: the open project's automatic backups (project/backups.ts): list them, and restore
// one — the current file is backed up first, the project is closed, the backup renamed into
// place and the project reopened. If putting the backup in place fails, the file that was
// open is reopened unchanged.
import type { Handlers } from '../../../shared/contract';
import type { BackendContext } from '../backend-context';
import { listBackups } from '../project/backups';
import { prepareRestore, replaceWithBackup } from '../project/backup-restore';
import { closeProject, openProject } from '../project/project-file';
import type { ImportJobs } from './import-jobs';
import { asObject, asVoid, str } from './input-checks';

export function backupHandlers(ctx: BackendContext, jobs: ImportJobs) {
  const reopen = (file: string) => {
    try {
      ctx.setProject(openProject(file));
    } catch (err) {
      ctx.setProject(null); // never leave the closed handle as the open project
      throw err;
    }
  };
  return {
    'backups.list': (input) => {
      asVoid(input);
      return listBackups(ctx.requireProject().path);
    },
    'backups.restore': async (input) => {
      const name = str(asObject(input), 'name', { max: 300 });
      const handle = ctx.requireProject();
      await jobs.cancelAll();
      const result = await prepareRestore(handle.path, name, handle.db);
      closeProject(handle);
      try {
        replaceWithBackup(handle.path, result.restored);
      } finally {
        reopen(handle.path);
      }
      ctx.emit('documents.changed', {});
      return result;
    },
  } satisfies Partial<Handlers>;
}
