// The three-way merge decision, pure: given this project's items (mine), the other project's
// (theirs) and the hashes seen at the last merge from that peer (base), decide per item. Each
// rule is a named function, tested on its own (tests/unit/main/core/share/merge-plan.test.ts):
//   decideItem            unchanged there or the same on both sides -> keep mine;
//                         changed there only -> take theirs (add, update or delete);
//                         changed on both sides, or edited on one and deleted on the other
//                         -> a conflict that keeps both versions;
//   decideCoding          codings have no content: presence never conflicts, whatever exists stays;
//   restoreEditedThere    edited there, deleted here: their version comes back (and is listed);
//   copyOfTheirs          a highlight changed on both sides: their version is kept as a copy;
//   codingsFollowConflicts  codings of a conflicted highlight follow its version;
//   resolveReference      closure: a deletion that would orphan something still used becomes a
//                         conflict (kept), an item needed but deleted here is restored from theirs;
//   mergeCodeParts        a code changed on both sides in different parts (place and colour,
//                         English text, Russian text) takes each part from the side that changed it;
//   findSameNameCodes     new codes sharing a name (in a language) and parent with another code are flagged.
// Without a base (first merge from a peer) an item present on one side only is simply kept or
// added, never deleted: its base hash is null, so "deleted there" reads as "changed on both".
import { GlossaError } from '../../../shared/errors';
import type { MergeConflictKind } from '../../../shared/domain/share';
import type { CodingRow } from '../../db/repositories/annotations';
import type { CodeRow } from '../../db/repositories/codes';
import { annKey, CODE_HASH_PARTS, codeHash, codeKey, codingKey, CODING_HASH, type Item, type ProjectItems, referencesOf, uuidFrom } from './merge-items';

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

export type ItemDecision = { rule: 'keepMine' } | { rule: 'takeTheirs'; op: Op } | { rule: 'conflict'; kind: MergeConflictKind };

/** The three-way rule for one item; `baseHash` is its hash at the last merge (null: unknown then). */
export function decideItem(mine: Item | null, theirs: Item | null, baseHash: string | null): ItemDecision {
  const mh = mine?.hash ?? null;
  const th = theirs?.hash ?? null;
  if (mh === th || th === baseHash) return { rule: 'keepMine' };
  if (mh === baseHash) return { rule: 'takeTheirs', op: theirs ? { op: 'put', item: theirs } : { op: 'del', item: mine! } };
  return { rule: 'conflict', kind: !mine ? 'deletedHere' : !theirs ? 'deletedThere' : 'bothChanged' };
}

/**
 * A code changed on both sides: when each part of its hash (place and colour, English text,
 * Russian text) changed on one side only, the result takes every part from the side that
 * changed it (my English rename and their Russian definition both survive). Null when one part
 * changed on both sides differently, or the base is unknown or from before the parts existed.
 */
export function mergeCodeParts(mine: Extract<Item, { kind: 'code' }>, theirs: Extract<Item, { kind: 'code' }>, baseHash: string | null): Op | null {
  const base = baseHash?.split('.') ?? [];
  const m = mine.hash.split('.');
  const t = theirs.hash.split('.');
  if (base.length !== CODE_HASH_PARTS.length || m.length !== base.length || t.length !== base.length) return null;
  const row: CodeRow = { ...mine.row };
  for (let i = 0; i < base.length; i++) {
    if (t[i] === base[i] || t[i] === m[i]) continue;
    if (m[i] !== base[i]) return null;
    for (const col of CODE_HASH_PARTS[i]) (row as unknown as Record<string, unknown>)[col] = theirs.row[col];
  }
  // Both names of a part could have been emptied on different sides: a code keeps a name.
  if (!row.name_en && !row.name_ru) return null;
  return { op: 'put', item: { ...mine, row, hash: codeHash(row) } };
}

/** A coding "in conflict" has no content to disagree on: one that exists only there is added, mine stays. */
export function decideCoding(mine: Item | null, theirs: Item | null): Op | null {
  return theirs && !mine ? { op: 'put', item: theirs } : null;
}

