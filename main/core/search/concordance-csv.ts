// KWIC lines and word frequencies as CSV: RFC 4180 (CRLF, fields quoted when needed), UTF-8
// with a BOM so Excel reads Cyrillic, cells that a spreadsheet would run as a formula
// (= + - @ tab CR at the start) prefixed with ' — the evidence CSV's rules (csv-export.ts).
import type { KwicResult, WordFrequencyResult } from '../../../shared/domain/concordance';
import { csvField } from '../export/csv-export';

function csv(rows: Array<Array<string | number>>): string {
  return `\ufeff${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export const KWIC_CSV_HEADER = ['document', 'page', 'left', 'match', 'right', 'document_id'];
export const FREQUENCY_CSV_HEADER = ['word', 'count', 'documents', 'forms'];

export function kwicCsv(r: KwicResult): string {
  return csv([KWIC_CSV_HEADER, ...r.lines.map((l) => [l.documentTitle, l.pageIndex + 1, l.left, l.match, l.right, l.documentId])]);
}

export function wordFrequencyCsv(r: WordFrequencyResult): string {
  return csv([FREQUENCY_CSV_HEADER, ...r.words.map((w) => [w.word, w.count, w.documents, w.forms.join(' ')])]);
}
