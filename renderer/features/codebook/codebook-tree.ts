// Pure helpers over the flat code list the backend returns (codes.list, already in tree
// order): display names per UI language, tree rows with depth, ancestor paths, and where a
// drag-and-drop lands (before / inside / after a node) as a codes.move input. No DOM.
import { codeNameFor } from '../../../shared/codebook/code-text';
import type { Code } from '../../../shared/domain/code';

export type Lang = 'en' | 'ru';

/** The name shown in the UI: the code's name in this language, else its name in the other. */
export function codeLabel(code: Pick<Code, 'text'>, lang: Lang): string {
  return codeNameFor(code, lang);
}

const byPositionThenName = (a: Code, b: Code) => a.position - b.position || codeLabel(a, 'en').localeCompare(codeLabel(b, 'en'));

export interface TreeRow<C extends Code = Code> {
  code: C;
  depth: number;
  hasChildren: boolean;
}

function childrenOf<C extends Code>(codes: readonly C[]): Map<string | null, C[]> {
  const map = new Map<string | null, C[]>();
  const ids = new Set(codes.map((c) => c.id));
  for (const c of codes) {
    // A parent missing from the list (should not happen) shows its children at the top level.
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = map.get(parent);
    if (list) list.push(c);
    else map.set(parent, [c]);
  }
  for (const list of map.values()) list.sort(byPositionThenName);
  return map;
}

/** Depth-first rows; children of collapsed codes are left out. */
export function treeRows<C extends Code>(codes: readonly C[], collapsed: ReadonlySet<string> = new Set()): TreeRow<C>[] {
  const children = childrenOf(codes);
  const out: TreeRow<C>[] = [];
  const seen = new Set<string>();
  const walk = (parentId: string | null, depth: number) => {
    for (const c of children.get(parentId) ?? []) {
      if (seen.has(c.id)) continue; // a parent cycle in a damaged file must not loop
      seen.add(c.id);
      const kids = children.get(c.id) ?? [];
      out.push({ code: c, depth, hasChildren: kids.length > 0 });
      if (!collapsed.has(c.id)) walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** "Parent › Child" for a code, for pickers where the same name may occur twice. */
export function codePath(codes: readonly Code[], id: string, lang: Lang): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const names: string[] = [];
  let cur = byId.get(id);
  for (let guard = 0; cur && guard < 100; guard++) {
    names.unshift(codeLabel(cur, lang));
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return names.join(' › ');
}

/** True when `candidate` is `id` itself or one of its descendants. */
export function isSelfOrDescendant(codes: readonly Code[], id: string, candidate: string | null): boolean {
  const byId = new Map(codes.map((c) => [c.id, c]));
  let cur: string | null = candidate;
  for (let guard = 0; cur !== null && guard < 10_000; guard++) {
    if (cur === id) return true;
    cur = byId.get(cur)?.parentId ?? null;
  }
  return false;
}

export type DropZone = 'before' | 'inside' | 'after';

/** Which part of a row the pointer is over: top quarter before, bottom quarter after, else inside. */
export function dropZoneAt(offsetY: number, rowHeight: number): DropZone {
  if (offsetY < rowHeight * 0.25) return 'before';
  if (offsetY > rowHeight * 0.75) return 'after';
  return 'inside';
}

/**
 * The codes.move input for dropping `dragId` on `targetId` in `zone`; null when the drop is
 * refused (onto itself or into its own subtree: a cycle) or changes nothing.
 * `position` is the index among the new siblings AFTER the dragged code is taken out.
 */
export function moveForDrop(codes: readonly Code[], dragId: string, targetId: string, zone: DropZone): { id: string; parentId: string | null; position: number } | null {
  const target = codes.find((c) => c.id === targetId);
  const drag = codes.find((c) => c.id === dragId);
  if (!target || !drag || dragId === targetId) return null;
  const parentId = zone === 'inside' ? target.id : target.parentId;
  if (isSelfOrDescendant(codes, dragId, parentId)) return null;
  const siblings = codes
    .filter((c) => c.parentId === parentId && c.id !== dragId)
    .sort(byPositionThenName);
  let position: number;
  if (zone === 'inside') position = siblings.length;
  else {
    const at = siblings.findIndex((c) => c.id === targetId);
    position = zone === 'before' ? at : at + 1;
  }
  const current = codes
    .filter((c) => c.parentId === drag.parentId)
    .sort(byPositionThenName)
    .findIndex((c) => c.id === dragId);
  if (parentId === drag.parentId && position === current) return null;
  return { id: dragId, parentId, position };
}
