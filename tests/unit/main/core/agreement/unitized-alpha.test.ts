// Krippendorff's unitized alphas for one code: hand-computed cases, the published worked example
// of Krippendorff (2004), and the identity with the nominal character-level alpha when every
// highlight is one character long.
import { describe, expect, it } from 'vitest';
import { binaryAlphaFromHistogram } from '../../../../../main/core/agreement/agreement-stats';
import { computeAgreement } from '../../../../../main/core/agreement/compute-agreement';
import {
  addTallies, alphaFromTally, alphaU1995, gapsOf, normaliseSections, uAlphaBinary2016, unitizedTally,
} from '../../../../../main/core/agreement/unitized-alpha';

describe('sections', () => {
  it('merges overlapping and touching sections of one coder and clips them to the continuum', () => {
    expect(normaliseSections([[5, 8], [0, 2], [2, 3], [7, 12], [-4, -1]], 10)).toEqual([[0, 3], [5, 10]]);
    expect(gapsOf([[0, 3], [5, 10]], 12)).toEqual([[3, 5], [10, 12]]);
  });
});

describe('identical codings', () => {
  it('give 1 in both definitions', () => {
    const input = { length: 40, coders: [[[2, 9], [20, 31]], [[20, 31], [2, 9]], [[2, 9], [20, 31]]] as Array<Array<[number, number]>> };
    expect(uAlphaBinary2016(input)).toBe(1);
    const u = alphaU1995(input)!;
    expect(u.observed).toBe(0);
    expect(u.alpha).toBe(1);
  });
});

describe('hand-computed: L = 10, coder A codes [0,5), coder B codes [2,7)', () => {
  const input = { length: 10, coders: [[[0, 5]], [[2, 7]]] as Array<Array<[number, number]>> };

  it('2016 |uα = 0.32', () => {
    // Coincidences (m - 1 = 1): coded/coded = |A∩B| twice = 6; coded/gap = 2 (A only) + 2 (B only) = 4.
    // l.. = mL = 20, l_coded = 10, l_gap = 10. Self-pairs: coded sections 5² + 5² = 50, gaps count
    // per character 5 + 2 + 3 = 10. e_coded,gap = 20·10·10 / (20² - 60) = 2000/340.
    // alpha = 1 - 4 / (2000/340) = 1 - 0.68 = 0.32 (the nominal per-character alpha is 0.24).
    expect(unitizedTally(input)).toEqual({ total: 20, coded: 10, codedGap: 4, selfPairs: 60 });
    expect(uAlphaBinary2016(input)!).toBeCloseTo(0.32, 12);
  });

  it('1995 αU = 0.2', () => {
    // Observed: the only overlapping pair with a non-zero difference is the two coded sections:
    // (0-2)² + (5-7)² = 8; both orders of the pair: 16; / (m(m-1)L²) = 16/200 = 0.08.
    // Expected: N_c = 2 coded sections of length 5; per section (N_c-1)(2·125 - 3·25 + 5)/3 = 60
    // plus 5² · Σ over gaps of length >= 5 of (gap - 5 + 1): gaps are 5 (A), 2 and 3 (B): 25·1;
    // (60 + 25) · 2 sections = 170; · 2/L = 34; / (mL(mL-1) - Σ l(l-1)) = 34 / (380 - 40) = 0.1.
    // alpha = 1 - 0.08/0.1 = 0.2.
    const u = alphaU1995(input)!;
    expect(u.observed).toBeCloseTo(0.08, 12);
    expect(u.expected).toBeCloseTo(0.1, 12);
    expect(u.alpha!).toBeCloseTo(0.2, 12);
  });
});

describe('hand-computed, three coders: L = 6, A and B code [0,3), C codes [3,6)', () => {
  it('2016 |uα = -15/81', () => {
    // o_coded,gap = Σ_{i≠j} |K_i ∩ Φ_j| / (m-1) = (0 + 3 + 0 + 3 + 3 + 3) / 2 = 6.
    // l.. = 18, l_coded = 9, l_gap = 9; self-pairs 3·3² + 3·3 = 36; e = 18·81 / (324 - 36) = 5.0625.
    // alpha = 1 - 6 / 5.0625 = -15/81.
    expect(uAlphaBinary2016({ length: 6, coders: [[[0, 3]], [[0, 3]], [[3, 6]]] })!).toBeCloseTo(-15 / 81, 12);
  });
});

