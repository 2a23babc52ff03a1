// Property tests (fast-check) of the merge on real project files: random sequences of coding
// edits on copies of one project, then
//   1. merging twice equals merging once;
//   2. no coding present on either side is lost (it disappears only when it was in the common
//      base and the other side deleted it; a conflicting highlight's codings live on its copy);
//   3. for non-conflicting changes, A<-B then A<-C equals A<-C then A<-B.
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
  | { t: 'memo'; body: string };

const codesArb = fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 3 });
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ t: fc.constant('create' as const), page: fc.integer({ min: 0, max: 1 }), start: fc.integer({ min: 0, max: 40 }), len: fc.integer({ min: 1, max: 20 }), codes: codesArb }),
  fc.record({ t: fc.constant('delete' as const), which: fc.nat(7) }),
  fc.record({ t: fc.constant('recode' as const), which: fc.nat(7), codes: codesArb }),
  fc.record({ t: fc.constant('comment' as const), which: fc.nat(7), text: fc.string({ maxLength: 12 }) }),
  fc.record({ t: fc.constant('newCode' as const), name: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({ t: fc.constant('renameCode' as const), which: fc.nat(5), name: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({ t: fc.constant('memo' as const), body: fc.string({ minLength: 1, maxLength: 12 }) }),
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

function apply(h: ProjectHandle, coder: Coder, s: Setup, edits: Edit[], allowed: (i: number) => boolean, tag: string): void {
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
        setMemo(db, coder, tag === 'B' ? 'project' : 'document', tag === 'B' ? '' : s.docA, `${tag}: ${e.body}`);
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
        codeIds: [codes[i % 3]],
      }).result.id,
    );
  }
  return { a, docA, initial, codes };
}

let ws: Workspace;
afterEach(() => ws?.cleanup());
const RUNS = 12;

describe('merge properties', () => {
  it('merging twice equals merging once, and no coding on either side is lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArb, { maxLength: 8 }), fc.array(editArb, { maxLength: 8 }), async (mineEdits, theirEdits) => {
        ws = workspace('glossa-prop-');
        try {
          const s = await setup(ws);
          const b = await forkTo(ws, s.a, 'b.glossa');
          const base = codingSet(s.a.db);
          apply(s.a, ALICE, s, mineEdits, () => true, 'A');
          apply(b, BORIS, s, theirEdits, () => true, 'B');
          const mine = codingSet(s.a.db);
          const theirs = codingSet(b.db);
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
          await mergeProject(s.a, b.path, { coder: ALICE, backup: false });
          expect(content(s.a.db)).toEqual(once);
        } finally {
          ws.cleanup();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('non-conflicting changes: A<-B then A<-C equals A<-C then A<-B', async () => {
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
          apply(b, BORIS, s, bEdits, (i) => i % 2 === 0, 'B');
          apply(c, CAROL, s, cEdits, (i) => i % 2 === 1, 'C');
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
      { numRuns: RUNS },
    );
  });
});
