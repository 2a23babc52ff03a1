// File-system steps shared by every writer of whole project files (Save As, Send project,
// the backup before a merge): telling whether two paths are the same file, removing a file
// with its SQLite side files, and fsync. Kept apart from project-file.ts so the sharing code
// can use them without the project lifecycle.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** SQLite's companion files; a stale one next to a new file would be replayed into it. */
export const SIDE_FILES = ['-wal', '-shm', '-journal'];

export function removeWithSideFiles(file: string): void {
  for (const suffix of ['', ...SIDE_FILES]) fs.rmSync(file + suffix, { force: true });
}

/** True when both paths name one file: equal paths, or symlinks, hard links, case-insensitive names. */
export function isSameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // one of them does not exist (yet)
  }
}

/** Flushes a file, or a folder after a rename, to disk. */
export function fsyncPath(file: string, directory: boolean): void {
  // Directories cannot be opened for fsync on Windows; the rename is durable enough there.
  if (directory && process.platform === 'win32') return;
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A hidden, unique sibling of `dest` to write a whole project file into before it replaces `dest`. */
export function tempSiblingOf(dest: string, tag = 'tmp'): string {
  return path.join(path.dirname(dest), `.${path.basename(dest)}.${randomUUID()}.${tag}`);
}

/**
 * Puts a finished temporary file in place of `dest`: flushed, `dest`'s stale side files removed
 * (a -wal left beside it would be replayed into the new file), renamed, the folder flushed.
 */
export function moveIntoPlace(tmp: string, dest: string): void {
  fsyncPath(tmp, false);
  for (const suffix of SIDE_FILES) fs.rmSync(dest + suffix, { force: true });
  fs.renameSync(tmp, dest);
  fsyncPath(path.dirname(dest), true);
}
