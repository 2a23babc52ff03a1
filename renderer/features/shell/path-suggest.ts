// Default file paths offered by the in-app path dialog when the host has no native dialogs
// (the web host answers { supported: false }). Suggest next to the project the user works with.
import type { ProjectInfo, RecentProject } from '../../../shared/domain/project';

export type PathKind = 'new' | 'open' | 'saveAs';

const EXT = '.glossa';

export function dirnameOf(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i > 0 ? p.slice(0, i) : i === 0 ? p.slice(0, 1) : '';
}

function separatorOf(p: string): string {
  return p.includes('\\') && !p.includes('/') ? '\\' : '/';
}

function join(dir: string, name: string, sep: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/** Ensures the name ends with .glossa (users often type only the name). */
export function withGlossaExt(p: string): string {
  const s = p.trim();
  return s === '' || s.toLowerCase().endsWith(EXT) ? s : s + EXT;
}

export function suggestProjectPath(
  kind: PathKind,
  current: ProjectInfo | null,
  recent: RecentProject[],
): string {
  const base = current?.path ?? recent.find((r) => r.exists)?.path ?? recent[0]?.path ?? '';
  if (kind === 'open') return recent.find((r) => r.exists && r.path !== current?.path)?.path ?? base;
  if (!base) return kind === 'new' ? `research${EXT}` : '';
  const dir = dirnameOf(base);
  const sep = separatorOf(base);
  if (kind === 'saveAs' && current) {
    const name = current.path.slice(dir.length).replace(/^[\\/]/, '').replace(/\.glossa$/i, '');
    return join(dir, `${name}-copy${EXT}`, sep);
  }
  return join(dir, `new-project${EXT}`, sep);
}
