// Every query operator on hand-placed passages: one document of three pages (page texts 1,000
// characters each, one separator character between pages: page 2 starts at 1001), paragraphs
// numbered by hand. Expected sets are worked out from the definitions, not from the code.
import { describe, expect, it } from 'vitest';
import { codeResolver, evaluateQuery, type QueryCode } from '../../../../shared/query/query-evaluate';
import { parseQuery } from '../../../../shared/query/query-syntax';
import type { QueryPassage } from '../../../../shared/query/query-passage';
import { GlossaError } from '../../../../shared/errors';

const codes: QueryCode[] = [
  { id: 'instr', parentId: null, names: ['Influence instruments', 'Инструменты влияния'] },
  { id: 'fund', parentId: 'instr', names: ['Funding', 'Финансирование'] },
  { id: 'cofund', parentId: 'fund', names: ['Co-funding', 'Софинансирование'] },
  { id: 'train', parentId: 'instr', names: ['Training'] },
  { id: 'partner', parentId: null, names: ['Partnership evidence'] },
  { id: 'iom', parentId: 'partner', names: ['IOM'] },
  { id: 'other-training', parentId: 'partner', names: ['Training'] },
];

let n = 0;
function p(codeIds: string[], start: number, end: number, paragraph: number, documentId = 'doc1'): QueryPassage {
  const page = Math.floor(start / 1001);
  return { annotationId: `a${++n}`, documentId, codeIds, coderId: 'c1', start, end, pageFirst: page, pageLast: Math.floor(end / 1001), paragraphFirst: paragraph, paragraphLast: paragraph };
}

// Funding [100,200) para 0; IOM [150,260) para 0 (overlaps it); Co-funding [400,450) para 1;
// IOM [700,720) para 2; Training [1100,1200) page 2 para 3; Funding [2100,2300) page 3 para 5
// with Co-funding [2150,2200) inside it; a second document's IOM [100,200).
n = 0;
const all = [
  p(['fund'], 100, 200, 0),
  p(['iom'], 150, 260, 0),
  p(['cofund'], 400, 450, 1),
  p(['iom'], 700, 720, 2),
  p(['train'], 1100, 1200, 3),
  p(['fund'], 2100, 2300, 5),
  p(['cofund'], 2150, 2200, 5),
  p(['iom'], 100, 200, 0, 'doc2'),
  p(['fund', 'iom'], 500, 520, 1, 'doc2'),
];
const resolve = codeResolver(codes);
const run = (q: string) => evaluateQuery(parseQuery(q), all, resolve).map((x) => x.annotationId);

describe('evaluateQuery', () => {
  it('a code selects its passages and those of its sub-codes', () => {
    expect(run('"Co-funding"')).toEqual(['a3', 'a7']);
    expect(run('Funding')).toEqual(['a1', 'a3', 'a6', 'a7', 'a9']);
    expect(run('Финансирование')).toEqual(run('Funding'));
  });

  it('OVERLAPS: shares text with a passage of the other code, also on the same highlight', () => {
    expect(run('"Funding" OVERLAPS "IOM"')).toEqual(['a1', 'a9']);
    expect(run('IOM OVERLAPS Funding')).toEqual(['a2', 'a9']);
    // a1 [100,200) and doc2's IOM [100,200) are in different documents.
  });

  it('passages that only touch do not overlap, but are NEAR/0', () => {
    const touching = [p(['fund'], 0, 50, 0, 'doc3'), p(['iom'], 50, 80, 0, 'doc3')];
    const q = (text: string) => evaluateQuery(parseQuery(text), touching, resolve).map((x) => x.codeIds[0]);
    expect(q('Funding OVERLAPS IOM')).toEqual([]);
    expect(q('Funding NEAR/0 IOM')).toEqual(['fund']);
    expect(q('Funding FOLLOWED-BY/0 IOM')).toEqual(['fund']);
  });

  it('NEAR/N counts the gap in characters; NEAR/PARAGRAPH and NEAR/PAGE compare indexes', () => {
    // Co-funding a3 [400,450): gap to IOM a2 (ends 260) is 140, to IOM a4 (starts 700) is 250.
    expect(run('"Co-funding" NEAR/139 IOM')).toEqual([]);
    expect(run('"Co-funding" NEAR/140 IOM')).toEqual(['a3']);
    expect(run('"Influence instruments/Training" NEAR/PAGE IOM')).toEqual([]);
    expect(run('"Co-funding" NEAR/PAGE IOM')).toEqual(['a3']);
    expect(run('"Co-funding" NEAR/PARAGRAPH IOM')).toEqual([]); // doc2's a9 shares paragraph 1's number only
    expect(run('Funding NEAR/PARAGRAPH IOM')).toEqual(['a1', 'a9']);
  });

  it('FOLLOWED-BY: a passage of the other code starts after its end (within N)', () => {
    expect(run('Funding FOLLOWED-BY IOM')).toEqual(['a1', 'a3']);
    // a1 ends 200: IOM a2 starts 150 (before its end), a4 starts 700 = 500 later.
    expect(run('Funding FOLLOWED-BY/499 IOM')).toEqual(['a3']);
    expect(run('Funding FOLLOWED-BY/500 IOM')).toEqual(['a1', 'a3']);
    expect(run('IOM FOLLOWED-BY "Influence instruments/Training"')).toEqual(['a2', 'a4']);
  });

  it('INSIDE and OUTSIDE', () => {
    expect(run('"Co-funding" INSIDE Funding')).toEqual(['a3', 'a7']); // each lies within itself
    expect(run('"Co-funding" INSIDE (Funding AND NOT "Co-funding")')).toEqual(['a7']);
    expect(run('IOM OUTSIDE Funding')).toEqual(['a4', 'a8']);
    // a2 [150,260) overlaps a1 [100,200) but does not lie within it.
    expect(run('IOM INSIDE Funding')).toEqual(['a9']);
  });

  it('AND, OR, NOT are set operations on the passages considered', () => {
    expect(run('Funding AND IOM')).toEqual(['a9']);
    expect(run('"Influence instruments/Training" OR "Co-funding"')).toEqual(['a3', 'a5', 'a7']);
    expect(run('NOT "Influence instruments"')).toEqual(['a2', 'a4', 'a8']);
    // NOT takes the relation: no Co-funding passage overlaps an IOM one, so nothing is removed.
    expect(run('Funding AND NOT "Co-funding" OVERLAPS IOM')).toEqual(['a1', 'a3', 'a6', 'a7', 'a9']);
    expect(run('(Funding AND NOT "Co-funding") OVERLAPS IOM')).toEqual(['a1', 'a9']);
  });

  it('names a code by path when its name is ambiguous, and says what is wrong otherwise', () => {
    expect(run('"Influence instruments/Training"')).toEqual(['a5']);
    expect(() => run('Training')).toThrow(GlossaError);
    expect(() => run('Training')).toThrow(/names 2 codes \("Influence instruments\/Training", "Partnership evidence\/Training"\)/);
    // A path from the root wins over the same name deeper down.
    const top = codeResolver([...codes, { id: 'top-funding', parentId: null, names: ['Funding'] }]);
    expect(top('Funding')).toEqual(['top-funding']);
    expect(top('Influence instruments/Funding')).toEqual(['fund', 'cofund']);
    expect(() => run('"Capacity building"')).toThrow(/no code "Capacity building"/);
  });
});
