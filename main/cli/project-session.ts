// Opens a project for one CLI command and always closes it (WAL folded back into the file),
// even when the command fails, so the file is left as one self-contained file.
import type { ProjectHandle } from '../core/backend-context';
import { closeProject, openProject } from '../core/project/project-file';

export async function withProject<T>(file: string, fn: (handle: ProjectHandle) => Promise<T> | T): Promise<T> {
  const handle = openProject(file);
  try {
    return await fn(handle);
  } finally {
    closeProject(handle);
  }
}

/** Human-readable byte size: 1 decimal for KB/MB/GB. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}
