// What an evidence export reads. An EvidenceBundle carries its rows as an array (tests, the
// CLI, hand-made bundles); an EvidenceSource reads them from the project as the writer goes
// (evidence-source.ts): `rows` is re-iterable, each `for … of` a fresh pass over a SQLite
// cursor, so a 10,000-coding export never holds every row (the report writers take two passes:
// one that counts, one that prints).
import type { EvidenceBundle, EvidenceRow } from '../../../shared/domain/evidence';

export interface EvidenceSource extends Omit<EvidenceBundle, 'rows'> {
  rows: Iterable<EvidenceRow>;
  rowCount: number;
}

export type ExportInput = EvidenceBundle | EvidenceSource;

export function rowCountOf(input: ExportInput): number {
  return 'rowCount' in input ? input.rowCount : input.rows.length;
}
