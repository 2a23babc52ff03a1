// The three-way merge decision, pure: given this project's items (mine), the other project's
// (theirs) and the hashes seen at the last merge from that peer (base), decide per item:
//   unchanged on their side (theirs == base), or the same on both sides -> keep mine;
//   changed on their side only (mine == base)                             -> take theirs
//                                                                            (add, update or delete);
//   changed on both sides, or edited on one and deleted on the other      -> a conflict that
//                                                                            keeps both versions.
// Without a base (first merge from a peer) an item present on one side only is simply kept or
// added, never deleted. Then a closure pass makes sure every kept item's references exist: a
// deletion that would orphan something still in use becomes a conflict (the item is kept),
// and an item deleted here but needed by their additions is restored from theirs.
import { GlossaError } from '../../../shared/errors';
import type { MergeConflictKind } from '../../../shared/domain/share';
import type { CodingRow } from '../../db/repositories/annotations';
import { annKey, codeKey, codingKey, CODING_HASH, type Item, type ProjectItems, referencesOf, uuidFrom } from './merge-items';

export type Op = { op: 'put'; item: Item } | { op: 'del'; item: Item };

export interface PlannedConflict {
  key: string;
  kind: MergeConflictKind;
  mine: Item | null;
  theirs: Item | null;
  /** For annotations changed on both sides: the id of the copy holding their version. */
  copyId: string | null;
}

export interface AnnotationCopy {
  /** Their version of the annotation (their ids; the copy gets `copyId`). */
  theirs: Extract<Item, { kind: 'ann' }>;
  copyId: string;
  codings: CodingRow[];
}

export interface MergePlan {
  ops: Map<string, Op>;
  conflicts: Map<string, PlannedConflict>;
  copies: AnnotationCopy[];
  /** New codes from theirs that share name and parent with another code: [theirs id, other id, name]. */
  sameNameCodes: Array<{ theirsId: string; mineId: string; name: string }>;
}

