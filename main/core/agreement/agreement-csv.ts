// The agreement table as CSV (RFC 4180: CRLF line ends, fields quoted when needed, UTF-8 BOM
// so Excel opens Cyrillic names correctly): one row per code and pair of coders, then the
// pooled "Overall" rows. Figures with 4 decimals; empty when undefined.
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
];

export function agreementCsv(report: AgreementReport): string {
  const names = new Map(report.coders.map((c) => [c.id, c.name]));
  const row = (code: string, p: PairAgreement, alpha: number | null) =>
    [code, names.get(p.coderA) ?? p.coderA, names.get(p.coderB) ?? p.coderB, p.units, p.both, p.onlyA, p.onlyB, p.neither, p.percentAgreement, p.kappa, p.codedOverlap, alpha]
      .map(field)
      .join(',');
  const lines = [AGREEMENT_CSV_HEADER.join(',')];
  for (const c of report.codes) for (const p of c.pairs) lines.push(row(c.codeName, p, c.alpha));
  for (const p of report.overall.pairs) lines.push(row('Overall', p, report.overall.alpha));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
