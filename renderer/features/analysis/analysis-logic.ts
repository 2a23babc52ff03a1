// Pure helpers of the analysis views: labels of frequency columns, the rows recharts draws
// (one object per column with a count per code), heat-map cell colours, and the short code
// labels of matrix headers. No DOM, no React: tested directly.
import type { EvidenceFrequencyTable, EvidenceTableCode } from '../../../shared/domain/evidence';

export type Dimension = EvidenceFrequencyTable['by'];

/** Column label: a translated vocabulary value, a year, or the "unknown" label for ''. */
export function columnLabel(
  by: Dimension,
  key: string,
  vocab: (list: 'organisation' | 'country', id: string) => string,
  unknown: string,
): string {
  if (key === '') return unknown;
  if (by === 'year') return key;
  return vocab(by, key);
}

/** recharts data: one entry per column ({ group: label, [codeId]: count }). */
export function chartRows(table: EvidenceFrequencyTable, label: (key: string) => string): Array<Record<string, string | number>> {
  return table.columns.map((key, c) => {
    const row: Record<string, string | number> = { group: label(key) };
    for (const r of table.rows) row[r.codeId] = r.counts[c];
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
