// CSV export, RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF wrapped in double
// quotes with inner quotes doubled; UTF-8 with a byte-order mark because Excel otherwise reads
// Cyrillic as Windows-1252 mojibake. One row per coding, columns from coding-columns.ts.
import type { EvidenceRow } from '../../../shared/domain/evidence';
import { codingColumns, neutraliseCell, type CellValue } from './coding-columns';
import { rowCountOf, type ExportInput } from './export-input';
import type { ExportProgress } from './export-progress';

export function csvField(value: CellValue): string {
  const text = value === null ? '' : String(neutraliseCell(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function writeCsv(bundle: ExportInput, progress: ExportProgress, cite: (row: EvidenceRow) => string): Promise<Uint8Array> {
  const columns = codingColumns(cite);
  const lines: string[] = [columns.map((c) => csvField(c.header)).join(',')];
  const total = rowCountOf(bundle);
  let done = 0;
  for (const row of bundle.rows) {
    lines.push(columns.map((c) => csvField(c.value(row))).join(','));
    await progress.row(++done, total);
  }
  progress.check();
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}
