// The annotations panel's paged query on a real project file: keyset pages in reading order that
// add up to the whole list, stay the same rows when highlights are added before them (OFFSET
// pages would shift), honour the coder and code filters, and count all highlights and orphans
// without reading them; the handler refuses a malformed cursor.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSelectors } from '../../../../../shared/anchoring/create-selectors';
import type { Annotation, AnnotationCursor } from '../../../../../shared/domain/annotation';
import type { Coder } from '../../../../../shared/domain/code';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { listCodesWithCounts } from '../../../../../main/core/coding/codes';
import { annotationPage, countAnnotations } from '../../../../../main/db/repositories/annotation-pages';
import { listAnnotations, updateAnnotationRow } from '../../../../../main/db/repositories/annotations';
import { RowJournal } from '../../../../../main/db/repositories/row-journal';
import { tempProject, type TempProject } from '../../../../helpers/temp-project';
import { addDocument, ALICE, BORIS } from '../../core/coding/coding-fixture';

const WORDS = Array.from({ length: 40 }, (_, i) => `word${String(i).padStart(2, '0')}`);
const PAGES = [WORDS.join(' '), WORDS.join(' '), WORDS.join(' ')];

let p: TempProject;
let documentId: string;
let codeA: string;
let codeB: string;

function highlight(coder: Coder, pageIndex: number, word: number, codeIds: string[]): Annotation {
  const text = PAGES[pageIndex];
  const start = text.indexOf(WORDS[word]);
  const { quote, position } = createSelectors(text, start, start + WORDS[word].length);
  return createAnnotation(p.db, coder, { documentId, kind: 'text', targets: [{ pageIndex, rects: [], quote, position }], color: null, comment: '', codeIds }).result;
}

/** Every page of `size` after `after`, as lists of ids. */
function allPages(size: number, filter: { coderIds?: string[]; codeIds?: string[] } = {}): string[][] {
  const pages: string[][] = [];
  let after: AnnotationCursor | null = null;
  do {
    const page = annotationPage(p.db, { documentId, ...filter }, after, size);
    pages.push(page.items.map((a) => a.id));
    after = page.next;
  } while (after && pages.length < 100);
  return pages;
}

beforeEach(() => {
  p = tempProject();
  documentId = addDocument(p.db, 'Report', PAGES);
  const codes = listCodesWithCounts(p.db);
  [codeA, codeB] = [codes[0].id, codes[1].id];
  // 30 highlights made out of reading order: pages 2, 0, 1 and words from the end backwards.
  for (let k = 0; k < 30; k++) highlight(k % 3 === 0 ? BORIS : ALICE, [2, 0, 1][k % 3], 39 - k, k % 2 === 0 ? [codeA] : [codeA, codeB]);
});

afterEach(() => p.close());

describe('annotationPage', () => {
  it('returns keyset pages in reading order that add up to the whole list, with the totals on every page', () => {
    const whole = listAnnotations(p.db, { documentId }).map((a) => a.id);
    const pages = allPages(7);
    expect(pages.map((ids) => ids.length)).toEqual([7, 7, 7, 7, 2]);
    expect(pages.flat()).toEqual(whole);
    const first = annotationPage(p.db, { documentId }, null, 7);
    expect(first).toMatchObject({ total: 30, orphans: 0 });
    expect(first.items[0]).toEqual(listAnnotations(p.db, { documentId })[0]);
    // A page that ends exactly at the last highlight says so.
    expect(annotationPage(p.db, { documentId }, null, 30).next).toBeNull();
    expect(annotationPage(p.db, { documentId }, null, 29).next).not.toBeNull();
  });

  it('keeps a page the same rows when highlights are added before it', () => {
    const first = annotationPage(p.db, { documentId }, null, 10);
    const secondBefore = annotationPage(p.db, { documentId }, first.next, 10).items.map((a) => a.id);
    // Two new highlights at the start of the document, before every row of page 2.
    highlight(ALICE, 0, 0, [codeA]);
    highlight(ALICE, 0, 1, []);
    const secondAfter = annotationPage(p.db, { documentId }, first.next, 10);
    expect(secondAfter.items.map((a) => a.id)).toEqual(secondBefore);
    expect(secondAfter.total).toBe(32);
  });

  it('pages and counts only the chosen coders and codes', () => {
    const boris = listAnnotations(p.db, { documentId, coderIds: [BORIS.id] }).map((a) => a.id);
    expect(boris).toHaveLength(10);
    expect(allPages(4, { coderIds: [BORIS.id] }).flat()).toEqual(boris);
    expect(annotationPage(p.db, { documentId, coderIds: [BORIS.id] }, null, 4).total).toBe(10);
    const withB = listAnnotations(p.db, { documentId, codeIds: [codeB] }).map((a) => a.id);
    expect(withB).toHaveLength(15);
    expect(allPages(6, { codeIds: [codeB] }).flat()).toEqual(withB);
    expect(annotationPage(p.db, { documentId, codeIds: [codeB] }, null, 6).items.every((a) => a.codeIds.includes(codeB))).toBe(true);
  });

  it('counts orphans among all highlights, not the page', () => {
    const ids = listAnnotations(p.db, { documentId }).map((a) => a.id);
    const j = new RowJournal(p.db);
    for (const id of [ids[25], ids[28], ids[29]]) updateAnnotationRow(j, id, { anchor_status: 'orphan' });
    expect(countAnnotations(p.db, { documentId })).toEqual({ total: 30, orphans: 3 });
    expect(annotationPage(p.db, { documentId }, null, 5)).toMatchObject({ total: 30, orphans: 3 });
    expect(countAnnotations(p.db, { documentId, coderIds: [ALICE.id] }).total).toBe(20);
  });
});
