// Every branch of the merge plan, rule by rule (merge-plan.ts), on plain items: the three-way
// decision, codings, "edited there, deleted here", copies of highlights changed on both
// sides, codings following a conflicted highlight, the reference closure and same-name codes.
import { describe, expect, it } from 'vitest';
import type { AnnotationRow, CodingRow } from '../../../../../main/db/repositories/annotations';
import type { CodeRow } from '../../../../../main/db/repositories/codes';
import type { MemoRow } from '../../../../../main/db/repositories/memos';
import { annKey, codeKey, codingKey, CODING_HASH, docKey, type Item, memoKey, type ProjectItems, uuidFrom } from '../../../../../main/core/share/merge-items';
import {
  codingsFollowConflicts,
  copyOfTheirs,
  decideCoding,
  decideItem,
  findSameNameCodes,
  type Op,
  type PlannedConflict,
  planMerge,
  resolveReference,
  restoreEditedThere,
} from '../../../../../main/core/share/merge-plan';

const SHA = 'a'.repeat(64);
const doc = (): Item => ({ kind: 'doc', key: docKey(SHA), hash: 'd', row: { id: 'doc-1', sha256: SHA } as never });
const code = (id: string, hash = 'c1', name = id, parent: string | null = null): Extract<Item, { kind: 'code' }> => ({
  kind: 'code', key: codeKey(id), hash, row: { id, name_en: name, name_ru: '', parent_id: parent } as CodeRow,
});
const ann = (id: string, hash = 'a1'): Extract<Item, { kind: 'ann' }> => ({ kind: 'ann', key: annKey(id), hash, row: { id, document_id: 'doc-1' } as AnnotationRow, docSha: SHA });
const coding = (annId: string, codeId: string): Item => ({ kind: 'coding', key: codingKey(annId, codeId), hash: CODING_HASH, row: { annotation_id: annId, code_id: codeId } as CodingRow });
const memo = (codeId: string, hash = 'm1'): Item => ({ kind: 'memo', key: memoKey('code', codeId), hash, row: { target_type: 'code', target_id: codeId } as MemoRow, targetRef: codeId });

function project(items: Item[]): ProjectItems {
  const codingsByAnnotation = new Map<string, CodingRow[]>();
  for (const i of items) if (i.kind === 'coding') codingsByAnnotation.set(i.row.annotation_id, [...(codingsByAnnotation.get(i.row.annotation_id) ?? []), i.row]);
  return { items: new Map(items.map((i) => [i.key, i])), shaById: new Map([['doc-1', SHA]]), idBySha: new Map([[SHA, 'doc-1']]), codingsByAnnotation };
}
const conflict = (key: string, kind: PlannedConflict['kind'], mine: Item | null, theirs: Item | null): PlannedConflict => ({ key, kind, mine, theirs, copyId: null });

describe('decideItem: the three-way rule', () => {
  const b = 'base';
  it.each([
    ['the same on both sides', code('x', 'v2'), code('x', 'v2'), b, { rule: 'keepMine' }],
    ['unchanged there, changed here', code('x', 'mine'), code('x', b), b, { rule: 'keepMine' }],
    ['first merge, only here', code('x'), null, null, { rule: 'keepMine' }],
    ['changed there only', code('x', b), code('x', 'theirs'), b, { rule: 'takeTheirs', op: { op: 'put', item: code('x', 'theirs') } }],
    ['added there', null, code('x', 'new'), null, { rule: 'takeTheirs', op: { op: 'put', item: code('x', 'new') } }],
    ['deleted there, unchanged here', code('x', b), null, b, { rule: 'takeTheirs', op: { op: 'del', item: code('x', b) } }],
    ['changed on both sides', code('x', 'mine'), code('x', 'theirs'), b, { rule: 'conflict', kind: 'bothChanged' }],
    ['first merge, different on both sides', code('x', 'mine'), code('x', 'theirs'), null, { rule: 'conflict', kind: 'bothChanged' }],
    ['edited there, deleted here', null, code('x', 'theirs'), b, { rule: 'conflict', kind: 'deletedHere' }],
    ['edited here, deleted there', code('x', 'mine'), null, b, { rule: 'conflict', kind: 'deletedThere' }],
  ] as const)('%s', (_, m, t, base, expected) => {
    expect(decideItem(m, t, base)).toEqual(expected);
  });
});