/** Edited there, deleted here: nothing anyone wrote is lost, so their version is put back. */
export function restoreEditedThere(theirs: Item): Op {
  return { op: 'put', item: theirs };
}

/** A highlight changed on both sides: mine stays, theirs is kept as a copy (a stable id per version) with its codings. */
export function copyOfTheirs(t: Extract<Item, { kind: 'ann' }>, theirs: ProjectItems, peerId: string): AnnotationCopy {
  const copyId = uuidFrom('glossa-merge-copy', peerId, t.row.id, t.hash);
  return { theirs: t, copyId, codings: (theirs.codingsByAnnotation.get(t.row.id) ?? []).map((c) => ({ ...c, annotation_id: copyId })) };
}

function conflictedAnnotationIds(conflicts: ReadonlyMap<string, PlannedConflict>): Set<string> {
  const ids = new Set<string>();
  for (const c of conflicts.values()) {
    const item = (c.mine ?? c.theirs)!;
    if (item.kind === 'ann') ids.add(item.row.id);
  }
  return ids;
}

/**
 * Codings of a conflicted highlight follow its version, not their own three-way: mine keeps its
 * codings (their coding changes are dropped; the copy carries theirs), a restored highlight gets
 * all of theirs, and no coding is removed while its code or highlight is kept by a conflict.
 */
export function codingsFollowConflicts(ops: Map<string, Op>, conflicts: ReadonlyMap<string, PlannedConflict>, mine: ProjectItems, theirs: ProjectItems): void {
  const anns = conflictedAnnotationIds(conflicts);
  for (const [key, op] of [...ops]) {
    if (op.item.kind !== 'coding') continue;
    const annId = op.item.row.annotation_id;
    const followsMine = anns.has(annId) && conflicts.get(annKey(annId))?.kind !== 'deletedHere';
    const keptByConflict = op.op === 'del' && (conflicts.has(codeKey(op.item.row.code_id)) || anns.has(annId));
    if (followsMine || keptByConflict) ops.delete(key);
  }
  for (const c of conflicts.values()) {
    if (c.kind !== 'deletedHere' || c.theirs?.kind !== 'ann') continue;
    for (const row of theirs.codingsByAnnotation.get(c.theirs.row.id) ?? []) {
      const k = codingKey(row.annotation_id, row.code_id);
      if (!mine.items.has(k)) ops.set(k, { op: 'put', item: theirs.items.get(k)! });
    }
  }
}

export type ReferenceFix =
  | { fix: 'keepMine'; conflict: PlannedConflict }
  | { fix: 'restoreTheirs'; op: Op; conflict: PlannedConflict }
  | { fix: 'dropMemo' };

/**
 * `ref`, needed by `referrer`, is missing from the result: keep mine (their deletion becomes a
 * conflict), or restore theirs (my deletion becomes a conflict), or drop a memo whose target
 * neither side has. Anything else is a file that refers to what it does not contain.
 */
export function resolveReference(ref: string, referrer: Item, ops: ReadonlyMap<string, Op>, theirs: ProjectItems): ReferenceFix {
  const op = ops.get(ref);
  if (op?.op === 'del') return { fix: 'keepMine', conflict: { key: ref, kind: 'deletedThere', mine: op.item, theirs: null, copyId: null } };
  const t = theirs.items.get(ref);
  if (t) return { fix: 'restoreTheirs', op: { op: 'put', item: t }, conflict: { key: ref, kind: 'deletedHere', mine: null, theirs: t, copyId: null } };
  if (referrer.kind === 'memo') return { fix: 'dropMemo' };
  throw new GlossaError('share.badContent', `The other project refers to an item it does not contain (${ref}); nothing was merged.`, { detail: ref });
}

