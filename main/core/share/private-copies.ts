// Private temp folders that hold a copy of a colleague's file while it is checked
// (validate-project-file.ts). A check that finishes removes its folder; one whose process was
// killed (SIGKILL, power loss, a crash) cannot, so each folder is named after the process that
// made it (glossa-received-<pid>-XXXXXX) and the next check removes the folders of processes
// that no longer run. A copy of someone else's data never outlives its check by more than that.
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

/** Removes the private copies left by processes that no longer run; returns how many. */
export function sweepStaleCopies(dir = os.tmpdir()): number {
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const m = new RegExp(`^${PREFIX}(\\d+)-`).exec(name);
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

/** A new private folder for one check, after sweeping the stale ones. */
export function makePrivateCopyDir(): string {
  sweepStaleCopies();
  return fs.mkdtempSync(path.join(os.tmpdir(), `${PREFIX}${process.pid}-`));
}