describe('published worked example: Krippendorff (2004), Content Analysis, 2nd ed., p. 254', () => {
  // Two observers unitize the continuum [150, 450) into categories c and k. The published
  // figures for category c: observed disagreement 0.0144, expected 0.0532, αU_c = 0.7286; for
  // k (identical sections) αU_k = 1. The same example and figures are used by DKPro Statistics'
  // Krippendorff2004Test (org.dkpro.statistics.agreement.unitizing). Positions are shifted by
  // -150 so the continuum starts at 0; for one category the other category's sections are gaps.
  const shift = (list: Array<[number, number]>) => list.map(([b, l]) => [b - 150, b - 150 + l] as [number, number]);

  it('category c: 0.7286', () => {
    const u = alphaU1995({
      length: 300,
      coders: [shift([[225, 70], [370, 30]]), shift([[220, 80], [355, 20], [400, 20]])],
    })!;
    expect(u.observed).toBeCloseTo(0.0144, 4);
    expect(u.expected).toBeCloseTo(0.0532, 4);
    expect(u.alpha!).toBeCloseTo(0.7286, 4);
  });

  it('category k: 1', () => {
    const sections = shift([[180, 60], [300, 50]]);
    const u = alphaU1995({ length: 300, coders: [sections, sections] })!;
    expect(u.expected).toBeCloseTo(0.049, 4);
    expect(u.alpha).toBe(1);
  });
});

describe('2016 |uα and the nominal character-level alpha', () => {
  it('coincide when every coded section is one character long (l² = l)', () => {
    // A codes characters 1, 3, 8; B codes 3, 5, 8; C codes 1, 8 (L = 12).
    const coders: Array<Array<[number, number]>> = [[[1, 2], [3, 4], [8, 9]], [[3, 4], [5, 6], [8, 9]], [[1, 2], [8, 9]]];
    const hist = [0, 0, 0, 0];
    for (let c = 0; c < 12; c++) hist[coders.filter((list) => list.some(([s, e]) => s <= c && c < e)).length]++;
    expect(uAlphaBinary2016({ length: 12, coders })!).toBeCloseTo(binaryAlphaFromHistogram(hist, 3)!, 12);
  });

  it('pools over codes by adding tallies (the continua of the codes placed end to end)', () => {
    const a = { length: 10, coders: [[[0, 5]], [[2, 7]]] as Array<Array<[number, number]>> };
    const b = { length: 6, coders: [[[1, 3]], [[1, 4]]] as Array<Array<[number, number]>> };
    const joined = { length: 16, coders: [[[0, 5], [11, 13]], [[2, 7], [11, 14]]] as Array<Array<[number, number]>> };
    expect(alphaFromTally(addTallies(unitizedTally(a), unitizedTally(b)))!).toBeCloseTo(uAlphaBinary2016(joined)!, 12);
  });

  it('is undefined when nobody coded anything', () => {
    expect(uAlphaBinary2016({ length: 10, coders: [[], []] })).toBeNull();
    expect(alphaU1995({ length: 10, coders: [[], []] })).toBeNull();
  });
});

describe('computeAgreement reports the unitized alphas next to the nominal one', () => {
  it('places the pages end to end: a highlight ending a page and one starting the next form one section', () => {
    // Page 1 "01234", page 2 "56789": A codes 0-5 on page 1; B codes 2-5 on page 1 and 0-2 on
    // page 2, i.e. [2, 7) on the continuum: the hand-computed case above (0.32 and 0.2).
    const r = computeAgreement({
      coders: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      codes: [{ id: 'k', name: 'K' }],
      documents: [{ id: 'd', title: 'Doc' }],
      pages: [{ documentId: 'd', pageIndex: 0, text: '01234' }, { documentId: 'd', pageIndex: 1, text: '56789' }],
      ranges: [
        { coderId: 'a', codeId: 'k', documentId: 'd', pageIndex: 0, start: 0, end: 5 },
        { coderId: 'b', codeId: 'k', documentId: 'd', pageIndex: 0, start: 2, end: 5 },
        { coderId: 'b', codeId: 'k', documentId: 'd', pageIndex: 1, start: 0, end: 2 },
      ],
      skippedAnnotations: 0,
    });
    expect(r.codes[0].alpha!).toBeCloseTo(0.24, 12);
    expect(r.codes[0].unitizedAlpha!).toBeCloseTo(0.32, 12);
    expect(r.codes[0].alphaU1995!).toBeCloseTo(0.2, 12);
    expect(r.overall.unitizedAlpha!).toBeCloseTo(0.32, 12);
    expect(r.overall.alphaU1995!).toBeCloseTo(0.2, 12);
  });
});
