// Private copies of a colleague's data made while it is checked or imported: the temp folder
// of a received project's check (validate-project-file.ts) and the project a .qdpx import
// builds under a temporary name (qdpx-import.ts). A run that finishes removes its copy; one
// whose process was killed (SIGKILL, power loss, a crash) cannot, so each copy is named after
// the process that made it and the next run removes the copies of processes that no longer
// run. A copy of someone else's data never outlives its run by more than that.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PREFIX = 'glossa-received-';

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}

/** Removes the entries of `dir` whose name's first group is the pid of a process that no longer runs. */
function sweep(dir: string, pattern: RegExp): number {
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || Number(m[1]) === process.pid || running(Number(m[1]))) continue;
    try {
      fs.rmSync(path.join(dir, name), { recursive: true, force: true });
      removed++;
    } catch {
      // Not ours to remove (another user's temp folder): leave it.
    }
  }
  return removed;
}

/** Removes the check folders left by processes that no longer run; returns how many. */
export function sweepStaleCopies(dir = os.tmpdir()): number {
  return sweep(dir, new RegExp(`^${PREFIX}(\\d+)-`));
}

const IMPORTING = /^\..+\.(\d+)-[0-9a-f-]{36}\.importing(?:-wal|-shm|-journal)?$/;

/** The temporary name a .qdpx import builds `dest` under, after removing killed imports' leftovers there. */
export function importingName(dest: string, id: string): string {
  sweep(path.dirname(dest), IMPORTING);
  return path.join(path.dirname(dest), `.${path.basename(dest)}.${process.pid}-${id}.importing`);
}

/** A new private folder for one check, after sweeping the stale ones. */
export function makePrivateCopyDir(): string {
  sweepStaleCopies();
  return fs.mkdtempSync(path.join(os.tmpdir(), `${PREFIX}${process.pid}-`));
}
