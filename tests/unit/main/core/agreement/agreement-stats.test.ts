// Agreement statistics against published worked examples and hand-computed cases.
import { describe, expect, it } from 'vitest';
import { binaryAlphaFromHistogram, cohenKappa, krippendorffAlphaNominal, percentAgreement, type Value } from '../../../../../main/core/agreement/agreement-stats';

describe('Cohen\'s kappa', () => {
  it('matches the worked example on Wikipedia "Cohen\'s kappa" (50 grant proposals, kappa = 0.4)', () => {
    // Both said yes 20, both no 15, A yes / B no 5, A no / B yes 10: po = 0.7, pe = 0.5.
    const t = { both: 20, neither: 15, onlyA: 5, onlyB: 10 };
    expect(percentAgreement(t)).toBeCloseTo(0.7, 10);
    expect(cohenKappa(t)).toBeCloseTo(0.4, 10);
  });

  it('is 1 for perfect agreement, undefined when both coders never vary, negative below chance', () => {
    expect(cohenKappa({ both: 3, neither: 7, onlyA: 0, onlyB: 0 })).toBeCloseTo(1, 12);
    expect(cohenKappa({ both: 0, neither: 10, onlyA: 0, onlyB: 0 })).toBeNull();
    expect(cohenKappa({ both: 0, neither: 0, onlyA: 5, onlyB: 5 })).toBeCloseTo(-1, 12);
  });
});

describe('Krippendorff\'s alpha (nominal)', () => {
  it('matches Krippendorff (2011) "Computing Krippendorff\'s Alpha-Reliability", section C: 4 coders x 12 units, alpha = 0.743', () => {
    const _ = null;
    const data: Value[][] = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _], // observer A
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3], // observer B
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _], // observer C
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _], // observer D
    ];
    expect(krippendorffAlphaNominal(data)!).toBeCloseTo(0.743, 3);
  });

  it('hand-computed two-coder binary case: 10 characters, A codes 0-5, B codes 2-7 -> alpha = 0.24', () => {
    // Coincidences: o11 = 2*3 = 6, o00 = 2*3 = 6, o01 = o10 = 4; n0 = n1 = 10, n = 20.
    // alpha = 1 - (n - 1) * (o01 + o10) / (2 * n0 * n1) = 1 - 19 * 8 / 200 = 0.24.
    const a = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
    const b = [0, 0, 1, 1, 1, 1, 1, 0, 0, 0];
    expect(krippendorffAlphaNominal([a, b])!).toBeCloseTo(0.24, 12);
    // hist[k] = characters coded by exactly k coders: k=0: 3, k=1: 4, k=2: 3
    expect(binaryAlphaFromHistogram([3, 4, 3], 2)!).toBeCloseTo(0.24, 12);
  });

  it('the histogram form equals the coincidence-matrix form for three coders', () => {
    const rows = [
      [1, 1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1],
      [1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1],
      [1, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1],
    ];
    const hist = [0, 0, 0, 0];
    for (let u = 0; u < rows[0].length; u++) hist[rows[0][u] + rows[1][u] + rows[2][u]]++;
    expect(binaryAlphaFromHistogram(hist, 3)!).toBeCloseTo(krippendorffAlphaNominal(rows)!, 12);
  });

  it('is undefined when only one value occurs', () => {
    expect(krippendorffAlphaNominal([[1, 1], [1, 1]])).toBeNull();
    expect(binaryAlphaFromHistogram([10, 0, 0], 2)).toBeNull();
  });
});
