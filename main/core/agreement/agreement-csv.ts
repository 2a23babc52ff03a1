// The agreement table as CSV (RFC 4180: CRLF line ends, fields quoted when needed, UTF-8 BOM
// so Excel opens Cyrillic names correctly): one row per code and pair of coders, then the
// pooled "Overall" rows. Figures with 4 decimals; empty when undefined. The three alphas are
// labelled by kind: nominal per character, unitized |uα (2016) and unitized αU (1995).
import type { AgreementReport, PairAgreement } from '../../../shared/domain/share';

function field(v: string | number | null): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(4)) : v;
  // A leading = + - @ would be run as a formula by spreadsheet programs.
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const AGREEMENT_CSV_HEADER = [
  'code', 'coder_a', 'coder_b', 'units', 'both', 'only_a', 'only_b', 'neither', 'percent_agreement', 'cohen_kappa', 'coded_overlap', 'krippendorff_alpha',
  'krippendorff_u_alpha_2016', 'krippendorff_alpha_u_1995',
];

export function agreementCsv(report: AgreementReport): string {
  const names = new Map(report.coders.map((c) => [c.id, c.name]));
  type Alphas = { alpha: number | null; unitizedAlpha: number | null; alphaU1995: number | null };
  const row = (code: string, p: PairAgreement, a: Alphas) =>
    [code, names.get(p.coderA) ?? p.coderA, names.get(p.coderB) ?? p.coderB, p.units, p.both, p.onlyA, p.onlyB, p.neither, p.percentAgreement, p.kappa, p.codedOverlap, a.alpha, a.unitizedAlpha, a.alphaU1995]
      .map(field)
      .join(',');
  const lines = [AGREEMENT_CSV_HEADER.join(',')];
  for (const c of report.codes) for (const p of c.pairs) lines.push(row(c.codeName, p, c));
  for (const p of report.overall.pairs) lines.push(row('Overall', p, report.overall));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
