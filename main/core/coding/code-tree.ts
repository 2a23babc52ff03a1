// Pure helpers over a flat list of codes: children lists, subtree walks, tree order, and the
// palette new codes draw their colour from. No database access.
import { codeNameFor } from '../../../shared/codebook/code-text';
import type { Code } from '../../../shared/domain/code';

export type ChildrenMap = Map<string | null, Code[]>;

export function childrenMap(codes: readonly Code[]): ChildrenMap {
  const map: ChildrenMap = new Map();
  for (const c of codes) {
    const list = map.get(c.parentId);
    if (list) list.push(c);
    else map.set(c.parentId, [c]);
  }
  for (const list of map.values()) list.sort((a, b) => a.position - b.position || codeNameFor(a, 'en').localeCompare(codeNameFor(b, 'en')));
  return map;
}

/** The code and all its descendants, parents before children (pre-order). */
export function subtree(children: ChildrenMap, root: Code): Code[] {
  const out: Code[] = [];
  const stack: Code[] = [root];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const c = stack.pop() as Code;
    if (seen.has(c.id)) continue; // a corrupt file with a parent cycle must not loop forever
    seen.add(c.id);
    out.push(c);
    const kids = children.get(c.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** All codes in depth-first tree order (what a tree view shows, top to bottom). */
export function treeOrder(codes: readonly Code[]): Array<{ code: Code; depth: number }> {
  const children = childrenMap(codes);
  const out: Array<{ code: Code; depth: number }> = [];
  const seen = new Set<string>();
  const walk = (parentId: string | null, depth: number) => {
    for (const c of children.get(parentId) ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push({ code: c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** True when `candidateId` is `codeId` or lies below it. */
export function isSelfOrDescendant(byId: ReadonlyMap<string, Code>, codeId: string, candidateId: string): boolean {
  let cur: string | null = candidateId;
  for (let guard = 0; cur !== null && guard < 10_000; guard++) {
    if (cur === codeId) return true;
    cur = byId.get(cur)?.parentId ?? null;
  }
  return false;
}

/**
 * 24 colours readable as highlight backgrounds behind black text at ~40% opacity and distinct
 * from each other (Tableau 20 plus four darker tones); new codes take the first unused one.
 */
export const CODE_PALETTE = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7',
  '#9c755f', '#bab0ac', '#a0cbe8', '#ffbe7d', '#8cd17d', '#b6992d', '#f1ce63', '#86bcb6',
  '#d37295', '#fabfd2', '#d4a6c8', '#79706e', '#499894', '#e17c05', '#5f4b8b', '#2f8f5b',
] as const;

export function nextPaletteColor(used: Iterable<string>): string {
  const taken = new Set([...used].map((c) => c.toLowerCase()));
  return CODE_PALETTE.find((c) => !taken.has(c)) ?? CODE_PALETTE[taken.size % CODE_PALETTE.length];
}

export { isHexColor } from '../../../shared/rules/colour-rules';
