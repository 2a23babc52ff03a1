// The co-occurrence matrix and ATLAS.ti's c-coefficient on hand-computed cases, including the
// case the issue names: two coders' overlapping highlights (one coded Funding, the other
// Co-funding) co-occur once — the old matrix, counting only codes on the same highlight, said 0.
import { describe, expect, it } from 'vitest';
import { cooccurrenceMatrix } from '../../../../shared/query/code-cooccurrence';
import type { QueryPassage } from '../../../../shared/query/query-passage';

function p(id: string, codeIds: string[], start: number, end: number, extra: Partial<QueryPassage> = {}): QueryPassage {
  return { annotationId: id, documentId: 'd', codeIds, coderId: 'c', start, end, pageFirst: 0, pageLast: 0, paragraphFirst: 0, paragraphLast: 0, ...extra };
}

describe('cooccurrenceMatrix', () => {
  it('counts two coders\u2019 overlapping highlights', () => {
    const anna = p('x', ['funding'], 100, 200, { coderId: 'anna' });
    const boris = p('y', ['cofunding'], 150, 250, { coderId: 'boris' });
    const m = cooccurrenceMatrix([anna, boris], ['funding', 'cofunding'], { kind: 'overlap' });
    expect(m.totals).toEqual([1, 1]);
    expect(m.cells[0][1].count).toBe(1);
    expect(m.cells[0][1].pairs).toEqual([['x', 'y']]);
    expect(m.cells[1][0]).toBe(m.cells[0][1]);
    expect(m.cells[0][1].c).toBe(1); // 1 / (1 + 1 - 1)
  });

  it('works out n, c and the passages behind each cell', () => {
    // A: a1 [0,10) a2 [100,110) a3 [500,510) coded A+B; B: b1 [5,20) b2 [300,310); C: c1 [104,106).
    const passages = [
      p('a1', ['A'], 0, 10),
      p('a2', ['A'], 100, 110),
      p('a3', ['A', 'B'], 500, 510),
      p('b1', ['B'], 5, 20),
      p('b2', ['B'], 300, 310),
      p('c1', ['C'], 104, 106),
    ];
    const m = cooccurrenceMatrix(passages, ['A', 'B', 'C'], { kind: 'overlap' });
    expect(m.totals).toEqual([3, 3, 1]);
    // A–B: (a1,b1) overlap, (a3,a3) same highlight → 2; c = 2 / (3 + 3 − 2) = 0.5.
    expect(m.cells[0][1].count).toBe(2);
    expect(m.cells[0][1].c).toBeCloseTo(0.5, 10);
    expect(m.cells[0][1].pairs).toEqual([['a1', 'b1'], ['a3', 'a3']]);
    // A–C: (a2,c1) → 1; c = 1 / (3 + 1 − 1) = 1/3. B–C: 0, c = 0.
    expect(m.cells[0][2].count).toBe(1);
    expect(m.cells[0][2].c).toBeCloseTo(1 / 3, 10);
    expect(m.cells[1][2]).toMatchObject({ count: 0, c: 0, pairs: [] });
    expect(m.cells[0][0]).toMatchObject({ count: 3, c: null });
  });

  it('counts nearby passages by characters, paragraph or page when asked', () => {
    const a = p('a', ['A'], 0, 10, { paragraphFirst: 0, paragraphLast: 0, pageFirst: 0, pageLast: 0 });
    const b = p('b', ['B'], 60, 70, { paragraphFirst: 1, paragraphLast: 1, pageFirst: 0, pageLast: 0 });
    const both = [a, b];
    expect(cooccurrenceMatrix(both, ['A', 'B'], { kind: 'overlap' }).cells[0][1].count).toBe(0);
    expect(cooccurrenceMatrix(both, ['A', 'B'], { kind: 'near', distance: { unit: 'chars', n: 49 } }).cells[0][1].count).toBe(0);
    expect(cooccurrenceMatrix(both, ['A', 'B'], { kind: 'near', distance: { unit: 'chars', n: 50 } }).cells[0][1].count).toBe(1);
    expect(cooccurrenceMatrix(both, ['A', 'B'], { kind: 'near', distance: { unit: 'paragraph' } }).cells[0][1].count).toBe(0);
    expect(cooccurrenceMatrix(both, ['A', 'B'], { kind: 'near', distance: { unit: 'page' } }).cells[0][1].count).toBe(1);
  });

  it('never pairs passages of different documents, and flags cells the coefficient cannot describe', () => {
    const a = p('a', ['A'], 0, 100);
    const other = p('o', ['B'], 0, 100, { documentId: 'e' });
    expect(cooccurrenceMatrix([a, other], ['A', 'B'], { kind: 'overlap' }).cells[0][1].count).toBe(0);
    // One A passage overlapping three B passages: n = 3, c = 3 / (1 + 3 − 3) = 3 > 1.
    const many = [a, p('b1', ['B'], 10, 20), p('b2', ['B'], 30, 40), p('b3', ['B'], 50, 60)];
    const cell = cooccurrenceMatrix(many, ['A', 'B'], { kind: 'overlap' }).cells[0][1];
    expect(cell).toMatchObject({ count: 3, c: 3, distorted: true });
  });
});
