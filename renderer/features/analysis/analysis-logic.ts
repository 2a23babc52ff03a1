// Pure helpers of the analysis views: labels of frequency columns, the rows recharts draws
// (one object per column with a count per code), heat-map cell colours, and the short code
// labels of matrix headers. No DOM, no React: tested directly.
import type { EvidenceFrequencyTable, EvidenceTableCode } from '../../../shared/domain/evidence';

export type Dimension = EvidenceFrequencyTable['by'];

/** Column label: a translated vocabulary value, a year, a case's name, or the "unknown" label for ''
 *  (for the case dimensions, `noCase`: the codings outside every case). */
export function columnLabel(
  by: Dimension,
  key: string,
  vocab: (list: 'organisation' | 'country', id: string) => string,
  unknown: string,
  cases: { names: Record<string, string>; noCase: string } = { names: {}, noCase: unknown },
): string {
  if (key === '') return by === 'case' || by === 'caseCountry' ? cases.noCase : unknown;
  if (by === 'year') return key;
  if (by === 'case') return cases.names[key] ?? key;
  return vocab(by === 'caseCountry' ? 'country' : by, key);
}

/** What a frequency cell shows: codings, codings per 100 pages of the column's cases, or per case. */
export type FrequencyMeasure = 'count' | 'per100Pages' | 'perCase';

/** A cell in `measure`; null when the column has no pages / cases to divide by (codings outside every case). */
export function measured(table: EvidenceFrequencyTable, column: number, n: number, measure: FrequencyMeasure): number | null {
  if (measure === 'count') return n;
  const d = measure === 'per100Pages' ? table.columnPages?.[column] : table.columnCases?.[column];
  if (!d) return null;
  const v = measure === 'per100Pages' ? (n * 100) / d : n / d;
  return Math.round(v * 10) / 10;
}

/** recharts data: one entry per column ({ group: label, [codeId]: count }). */
export function chartRows(table: EvidenceFrequencyTable, label: (key: string) => string, measure: FrequencyMeasure = 'count'): Array<Record<string, string | number>> {
  return table.columns.map((key, c) => {
    const row: Record<string, string | number> = { group: label(key) };
    for (const r of table.rows) row[r.codeId] = measured(table, c, r.counts[c], measure) ?? 0;
    return row;
  });
}

export const codeLabel = (code: EvidenceTableCode): string => code.codePath[code.codePath.length - 1] ?? code.codeId;

/** Largest off-diagonal count (the diagonal is each code's own total and would wash out the rest). */
export function maxOffDiagonal(counts: number[][]): number {
  let max = 0;
  counts.forEach((row, i) => row.forEach((n, j) => {
    if (i !== j && n > max) max = n;
  }));
  return max;
}

/** Heat-map cell: blue (#4e79a7) at an opacity growing with n / max; white text on dark cells. */
export function heatStyle(n: number, max: number): { background: string; color: string } {
  if (n <= 0 || max <= 0) return { background: 'transparent', color: 'inherit' };
  const alpha = 0.12 + 0.78 * Math.min(1, n / max);
  return { background: `rgba(78, 121, 167, ${alpha.toFixed(2)})`, color: alpha > 0.55 ? '#ffffff' : '#1b1b1b' };
}

/** Largest count of a matrix, at least 1 (the shading scale). A loop, not Math.max(...cells):
 *  2,000 documents x 70 codes is 140,000 cells, past the arguments a call can take. */
export function matrixMax(counts: readonly (readonly number[])[]): number {
  let max = 1;
  for (const row of counts) for (const n of row) if (n > max) max = n;
  return max;
}