/** New codes from theirs that share a name in a language (case-insensitive) and parent with another code of the result. */
export function findSameNameCodes(ops: ReadonlyMap<string, Op>, resultCodes: ReadonlyArray<Extract<Item, { kind: 'code' }>>, mine: ProjectItems): MergePlan['sameNameCodes'] {
  const out: MergePlan['sameNameCodes'] = [];
  for (const [key, op] of ops) {
    if (op.op !== 'put' || op.item.kind !== 'code' || mine.items.has(key)) continue;
    const added = op.item.row;
    const same = (a: string, b: string) => a !== '' && a.toLocaleLowerCase() === b.toLocaleLowerCase();
    const clash = resultCodes.find(
      (c) => c.row.id !== added.id && c.row.parent_id === added.parent_id && (same(c.row.name_en, added.name_en) || same(c.row.name_ru, added.name_ru)),
    );
    if (clash) out.push({ theirsId: added.id, mineId: clash.row.id, name: added.name_en || added.name_ru });
  }
  return out;
}

export function planMerge(mine: ProjectItems, theirs: ProjectItems, base: ReadonlyMap<string, string>, peerId: string): MergePlan {
  const ops = new Map<string, Op>();
  const conflicts = new Map<string, PlannedConflict>();
  const copies: AnnotationCopy[] = [];
  const allKeys = [...new Set([...mine.items.keys(), ...theirs.items.keys()])].sort();

  for (const key of allKeys) {
    const m = mine.items.get(key) ?? null;
    const t = theirs.items.get(key) ?? null;
    const decision = decideItem(m, t, base.get(key) ?? null);
    if (decision.rule === 'keepMine') continue;
    if (decision.rule === 'takeTheirs') {
      ops.set(key, decision.op);
      continue;
    }
    if (t?.kind === 'coding' || m?.kind === 'coding') {
      const op = decideCoding(m, t);
      if (op) ops.set(key, op);
      continue;
    }
    if (decision.kind === 'bothChanged' && m?.kind === 'code' && t?.kind === 'code') {
      const merged = mergeCodeParts(m, t, base.get(key) ?? null);
      if (merged) {
        ops.set(key, merged);
        continue;
      }
    }
    let copyId: string | null = null;
    if (decision.kind === 'deletedHere') ops.set(key, restoreEditedThere(t!));
    if (decision.kind === 'bothChanged' && t!.kind === 'ann') {
      const copy = copyOfTheirs(t!, theirs, peerId);
      copies.push(copy);
      copyId = copy.copyId;
    }
    conflicts.set(key, { key, kind: decision.kind, mine: m, theirs: t, copyId });
  }
  codingsFollowConflicts(ops, conflicts, mine, theirs);

  // Closure: every item of the result must find what it refers to. Each fix adds an item or
  // a conflict, and each key is fixed at most once, so this ends after at most |keys| rounds.
  const resultItem = (key: string): Item | null => {
    const op = ops.get(key);
    if (op) return op.op === 'put' ? op.item : null;
    return mine.items.get(key) ?? null;
  };
  const present = (key: string) => copies.some((c) => annKey(c.copyId) === key) || resultItem(key) !== null;
  const copyItems = (): Item[] =>
    copies.flatMap((c) => [
      { ...c.theirs, key: annKey(c.copyId) },
      ...c.codings.map((row): Item => ({ kind: 'coding', key: codingKey(row.annotation_id, row.code_id), hash: CODING_HASH, row })),
    ]);
  for (let changed = true, round = 0; changed && round <= allKeys.length; round++) {
    changed = false;
    const items = [...allKeys.map(resultItem), ...copyItems()].filter((i): i is Item => i !== null);
    for (const item of items) {
      for (const ref of referencesOf(item)) {
        if (present(ref)) continue;
        const fix = resolveReference(ref, item, ops, theirs);
        if (fix.fix === 'dropMemo') {
          if (ops.get(item.key)?.op === 'put') ops.delete(item.key);
          continue;
        }
        if (fix.fix === 'keepMine') ops.delete(ref);
        else ops.set(ref, fix.op);
        conflicts.set(ref, fix.conflict);
        changed = true;
      }
    }
    if (changed) codingsFollowConflicts(ops, conflicts, mine, theirs);
  }

  const resultCodes = allKeys
    .filter((k) => k.startsWith('code:'))
    .map(resultItem)
    .filter((i): i is Extract<Item, { kind: 'code' }> => i !== null && i.kind === 'code');
  return { ops, conflicts, copies, sameNameCodes: findSameNameCodes(ops, resultCodes, mine) };
}
