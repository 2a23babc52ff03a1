// Property tests (fast-check) of the merge on real project files: random sequences of coding
// edits on copies of one project, then
//   1. merging twice equals merging once;
//   2. nothing either side wrote is lost: no coding (it disappears only when it was in the
//      common base and the other side deleted it; a conflicting highlight's codings live on its
//      copy), no highlight or comment, no code name, no memo — memos conflict too, since both
//      sides write the same memos. A version disappears only when it was the base version and
//      the other side replaced or deleted it; otherwise it is in the result, on a copy, or in a
//      conflict record;
//   3. for non-conflicting changes, A<-B then A<-C equals A<-C then A<-B.
// Fixed seed and 200 runs per property: the same cases on every machine, enough to reach the
// rare branches (edited there and deleted here, memo conflicts).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode, updateCodeFields } from '../../../../../main/core/coding/codes';
import { setMemo } from '../../../../../main/core/coding/memos';
import type { ProjectHandle } from '../../../../../main/core/backend-context';
import { openProject } from '../../../../../main/core/project/project-file';
import { listConflicts } from '../../../../../main/core/share/conflicts';
import { mergeProject } from '../../../../../main/core/share/merge';
import type { Coder } from '../../../../../shared/domain/code';
import { ALICE, BORIS, baseProject, CAROL, codingSet, content, forkTo, PAGES_A, type Workspace, workspace } from './share-fixture';

type Edit =
  | { t: 'create'; page: number; start: number; len: number; codes: number[] }
  | { t: 'delete'; which: number }
  | { t: 'recode'; which: number; codes: number[] }
  | { t: 'comment'; which: number; text: string }
  | { t: 'newCode'; name: string }
  | { t: 'renameCode'; which: number; name: string }
  | { t: 'memo'; project: boolean; body: string };

const codesArb = fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 3 });
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ t: fc.constant('create' as const), page: fc.integer({ min: 0, max: 1 }), start: fc.integer({ min: 0, max: 40 }), len: fc.integer({ min: 1, max: 20 }), codes: codesArb }),
  fc.record({ t: fc.constant('delete' as const), which: fc.nat(7) }),
  fc.record({ t: fc.constant('recode' as const), which: fc.nat(7), codes: codesArb }),
  fc.record({ t: fc.constant('comment' as const), which: fc.nat(7), text: fc.string({ maxLength: 12 }) }),
  fc.record({ t: fc.constant('newCode' as const), name: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({ t: fc.constant('renameCode' as const), which: fc.nat(5), name: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({ t: fc.constant('memo' as const), project: fc.boolean(), body: fc.string({ minLength: 1, maxLength: 12 }) }),
);

interface Setup {
  a: ProjectHandle;
  docA: string;
  /** Highlights present at the fork, in creation order. */
  initial: string[];
  codes: string[];
}

function ids(db: ProjectHandle['db'], sql: string): string[] {
  return (db.prepare(sql).all() as Array<{ id: string }>).map((r) => r.id);
}

/** `memoTarget` pins the memo a side writes (disjoint edits); by default each edit picks one. */
function apply(h: ProjectHandle, coder: Coder, s: Setup, edits: Edit[], allowed: (i: number) => boolean, tag: string, memoTarget?: 'project' | 'document'): void {
  const db = h.db;
  const live = () => new Set(ids(db, 'SELECT id FROM annotations'));
  const codeIds = () => ids(db, 'SELECT id FROM codes ORDER BY created_at, id');
  edits.forEach((e, n) => {
    try {
      if (e.t === 'create') {
        const text = PAGES_A[e.page];
        const start = Math.min(e.start, text.length - 1);
        const end = Math.min(text.length, start + e.len);
        createAnnotation(db, coder, {
          documentId: s.docA, kind: 'text', color: null, comment: '',
          targets: [{ pageIndex: e.page, rects: [], quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end } }],
          codeIds: e.codes.map((i) => s.codes[i]),
        });
      } else if (e.t === 'newCode') {
        createCode(db, coder, { name: `${tag}-${n}-${e.name}` });
      } else if (e.t === 'renameCode') {
        if (allowed(e.which)) updateCodeFields(db, coder, s.codes[e.which], { name: `${tag}-${e.name}` });
      } else if (e.t === 'memo') {
        const project = memoTarget ? memoTarget === 'project' : e.project;
        setMemo(db, coder, project ? 'project' : 'document', project ? '' : s.docA, `${tag}: ${e.body}`);
      } else {
        const idx = e.which % s.initial.length;
        const id = s.initial[idx];
        if (!allowed(idx) || !live().has(id)) return;
        if (e.t === 'delete') deleteAnnotation(db, coder, id);
        else if (e.t === 'recode') updateAnnotation(db, coder, id, { codeIds: e.codes.map((i) => (i < 3 ? s.codes[i] : codeIds()[i % codeIds().length])) });
        else updateAnnotation(db, coder, id, { comment: `${tag}: ${e.text}` });
      }
    } catch (err) {
      // Random names may clash with a sibling's name: the coding layer refuses, as in the app.
      if (!(err instanceof Error && /already exists/.test(err.message))) throw err;
    }
  });
}

async function setup(ws: Workspace): Promise<Setup> {
  const { handle: a, docA } = baseProject(ws);
  const codes = ids(a.db, 'SELECT id FROM codes ORDER BY id LIMIT 6');
  const initial: string[] = [];
  for (let i = 0; i < 4; i++) {
    const start = i * 10;
    initial.push(
      createAnnotation(a.db, ALICE, {
        documentId: docA, kind: 'text', color: null, comment: '',
        targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: PAGES_A[0].slice(start, start + 8), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + 8 } }],
        codeIds: i === 3 ? [] : [codes[i % 3]], // one without codings: nothing else pulls it back after a deletion
      }).result.id,
    );
  }
  return { a, docA, initial, codes };
}

