// `glossa backups list <project> [--json]` and `glossa backups restore <project> <name> [--json]`:
// the project's automatic backups (<project>.backups/, see core/project/backups.ts). A restore
// backs up the current file first (even a damaged one, byte for byte), then puts the backup
// in its place. The project must not be open in the app while it is restored.
import type { BackupInfo } from '../../../shared/domain/project';
import { listBackups } from '../../core/project/backups';
import { prepareRestore, replaceWithBackup } from '../../core/project/backup-restore';
import { parseCommandArgs, UsageError, type CliCommand } from '../command-registry';
import { formatBytes } from '../project-session';

function row(b: BackupInfo): string {
  return [b.name, b.reason, b.createdAt, formatBytes(b.byteSize)].join('\t');
}

export const backupsCommand: CliCommand = {
  name: 'backups',
  summary: 'list a project\'s automatic backups, or restore one (the current file is backed up first)',
  usage: 'backups list <project.glossa> [--json] | backups restore <project.glossa> <backup-name> [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, { min: 2, max: 3, names: 'list|restore and <project>' });
    const [action, project, name] = positionals;
    if (action === 'list') {
      if (name !== undefined) throw new UsageError(`too many arguments: ${name}`);
      const backups = listBackups(project);
      if (values.json) {
        io.out(JSON.stringify(backups, null, 2));
        return 0;
      }
      if (backups.length === 0) {
        io.out(`No backups of ${project} yet.`);
        return 0;
      }
      io.out(['NAME', 'REASON', 'CREATED', 'SIZE'].join('\t'));
      for (const b of backups) io.out(row(b));
      io.out(`${backups.length} backup${backups.length === 1 ? '' : 's'}`);
      return 0;
    }
    if (action === 'restore') {
      if (name === undefined) throw new UsageError('missing <backup-name> (see: glossa backups list <project>)');
      const result = await prepareRestore(project, name);
      replaceWithBackup(project, result.restored);
      if (values.json) {
        io.out(JSON.stringify(result, null, 2));
        return 0;
      }
      io.out(`Restored:      ${result.restored.name} (${result.restored.reason}, ${result.restored.createdAt})`);
      io.out(`Previous file: ${result.safety ? result.safety.path : '(there was none)'}`);
      return 0;
    }
    throw new UsageError(`unknown action "${action}": use list or restore`);
  },
};