describe('the rules for conflicting items', () => {
  it('decideCoding: a coding only there is added, one only here stays', () => {
    expect(decideCoding(null, coding('a', 'c'))).toEqual({ op: 'put', item: coding('a', 'c') });
    expect(decideCoding(coding('a', 'c'), null)).toBeNull();
  });

  it('restoreEditedThere: their version is put back', () => {
    expect(restoreEditedThere(ann('a', 'theirs'))).toEqual({ op: 'put', item: ann('a', 'theirs') });
  });

  it('copyOfTheirs: a stable id per peer and version, their codings moved onto the copy', () => {
    const theirs = project([ann('a', 'v2'), coding('a', 'c1'), coding('a', 'c2')]);
    const copy = copyOfTheirs(ann('a', 'v2'), theirs, 'peer-1');
    expect(copy.copyId).toBe(uuidFrom('glossa-merge-copy', 'peer-1', 'a', 'v2'));
    expect(copyOfTheirs(ann('a', 'v3'), theirs, 'peer-1').copyId).not.toBe(copy.copyId);
    expect(copy.codings.map((c) => [c.annotation_id, c.code_id])).toEqual([[copy.copyId, 'c1'], [copy.copyId, 'c2']]);
  });
});

describe('codingsFollowConflicts', () => {
  it('drops their coding changes on a highlight changed on both sides (the copy carries them)', () => {
    const ops = new Map<string, Op>([[codingKey('a', 'c9'), { op: 'put', item: coding('a', 'c9') }], [codingKey('a', 'c1'), { op: 'del', item: coding('a', 'c1') }]]);
    codingsFollowConflicts(ops, new Map([[annKey('a'), conflict(annKey('a'), 'bothChanged', ann('a', 'm'), ann('a', 't'))]]), project([]), project([]));
    expect([...ops.keys()]).toEqual([]);
  });

  it('never removes a coding while its code is kept by a conflict', () => {
    const ops = new Map<string, Op>([[codingKey('a', 'c1'), { op: 'del', item: coding('a', 'c1') }]]);
    codingsFollowConflicts(ops, new Map([[codeKey('c1'), conflict(codeKey('c1'), 'deletedThere', code('c1'), null)]]), project([]), project([]));
    expect(ops.size).toBe(0);
  });

  it('gives a highlight restored from theirs all of its codings', () => {
    const theirs = project([ann('a'), coding('a', 'c1'), coding('a', 'c2')]);
    const ops = new Map<string, Op>();
    codingsFollowConflicts(ops, new Map([[annKey('a'), conflict(annKey('a'), 'deletedHere', null, ann('a'))]]), project([coding('a', 'c2')]), theirs);
    expect([...ops.keys()]).toEqual([codingKey('a', 'c1')]);
  });
});

describe('resolveReference: the closure', () => {
  const theirs = project([code('c1')]);
  it('keeps mine when their deletion would orphan something still used', () => {
    const ops = new Map<string, Op>([[codeKey('c2'), { op: 'del', item: code('c2') }]]);
    expect(resolveReference(codeKey('c2'), coding('a', 'c2'), ops, theirs)).toEqual({ fix: 'keepMine', conflict: conflict(codeKey('c2'), 'deletedThere', code('c2'), null) });
  });
  it('restores theirs when something needs an item deleted here', () => {
    expect(resolveReference(codeKey('c1'), coding('a', 'c1'), new Map(), theirs)).toEqual({ fix: 'restoreTheirs', op: { op: 'put', item: code('c1') }, conflict: conflict(codeKey('c1'), 'deletedHere', null, code('c1')) });
  });
  it('drops a memo whose target neither side has, refuses any other dangling reference', () => {
    expect(resolveReference(codeKey('gone'), memo('gone'), new Map(), theirs)).toEqual({ fix: 'dropMemo' });
    expect(() => resolveReference(codeKey('gone'), coding('a', 'gone'), new Map(), theirs)).toThrow(expect.objectContaining({ code: 'share.badContent' }));
  });
});