export function planMerge(mine: ProjectItems, theirs: ProjectItems, base: ReadonlyMap<string, string>, peerId: string): MergePlan {
  const ops = new Map<string, Op>();
  const conflicts = new Map<string, PlannedConflict>();
  const copies: AnnotationCopy[] = [];
  const keys = [...new Set([...mine.items.keys(), ...theirs.items.keys()])].sort();

  for (const key of keys) {
    const m = mine.items.get(key) ?? null;
    const t = theirs.items.get(key) ?? null;
    const b = base.get(key) ?? null;
    const mh = m?.hash ?? null;
    const th = t?.hash ?? null;
    if (mh === th || th === b) continue;
    if (mh === b) {
      ops.set(key, t ? { op: 'put', item: t } : { op: 'del', item: m! });
      continue;
    }
    const kind: MergeConflictKind = !m ? 'deletedHere' : !t ? 'deletedThere' : 'bothChanged';
    if (t?.kind === 'coding' || m?.kind === 'coding') {
      // Codings have no content; presence cannot conflict. Keep whatever exists.
      if (t && !m) ops.set(key, { op: 'put', item: t });
      continue;
    }
    let copyId: string | null = null;
    if (kind === 'deletedHere') ops.set(key, { op: 'put', item: t! });
    if (kind === 'bothChanged' && t!.kind === 'ann') {
      copyId = uuidFrom('glossa-merge-copy', peerId, t!.row.id, t!.hash);
      copies.push({ theirs: t!, copyId, codings: (theirs.codingsByAnnotation.get(t!.row.id) ?? []).map((c) => ({ ...c, annotation_id: copyId! })) });
    }
    conflicts.set(key, { key, kind, mine: m, theirs: t, copyId });
  }

  // Codings of annotations in conflict follow their annotation's version, not their own
  // three-way: mine keeps its codings, the copy (or the restored annotation) gets theirs.
  const conflictedAnnotations = () => new Set([...conflicts.values()].filter((c) => (c.mine ?? c.theirs)!.kind === 'ann').map((c) => c.key.slice(4)));
  const settleCodings = () => {
    const anns = conflictedAnnotations();
    for (const [key, op] of ops) {
      if (op.item.kind !== 'coding') continue;
      const annId = op.item.row.annotation_id;
      if (anns.has(annId) && conflicts.get(annKey(annId))?.kind !== 'deletedHere') ops.delete(key);
      // A coding is never removed while its code or annotation is kept because of a conflict.
      if (op.op === 'del' && (conflicts.has(codeKey(op.item.row.code_id)) || anns.has(annId))) ops.delete(key);
    }
    for (const c of conflicts.values()) {
      if (c.kind !== 'deletedHere' || c.theirs?.kind !== 'ann') continue;
      for (const row of theirs.codingsByAnnotation.get(c.theirs.row.id) ?? []) {
        const k = codingKey(row.annotation_id, row.code_id);
        if (!mine.items.has(k)) ops.set(k, { op: 'put', item: theirs.items.get(k)! });
      }
    }
  };
  settleCodings();

  // Closure: every item in the result must find what it refers to.
  const present = (key: string): boolean => {
    if (copies.some((c) => annKey(c.copyId) === key)) return true;
    const op = ops.get(key);
    return op ? op.op === 'put' : mine.items.has(key);
  };
  const resultItem = (key: string): Item | null => {
    const op = ops.get(key);
    if (op) return op.op === 'put' ? op.item : null;
    return mine.items.get(key) ?? null;
  };
  const copyItems = (): Item[] =>
    copies.flatMap((c) => [
      { ...c.theirs, key: annKey(c.copyId) },
      ...c.codings.map((row): Item => ({ kind: 'coding', key: codingKey(row.annotation_id, row.code_id), hash: CODING_HASH, row })),
    ]);
  for (let changed = true, guard = 0; changed && guard < 10_000; guard++) {
    changed = false;
    const allKeys = new Set([...mine.items.keys(), ...theirs.items.keys()]);
    const items = [...[...allKeys].map(resultItem), ...copyItems()].filter((i): i is Item => i !== null);
    for (const item of items) {
      for (const ref of referencesOf(item)) {
        if (present(ref)) continue;
        const op = ops.get(ref);
        if (op?.op === 'del') {
          ops.delete(ref);
          conflicts.set(ref, { key: ref, kind: 'deletedThere', mine: op.item, theirs: null, copyId: null });
        } else if (theirs.items.has(ref)) {
          const t = theirs.items.get(ref)!;
          ops.set(ref, { op: 'put', item: t });
          conflicts.set(ref, { key: ref, kind: 'deletedHere', mine: null, theirs: t, copyId: null });
        } else if (item.kind === 'memo') {
          // A memo whose target exists on neither side is dropped by both projects' own rules.
          if (ops.get(item.key)?.op === 'put') ops.delete(item.key);
          continue;
        } else {
          throw new GlossaError('share.badContent', `The other project refers to an item it does not contain (${ref}); nothing was merged.`, {
            detail: ref,
          });
        }
        changed = true;
      }
    }
    if (changed) settleCodings();
  }

  // Codes added from theirs that share a name with another code at the same level.
  const sameNameCodes: MergePlan['sameNameCodes'] = [];
  const resultCodes = [...new Set([...mine.items.keys(), ...theirs.items.keys()])]
    .filter((k) => k.startsWith('code:'))
    .map(resultItem)
    .filter((i): i is Extract<Item, { kind: 'code' }> => i !== null && i.kind === 'code');
  for (const [key, op] of ops) {
    if (op.op !== 'put' || op.item.kind !== 'code' || mine.items.has(key)) continue;
    const added = op.item.row;
    const clash = resultCodes.find(
      (c) => c.row.id !== added.id && c.row.parent_id === added.parent_id && c.row.name.toLocaleLowerCase() === added.name.toLocaleLowerCase(),
    );
    if (clash) sameNameCodes.push({ theirsId: added.id, mineId: clash.row.id, name: added.name });
  }
  return { ops, conflicts, copies, sameNameCodes };
}
