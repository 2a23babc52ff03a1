// The agreement statistics, pure functions over counts:
//  - percent agreement and Cohen's (1960) kappa from a 2x2 table of two coders' binary
//    judgements (coded / not coded) over the same units;
//  - Krippendorff's alpha for nominal data from reliability data (coders x units, missing
//    values allowed) through the coincidence matrix, as in Krippendorff (2011) "Computing
//    Krippendorff's Alpha-Reliability" (section C);
//  - the same alpha for binary values when every coder judged every unit, from the histogram
//    of "how many of the m coders coded this unit": character-level data has millions of
//    units, and this form needs one pass over interval boundaries instead of one per character.

export interface BinaryTable {
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
}

export function tableUnits(t: BinaryTable): number {
  return t.both + t.onlyA + t.onlyB + t.neither;
}

export function percentAgreement(t: BinaryTable): number {
  const n = tableUnits(t);
  return n === 0 ? 1 : (t.both + t.neither) / n;
}

/** Cohen's kappa = (po - pe) / (1 - pe); null when pe = 1 (both coders constant and equal). */
export function cohenKappa(t: BinaryTable): number | null {
  const n = tableUnits(t);
  if (n === 0) return null;
  const po = (t.both + t.neither) / n;
  const a1 = (t.both + t.onlyA) / n;
  const b1 = (t.both + t.onlyB) / n;
  const pe = a1 * b1 + (1 - a1) * (1 - b1);
  if (pe >= 1 - 1e-12) return null;
  return (po - pe) / (1 - pe);
}

/** Agreement on what was coded at all: both / (both + onlyA + onlyB); null when nothing was coded. */
export function codedOverlap(t: BinaryTable): number | null {
  const d = t.both + t.onlyA + t.onlyB;
  return d === 0 ? null : t.both / d;
}

export type Value = string | number | null;

/**
 * Krippendorff's alpha, nominal metric. `data[coder][unit]`; null = missing. Units with fewer
 * than two values are not pairable and are left out. Null when alpha is undefined (fewer than
 * two pairable values, or a single value used throughout: expected disagreement 0).
 */
export function krippendorffAlphaNominal(data: readonly (readonly Value[])[]): number | null {
  const units = Math.max(0, ...data.map((row) => row.length));
  const o = new Map<string, number>(); // "c\u0000k" -> coincidences
  const nc = new Map<string, number>();
  for (let u = 0; u < units; u++) {
    const values = data.map((row) => row[u]).filter((v): v is string | number => v !== null && v !== undefined).map(String);
    const mu = values.length;
    if (mu < 2) continue;
    for (let i = 0; i < mu; i++) {
      for (let j = 0; j < mu; j++) {
        if (i === j) continue;
        const key = `${values[i]}\u0000${values[j]}`;
        o.set(key, (o.get(key) ?? 0) + 1 / (mu - 1));
      }
      nc.set(values[i], (nc.get(values[i]) ?? 0) + 1);
    }
  }
  const n = [...nc.values()].reduce((s, x) => s + x, 0);
  if (n < 2) return null;
  let observed = 0;
  for (const [key, v] of o) {
    const [c, k] = key.split('\u0000');
    if (c !== k) observed += v;
  }
  let expected = 0;
  for (const [c, a] of nc) for (const [k, b] of nc) if (c !== k) expected += a * b;
  expected /= n - 1;
  if (expected === 0) return null;
  return 1 - observed / expected;
}

/**
 * Nominal alpha for binary data with all m coders judging every unit: hist[k] = number of
 * units that exactly k coders coded. Same value as krippendorffAlphaNominal on the expanded
 * data (tested), in O(m).
 */
export function binaryAlphaFromHistogram(hist: readonly number[], m: number): number | null {
  if (m < 2) return null;
  let o11 = 0;
  let o00 = 0;
  let o01 = 0;
  for (let k = 0; k <= m; k++) {
    const units = hist[k] ?? 0;
    if (units === 0) continue;
    o11 += (units * k * (k - 1)) / (m - 1);
    o00 += (units * (m - k) * (m - k - 1)) / (m - 1);
    o01 += (units * k * (m - k)) / (m - 1);
  }
  const n1 = o11 + o01;
  const n0 = o00 + o01;
  const n = n0 + n1;
  if (n < 2 || n0 === 0 || n1 === 0) return null;
  // alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c n_k, with o_01 = o_10.
  return 1 - ((n - 1) * 2 * o01) / (2 * n0 * n1);
}
