// Krippendorff's alpha for UNITIZED data, one code at a time, pure. The continuum is the text
// of the selected documents (pages concatenated in order, one character = one position); each
// coder splits it into sections coded with the code and the gaps between them. Unlike the
// character-level nominal alpha (agreement-stats.ts), these coefficients know that a
// highlight is one unit: a coder who marks 300 characters made one decision, not 300.
//
// Two published definitions are computed, because the literature and the tools differ:
//  - alphaU1995: Krippendorff (1995) "On the reliability of unitizing continuous data",
//    Sociological Methodology 25:47-76, as restated in Content Analysis, 2nd ed. (2004),
//    section 12.4. Observed disagreement: for every pair of coders and every pair of their
//    overlapping sections, the squared lengths of the parts that do not coincide (two coded
//    sections: (b_i - b_j)^2 + (e_i - e_j)^2; a coded section lying inside a gap: its length^2);
//    divided by m(m-1)L^2. Expected disagreement: every coded section paired with every
//    position it could take inside any gap, over all pairs of positions (the 2/L term).
//  - uAlphaBinary2016: Krippendorff, Mathet, Bouvry & Widlöcher (2016) "On the reliability of
//    unitizing textual continua: Further developments", Quality & Quantity 50:2347-2364 (the
//    |uα of Content Analysis, 4th ed., 2019, section 12.6.4, computed by ATLAS.ti). It replaced
//    the 1995 form, which misbehaves with more than two coders. Observed coincidences are the
//    lengths of intersections of sections; expected coincidences leave out the pairs inside one
//    coded section (l^2 per section) while a gap counts per character (l), so for highlights one
//    character long it equals the nominal character-level alpha (tested).
// Sections are half-open [start, end) in continuum positions; a coder's sections are merged
// when they overlap or touch (one coder cannot disagree with themself).

export type Section = readonly [number, number];

export interface UnitizedCodings {
  /** Continuum length L (characters). */
  length: number;
  /** Per coder: that coder's coded sections (any order; merged and clipped here). */
  coders: ReadonlyArray<ReadonlyArray<Section>>;
}

