// Re-anchoring never destroys geometry: a moved text target gets rects recomputed from the
// real PDF's layout (pdf.js in the extraction pool) and written back; an area highlight keeps
// its rectangle; new targets whose quote is not at their position are refused.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { reanchorDocument } from '../../../../../main/core/coding/reanchor';
import { getAnnotation } from '../../../../../main/db/repositories/annotations';
import { ExtractPool } from '../../../../../main/pdf/extract-pool';
import { createSelectors } from '../../../../../shared/anchoring/index';
import type { AnnotationTarget } from '../../../../../shared/domain/annotation';
import { EN_SENTENCES, makeEnglishReport } from '../../../../fixtures/pdf-fixtures';
import { addDocument, tempProject, type TempProject } from '../../../../helpers/temp-project';
import { ALICE, insertStaleAnnotation } from './coding-fixture';

let pool: ExtractPool;
let bytes: Uint8Array;
let pages: string[];
let tp: TempProject;
let docId: string;

beforeAll(async () => {
  pool = new ExtractPool({ size: 1 });
  bytes = await makeEnglishReport();
  pages = (await pool.extract(bytes, { fileName: 'en.pdf' })).pages;
});
afterAll(() => pool.close());
beforeEach(() => {
  tp = tempProject('glossa-reanchor-');
  docId = addDocument(tp.db, pages, { title: 'EN', fileName: 'en.pdf' }, bytes).id;
});
afterEach(() => tp.close());

const layout = (ids: number[]) => pool.layout(bytes, ids.map((i) => i + 1), { fileName: 'en.pdf' });

const insertStale = (kind: 'text' | 'area', target: AnnotationTarget) => insertStaleAnnotation(tp.db, docId, kind, target);

/** The selectors of `sentence` on page `p`, stored as if on page `storedPage` at a wrong offset. */
function staleTarget(sentence: string, p: number, storedPage: number, rects: AnnotationTarget['rects'] = []): AnnotationTarget {
  const start = pages[p].indexOf(sentence);
  const { quote, position } = createSelectors(pages[p], start, start + sentence.length);
  return { pageIndex: storedPage, rects, quote, position: { ...position, start: position.start + 7, end: position.end + 7 } };
}

describe('reanchorDocument', () => {
  it('writes back rects computed from the PDF for a text target that moved to another page', async () => {
    const id = insertStale('text', staleTarget(EN_SENTENCES[1], 1, 0));
    const r = await reanchorDocument(tp.db, docId, undefined, layout);
    expect(r).toMatchObject({ reanchored: 1, changed: 1 });
    const [t] = getAnnotation(tp.db, id)!.targets;
    expect(t.pageIndex).toBe(1);
    expect(t.position!.start).toBe(pages[1].indexOf(EN_SENTENCES[1]));
    expect(t.rects.length).toBeGreaterThan(0);
    for (const rect of t.rects) {
      // 11 pt DejaVu Sans inside A4's 56 pt margins, below the chapter heading.
      expect(rect.x1).toBeGreaterThan(50);
      expect(rect.x2).toBeLessThan(595 - 50);
      expect(rect.y2 - rect.y1).toBeGreaterThan(9);
      expect(rect.y2 - rect.y1).toBeLessThan(16);
      expect(rect.y2).toBeLessThan(842 - 56);
      expect(rect.y1).toBeGreaterThan(600);
    }
  });

  it('leaves rects empty (laid out by the reader) when the PDF cannot be read, still moving the position', async () => {
    const id = insertStale('text', staleTarget(EN_SENTENCES[1], 1, 0));
    await reanchorDocument(tp.db, docId, undefined, () => Promise.reject(new Error('unreadable')));
    const [t] = getAnnotation(tp.db, id)!.targets;
    expect(t).toMatchObject({ pageIndex: 1, rects: [] });
  });

  it('keeps the rectangle and page of an area highlight whose text moved', async () => {
    const drawn = [{ x1: 60, y1: 700, x2: 400, y2: 720 }];
    const moved = insertStale('area', staleTarget(EN_SENTENCES[1], 1, 0, drawn));
    const shifted = insertStale('area', staleTarget(EN_SENTENCES[0], 0, 0, drawn));
    await reanchorDocument(tp.db, docId, undefined, layout);
    const a = getAnnotation(tp.db, moved)!;
    expect(a.targets[0]).toMatchObject({ pageIndex: 0, rects: drawn });
    expect(a.anchorStatus).toBe('reanchored');
    const b = getAnnotation(tp.db, shifted)!.targets[0];
    expect(b.rects).toEqual(drawn);
    expect(b.position!.start).toBe(pages[0].indexOf(EN_SENTENCES[0])); // same page: the position follows
  });
});

describe('checkTargets', () => {
  it('refuses a target whose quote is not the text at its position, accepts the right one', () => {
    const good = staleTarget(EN_SENTENCES[0], 0, 0);
    const bad = { ...good };
    expect(() => createAnnotation(tp.db, ALICE, { documentId: docId, kind: 'text', targets: [bad], color: null, comment: '', codeIds: [] }))
      .toThrow(expect.objectContaining({ code: 'annotation.badInput', message: expect.stringContaining('not at the given position on page 1') }));
    const start = pages[0].indexOf(EN_SENTENCES[0]);
    const right = { ...good, position: createSelectors(pages[0], start, start + EN_SENTENCES[0].length).position };
    expect(createAnnotation(tp.db, ALICE, { documentId: docId, kind: 'text', targets: [right], color: null, comment: '', codeIds: [] }).result.targets[0]).toEqual(right);
    const outside = { pageIndex: 0, rects: [], quote: null, position: { type: 'TextPositionSelector' as const, start: 0, end: pages[0].length + 5 } };
    expect(() => createAnnotation(tp.db, ALICE, { documentId: docId, kind: 'text', targets: [outside], color: null, comment: '', codeIds: [] }))
      .toThrow(expect.objectContaining({ code: 'annotation.badInput' }));
  });
});
