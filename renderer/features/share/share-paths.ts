// Default paths offered for the sharing commands when the host has no native dialogs (the web
// host): next to the open project, named after it, with the right extension. Pure.
import type { ShareFilePurpose } from '../../../shared/domain/share';
import { dirnameOf } from '../shell/path-suggest';

export const SHARE_EXTENSION: Record<ShareFilePurpose, string> = {
  send: '.glossa',
  openReceived: '.glossa',
  merge: '.glossa',
  qdpxExport: '.qdpx',
  qdpxImport: '.qdpx',
  qdpxTarget: '.glossa',
};

/** Whether the command writes a new file (a path to create) or reads an existing one. */
export function isSavePurpose(purpose: ShareFilePurpose): boolean {
  return purpose === 'send' || purpose === 'qdpxExport' || purpose === 'qdpxTarget';
}

function baseName(p: string): string {
  const name = p.slice(dirnameOf(p).length).replace(/^[\\/]/, '');
  return name.replace(/\.(glossa|qdpx)$/i, '');
}

function join(dir: string, name: string): string {
  if (!dir) return name;
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/** Adds the purpose's extension to a typed path that lacks it (people type only the name). */
export function withShareExtension(purpose: ShareFilePurpose, typed: string): string {
  const s = typed.trim();
  const ext = SHARE_EXTENSION[purpose];
  if (!s || !isSavePurpose(purpose) || s.toLowerCase().endsWith(ext)) return s;
  return s + ext;
}

/**
 * A suggestion for the path field. `projectPath` is the open project (may be empty);
 * `from` is the .qdpx being imported, for naming the new project after it.
 */
export function suggestSharePath(purpose: ShareFilePurpose, projectPath: string, from = ''): string {
  const dir = dirnameOf(projectPath);
  const name = baseName(projectPath) || 'project';
  switch (purpose) {
    case 'send': return join(dir, `${name}-to-send.glossa`);
    case 'qdpxExport': return join(dir, `${name}.qdpx`);
    case 'qdpxTarget': return from ? join(dirnameOf(from), `${baseName(from) || 'imported'}.glossa`) : join(dir, 'imported.glossa');
    default: return dir ? join(dir, '') : '';
  }
}
