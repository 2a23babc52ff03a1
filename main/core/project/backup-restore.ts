// Restoring a project from one of its backups. Nothing the user has is lost on the way: the
// backup is checked first (a Glossa file this version reads, integrity_check clean), then the
// current file is itself backed up (reason 'restore'), and only then is the backup copied to
// a temporary name beside the project and renamed over it. The caller closes the project
// between prepareRestore and replaceWithBackup (the app) or never had it open (the CLI).
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, RestoreResult } from '../../../shared/domain/project';
import { GlossaError } from '../../../shared/errors';
import { checkProjectFile, type Db, integrityProblems } from '../../db/connection';
import { backupClosedFile, findBackup, writeBackup } from './backups';
import { moveIntoPlace, removeWithSideFiles, tempSiblingOf } from './project-file-ops';

/** Throws backup.damaged when the backup cannot be restored. */
export function checkBackup(backup: BackupInfo): void {
  try {
    checkProjectFile(backup.path);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new GlossaError('backup.damaged', `The backup ${backup.name} cannot be restored: ${detail}`, { name: backup.name, detail });
  }
  const problems = integrityProblems(backup.path);
  if (problems.length > 0) {
    throw new GlossaError('backup.damaged', `The backup ${backup.name} is damaged and was not restored: ${problems.slice(0, 3).join('; ')}`, {
      name: backup.name,
      detail: problems.slice(0, 3).join('; '),
    });
  }
}

/**
 * Finds and checks the backup, then backs up the current file: through `openDb` when the
 * project is open, else from the closed file (none when the file is gone: nothing to keep).
 * Returns both; the project is not changed yet.
 */
export async function prepareRestore(projectPath: string, name: string, openDb?: Db): Promise<RestoreResult> {
  const restored = findBackup(projectPath, name);
  checkBackup(restored);
  let safety = null;
  if (openDb) safety = await writeBackup(openDb, projectPath, 'restore');
  else if (fs.existsSync(projectPath)) safety = await backupClosedFile(projectPath, 'restore');
  return { restored, safety };
}

/** Puts the backup in place of the (closed) project file: temporary copy, then rename. */
export function replaceWithBackup(projectPath: string, backup: BackupInfo): void {
  const dest = path.resolve(projectPath);
  const tmp = tempSiblingOf(dest, 'restore.tmp');
  try {
    fs.copyFileSync(backup.path, tmp);
    moveIntoPlace(tmp, dest);
  } catch (err) {
    removeWithSideFiles(tmp);
    const detail = err instanceof Error ? err.message : String(err);
    throw new GlossaError('backup.failed', `The backup could not be restored: ${detail}`, { path: dest, detail });
  }
}