/** What a person wrote, by item: a highlight's comment, a code's name, a memo's body. */
function versions(db: ProjectHandle['db']): Map<string, string> {
  const c = content(db) as { anns: Array<{ id: string; comment: string }>; codes: Array<{ id: string; name_en: string }>; memos: Array<{ target_type: string; target_id: string; body: string }> };
  return new Map([
    ...c.anns.map((a) => [`ann:${a.id}`, a.comment] as const),
    ...c.codes.map((x) => [`code:${x.id}`, x.name_en] as const),
    ...c.memos.map((m) => [`memo:${m.target_type}:${m.target_id}`, m.body] as const),
  ]);
}

/** Each version one side changed or added since the base is still somewhere after the merge. */
function expectNothingLost(side: Map<string, string>, base: Map<string, string>, db: ProjectHandle['db']): void {
  const result = versions(db);
  const conflicts = listConflicts(db);
  for (const [key, value] of side) {
    if (base.get(key) === value) continue; // the base version: the other side may replace or delete it
    const id = key.slice(key.indexOf(':') + 1);
    const kept =
      result.get(key) === value ||
      conflicts.some(
        (c) =>
          (c.itemKey === id || `memo:${c.itemKey}` === key) &&
          // Changed on both sides: their highlight lives on as a copy, their code or memo in the
          // conflict (mine stays in place). Edited on one side and deleted on the other, the
          // edited version must be in the project itself: that was checked above.
          c.kind === 'bothChanged' &&
          ((c.copyId !== null && result.get(`ann:${c.copyId}`) === value) || [c.mine, c.theirs].some((v) => v !== null && Object.values(v).includes(value))),
      );
    expect(kept, `${key} = ${JSON.stringify(value)}`).toBe(true);
  }
}

let ws: Workspace;
afterEach(() => ws?.cleanup());
const RUNS = 200;
const SEED = 20261201;

describe('merge properties', () => {
  it('merging twice equals merging once, and nothing either side wrote is lost', { timeout: 10 * 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArb, { maxLength: 8 }), fc.array(editArb, { maxLength: 8 }), async (mineEdits, theirEdits) => {
        ws = workspace('glossa-prop-');
        try {
          const s = await setup(ws);
          const b = await forkTo(ws, s.a, 'b.glossa');
          const base = codingSet(s.a.db);
          const baseVersions = versions(s.a.db);
          apply(s.a, ALICE, s, mineEdits, () => true, 'A');
          apply(b, BORIS, s, theirEdits, () => true, 'B');
          const mine = codingSet(s.a.db);
          const theirs = codingSet(b.db);
          const mineVersions = versions(s.a.db);
          const theirVersions = versions(b.db);
          await mergeProject(s.a, b.path, { coder: ALICE, backup: false });
          const once = content(s.a.db);
          const result = codingSet(s.a.db);
          const copyOf = new Map(listConflicts(s.a.db).filter((c) => c.copyId).map((c) => [c.itemKey, c.copyId!]));
          for (const c of mine) expect(result.has(c) || (base.has(c) && !theirs.has(c))).toBe(true);
          for (const c of theirs) {
            const [ann, code] = c.split('|');
            const kept = result.has(c) || (copyOf.has(ann) && result.has(`${copyOf.get(ann)}|${code}`));
            expect(kept || (base.has(c) && !mine.has(c))).toBe(true);
          }
          expectNothingLost(mineVersions, baseVersions, s.a.db);
          expectNothingLost(theirVersions, baseVersions, s.a.db);
          await mergeProject(s.a, b.path, { coder: ALICE, backup: false });
          expect(content(s.a.db)).toEqual(once);
        } finally {
          ws.cleanup();
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('non-conflicting changes: A<-B then A<-C equals A<-C then A<-B', { timeout: 10 * 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArb, { maxLength: 8 }), fc.array(editArb, { maxLength: 8 }), async (bEdits, cEdits) => {
        ws = workspace('glossa-prop-');
        try {
          const s = await setup(ws);
          const b = await forkTo(ws, s.a, 'b.glossa');
          const c = await forkTo(ws, s.a, 'c.glossa');
          await s.a.db.backup(ws.file('a2.glossa'));
          const a2 = openProject(ws.file('a2.glossa'));
          ws.open.push(a2);
          // Disjoint edits: B touches even-numbered highlights and codes, C odd-numbered ones.
          apply(b, BORIS, s, bEdits, (i) => i % 2 === 0, 'B', 'project');
          apply(c, CAROL, s, cEdits, (i) => i % 2 === 1, 'C', 'document');
          await mergeProject(s.a, b.path, { coder: ALICE, backup: false });
          await mergeProject(s.a, c.path, { coder: ALICE, backup: false });
          await mergeProject(a2, c.path, { coder: ALICE, backup: false });
          await mergeProject(a2, b.path, { coder: ALICE, backup: false });
          expect(listConflicts(s.a.db).filter((x) => x.kind !== 'sameNameCode')).toEqual([]);
          expect(content(s.a.db)).toEqual(content(a2.db));
        } finally {
          ws.cleanup();
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