/** Sorted, clipped to [0, length), overlapping or touching sections merged. */
export function normaliseSections(list: ReadonlyArray<Section>, length: number): Array<[number, number]> {
  const sorted = list
    .map(([s, e]) => [Math.max(0, Math.min(length, s)), Math.max(0, Math.min(length, e))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** The gaps (uncoded sections) of one coder's normalised sections. */
export function gapsOf(sections: ReadonlyArray<Section>, length: number): Array<[number, number]> {
  const gaps: Array<[number, number]> = [];
  let pos = 0;
  for (const [s, e] of sections) {
    if (s > pos) gaps.push([pos, s]);
    pos = e;
  }
  if (pos < length) gaps.push([pos, length]);
  return gaps;
}

function intersection(a: ReadonlyArray<Section>, b: ReadonlyArray<Section>): number {
  let total = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const lo = Math.max(a[i][0], b[j][0]);
    const hi = Math.min(a[i][1], b[j][1]);
    if (hi > lo) total += hi - lo;
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return total;
}

// --- 2016 / 2019: |uα (binary: coded with the code vs not) ---------------------------------

/**
 * What |uα needs, additive over codes (pooling = concatenating the codes' continua):
 * l.. = mL, l_k = coded positions summed over coders, o_kφ = coded-vs-gap coincidences,
 * selfPairs = Σ l² over coded sections + Σ l over gaps (= total gap length).
 */
export interface UnitizedTally {
  total: number;
  coded: number;
  codedGap: number;
  selfPairs: number;
}

export const EMPTY_TALLY: UnitizedTally = { total: 0, coded: 0, codedGap: 0, selfPairs: 0 };

export function addTallies(a: UnitizedTally, b: UnitizedTally): UnitizedTally {
  return { total: a.total + b.total, coded: a.coded + b.coded, codedGap: a.codedGap + b.codedGap, selfPairs: a.selfPairs + b.selfPairs };
}

export function unitizedTally(input: UnitizedCodings): UnitizedTally {
  const m = input.coders.length;
  const L = input.length;
  if (m < 2 || L <= 0) return EMPTY_TALLY;
  const sections = input.coders.map((list) => normaliseSections(list, L));
  const codedLen = sections.map((list) => list.reduce((s, [a, b]) => s + (b - a), 0));
  let codedGap = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      if (i !== j) codedGap += codedLen[i] - intersection(sections[i], sections[j]);
    }
  }
  const coded = codedLen.reduce((s, x) => s + x, 0);
  const squares = sections.reduce((s, list) => s + list.reduce((t, [a, b]) => t + (b - a) ** 2, 0), 0);
  return { total: m * L, coded, codedGap: codedGap / (m - 1), selfPairs: squares + (m * L - coded) };
}

/**
 * |uα = 1 - o_kφ / e_kφ with e_kφ = l.. l_k l_φ / (l..² - selfPairs) (the coincidences are
 * symmetric, so the two off-diagonal cells cancel). Null when undefined: nothing coded, or
 * everything coded by everyone (expected disagreement 0).
 */
export function alphaFromTally(t: UnitizedTally): number | null {
  const gap = t.total - t.coded;
  const denominator = t.total * t.total - t.selfPairs;
  if (t.coded <= 0 || gap <= 0 || denominator <= 0) return null;
  const expected = (t.total * t.coded * gap) / denominator;
  return expected <= 0 ? null : 1 - t.codedGap / expected;
}

export function uAlphaBinary2016(input: UnitizedCodings): number | null {
  return alphaFromTally(unitizedTally(input));
}

// --- 1995 / 2004: αU for one category ------------------------------------------------------

export interface AlphaU1995 {
  observed: number;
  expected: number;
  alpha: number | null;
}

/** Squared non-coinciding lengths of two overlapping sections (Krippendorff 2004, eq. in 12.4). */
function delta2(bi: number, li: number, ci: boolean, bj: number, lj: number, cj: boolean): number {
  const db = bi - bj;
  if (ci && cj && -li < db && db < lj) return db * db + (db + li - lj) ** 2;
  if (ci && !cj && lj - li >= db && db >= 0) return li * li;
  if (!ci && cj && li - lj >= -db && -db >= 0) return lj * lj;
  return 0;
}

type Piece = { b: number; l: number; coded: boolean };

function partition(sections: ReadonlyArray<Section>, length: number): Piece[] {
  const coded = sections.map(([s, e]) => ({ b: s, l: e - s, coded: true }));
  const gaps = gapsOf(sections, length).map(([s, e]) => ({ b: s, l: e - s, coded: false }));
  return [...coded, ...gaps].sort((x, y) => x.b - y.b);
}

export function alphaU1995(input: UnitizedCodings): AlphaU1995 | null {
  const m = input.coders.length;
  const L = input.length;
  if (m < 2 || L <= 0) return null;
  const sections = input.coders.map((list) => normaliseSections(list, L));
  const parts = sections.map((list) => partition(list, L));

  // Observed: each pair of coders, each pair of overlapping pieces (a two-pointer sweep).
  let observed = 0;
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const a = parts[i];
      const b = parts[j];
      for (let x = 0, y = 0; x < a.length && y < b.length; ) {
        observed += delta2(a[x].b, a[x].l, a[x].coded, b[y].b, b[y].l, b[y].coded);
        if (a[x].b + a[x].l < b[y].b + b[y].l) x++;
        else if (a[x].b + a[x].l > b[y].b + b[y].l) y++;
        else {
          x++;
          y++;
        }
      }
    }
  }
  observed = (2 * observed) / (m * (m - 1) * L * L);

  // Expected: every coded section against every gap of every coder it fits in.
  const codedLengths = sections.flatMap((list) => list.map(([s, e]) => e - s));
  const n = codedLengths.length;
  if (n === 0) return null;
  const gaps = sections.flatMap((list) => gapsOf(list, L).map(([s, e]) => e - s)).sort((x, y) => x - y);
  // suffix sums over the ascending gap lengths: Σ_{gap >= l} (gap - l + 1) in O(log n).
  const suffixSum = new Array<number>(gaps.length + 1).fill(0);
  for (let k = gaps.length - 1; k >= 0; k--) suffixSum[k] = suffixSum[k + 1] + gaps[k];
  const firstAtLeast = (l: number) => {
    let lo = 0;
    let hi = gaps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (gaps[mid] >= l) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  let sum = 0;
  let selfPairs = 0;
  for (const l of codedLengths) {
    const k = firstAtLeast(l);
    const fits = suffixSum[k] - (gaps.length - k) * (l - 1);
    sum += ((n - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * fits;
    selfPairs += l * (l - 1);
  }
  const denominator = m * L * (m * L - 1) - selfPairs;
  const expected = denominator > 0 ? ((2 / L) * sum) / denominator : 0;
  return { observed, expected, alpha: expected > 0 ? 1 - observed / expected : null };
}
