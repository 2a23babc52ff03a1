// The project file lifecycle: New, Open, Save As, Close, and the ProjectInfo summary. One
// SQLite file (.glossa) holds everything, so these functions are the whole "file" story;
// refusing foreign, newer and damaged files is done by main/db/connection.ts before SQLite
// writes anything.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import packageJson from '../../../package.json';
import type { ProjectInfo } from '../../../shared/domain/project';
import { GlossaError } from '../../../shared/errors';
import { openProjectDb } from '../../db/connection';
import { projectStats, readAllMeta, setMetaMany } from '../../db/repositories/meta';
import type { ProjectHandle } from '../backend-context';
import { isSameFile, moveIntoPlace, removeWithSideFiles, tempSiblingOf } from './project-file-ops';
import { seedDefaultCodebook } from '../codebook/default-codebook';

function baseName(file: string): string {
  return path.basename(file, path.extname(file));
}

/** Creates a new, empty project file; refuses to replace an existing file. */
export function createProject(filePath: string, name?: string): ProjectHandle {
  const abs = path.resolve(filePath);
  const db = openProjectDb(abs, { create: true });
  try {
    setMetaMany(db, {
      id: randomUUID(),
      name: name?.trim() || baseName(abs),
      created_at: new Date().toISOString(),
      app_version: packageJson.version,
    });
    seedDefaultCodebook(db);
    return { path: abs, db };
  } catch (err) {
    db.close();
    removeWithSideFiles(abs);
    throw err;
  }
}

/**
 * Opens an existing project, migrating it if it is older. Refuses (GlossaError) files that
 * are missing, not Glossa's, from a newer version, or damaged; those are left untouched.
 */
export function openProject(filePath: string): ProjectHandle {
  const abs = path.resolve(filePath);
  return { path: abs, db: openProjectDb(abs) };
}

/**
 * Writes a consistent copy of the open project (SQLite's online backup, which sees every
 * committed write, including those still in the WAL) to `destPath` and opens it. The copy
 * goes to a temporary file in the destination folder first and is renamed into place, so
 * a failed or interrupted copy never leaves a half-written project under the chosen name.
 * The caller closes the old handle.
 */
export async function saveProjectAs(handle: ProjectHandle, destPath: string): Promise<ProjectHandle> {
  const dest = path.resolve(destPath);
  if (isSameFile(handle.path, dest)) {
    throw new GlossaError('project.alreadyExists', 'Save As needs a different file: this is the project that is open.', { path: dest });
  }
  const tmp = tempSiblingOf(dest);
  try {
    await handle.db.backup(tmp);
    moveIntoPlace(tmp, dest);
  } catch (err) {
    removeWithSideFiles(tmp);
    throw err;
  }
  return openProject(dest);
}

/** Project summary for the title bar, `glossa info` and the project.* channels. */
export function projectInfo(handle: ProjectHandle): ProjectInfo {
  const meta = readAllMeta(handle.db);
  const stats = projectStats(handle.db);
  return {
    path: handle.path,
    name: meta.name || baseName(handle.path),
    id: meta.id ?? '',
    createdAt: meta.created_at ?? '',
    schemaVersion: stats.schemaVersion,
    documentCount: stats.documentCount,
    pageCount: stats.pageCount,
    byteSize: stats.byteSize,
  };
}

/**
 * The project's title as reports print it: the `title` setting when there is one, else its
 * name unless that is only the file's base name (what a project created without a name gets):
 * '' then, and the report falls back to its own generic title. A report for an annex must
 * never be headed "trafficking-v3-final".
 */
export function projectTitle(handle: ProjectHandle): string {
  const meta = readAllMeta(handle.db);
  const title = meta.title?.trim();
  if (title) return title;
  const name = meta.name?.trim() ?? '';
  return name && name !== baseName(handle.path) ? name : '';
}

/**
 * Folds the WAL back into the file (TRUNCATE leaves a zero-length -wal, then close removes
 * it), so the closed project is one self-contained file a colleague can be sent.
 */
export function closeProject(handle: ProjectHandle): void {
  if (!handle.db.open) return;
  try {
    handle.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    handle.db.close();
  }
}