describe('findSameNameCodes', () => {
  it('flags a new code with the name of another at the same level, case-insensitively', () => {
    const ops = new Map<string, Op>([
      [codeKey('t1'), { op: 'put', item: code('t1', 'h', 'Funding') }],
      [codeKey('t2'), { op: 'put', item: code('t2', 'h', 'funding', 'parent') }],
    ]);
    const result = [code('m1', 'h', 'FUNDING'), code('t1', 'h', 'Funding'), code('t2', 'h', 'funding', 'parent')];
    expect(findSameNameCodes(ops, result, project([code('m1', 'h', 'FUNDING')]))).toEqual([{ theirsId: 't1', mineId: 'm1', name: 'Funding' }]);
  });
});

describe('planMerge', () => {
  it('edited there, deleted here: their highlight and its codings come back, listed as a conflict', () => {
    const base = new Map([[docKey(SHA), 'd'], [codeKey('c1'), 'c1'], [annKey('a'), 'v1'], [codingKey('a', 'c1'), CODING_HASH]]);
    const mine = project([doc(), code('c1')]);
    const theirs = project([doc(), code('c1'), ann('a', 'v2'), coding('a', 'c1')]);
    const plan = planMerge(mine, theirs, base, 'peer');
    expect(plan.ops.get(annKey('a'))).toEqual({ op: 'put', item: ann('a', 'v2') });
    expect(plan.ops.get(codingKey('a', 'c1'))?.op).toBe('put');
    expect(plan.conflicts.get(annKey('a'))?.kind).toBe('deletedHere');
    // Without codings nothing else pulls it back: the rule alone restores it.
    const bare = planMerge(project([doc()]), project([doc(), ann('b', 'v2')]), new Map([[docKey(SHA), 'd'], [annKey('b'), 'v1']]), 'peer');
    expect(bare.ops.get(annKey('b'))).toEqual({ op: 'put', item: ann('b', 'v2') });
    expect(bare.conflicts.get(annKey('b'))?.kind).toBe('deletedHere');
  });

  it('a highlight changed on both sides keeps mine and gets a copy of theirs', () => {
    const base = new Map([[docKey(SHA), 'd'], [annKey('a'), 'v1']]);
    const plan = planMerge(project([doc(), ann('a', 'mine')]), project([doc(), ann('a', 'theirs')]), base, 'peer');
    expect(plan.ops.has(annKey('a'))).toBe(false);
    expect(plan.copies.map((c) => c.theirs.hash)).toEqual(['theirs']);
    expect(plan.conflicts.get(annKey('a'))).toMatchObject({ kind: 'bothChanged', copyId: plan.copies[0].copyId });
  });

  it('their new coding on a code I deleted restores the code (closure), as a conflict', () => {
    const base = new Map([[docKey(SHA), 'd'], [annKey('a'), 'a1'], [codeKey('c1'), 'c1']]);
    const plan = planMerge(project([doc(), ann('a')]), project([doc(), ann('a'), code('c1'), coding('a', 'c1')]), base, 'peer');
    expect(plan.ops.get(codeKey('c1'))).toEqual({ op: 'put', item: code('c1') });
    expect(plan.conflicts.get(codeKey('c1'))?.kind).toBe('deletedHere');
    expect(plan.ops.get(codingKey('a', 'c1'))?.op).toBe('put');
  });

  it('their deletion of a code my new coding uses is kept as a conflict; the code stays', () => {
    const base = new Map([[docKey(SHA), 'd'], [annKey('a'), 'a1'], [codeKey('c1'), 'c1']]);
    const plan = planMerge(project([doc(), ann('a'), code('c1'), coding('a', 'c1')]), project([doc(), ann('a')]), base, 'peer');
    expect(plan.ops.has(codeKey('c1'))).toBe(false);
    expect(plan.ops.has(codingKey('a', 'c1'))).toBe(false);
    expect(plan.conflicts.get(codeKey('c1'))).toMatchObject({ kind: 'deletedThere', mine: code('c1'), theirs: null });
  });
});
