// What an evidence export reads. An EvidenceBundle carries its rows as an array (tests, the
// CLI, hand-made bundles); an EvidenceSource reads them from the project as the writer goes
// (evidence-source.ts): `rows` is re-iterable, each `for … of` a fresh pass over a SQLite
// cursor, so a 10,000-coding export never holds every row (the report writers take two passes:
// one that counts, one that prints).
import type { EvidenceBundle, EvidenceRow } from '../../../shared/domain/evidence';

export interface EvidenceSource extends Omit<EvidenceBundle, 'rows'> {
  rows: Iterable<EvidenceRow>;
  rowCount: number;
  /** The stored PDF of a document, read when an area highlight's image is rendered. */
  pdfBytes?: (documentId: string) => Uint8Array | null;
}

export type ExportInput = EvidenceBundle | EvidenceSource;

export function rowCountOf(input: ExportInput): number {
  return 'rowCount' in input ? input.rowCount : input.rows.length;
}

/** Where the report writers read a document's PDF for its area highlights' images: the
 *  source's project, or the PDFs a bundle carries (none: every area gets the placeholder). */
export function pdfBytesOf(input: ExportInput): (documentId: string) => Uint8Array | null {
  if ('pdfBytes' in input && input.pdfBytes) return input.pdfBytes;
  const pdfs = input.areaPdfs ?? {};
  return (id) => (Object.hasOwn(pdfs, id) ? pdfs[id] : null);
}
