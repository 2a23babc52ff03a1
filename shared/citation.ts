// The citation line under every exported quote and on the clipboard:
// "Organisation (Year), Title, p. N", with "p. N–M" (en dash) when a passage crosses pages.
// Pure and shared: the exports (main) and the evidence browser's "copy with citation" (renderer).
import type { EvidenceRow } from './domain/evidence';
import { organisationLabel } from './organisation-labels';

export function pageLabel(page: number, pageEnd: number): string {
  return pageEnd > page ? `p. ${page}\u2013${pageEnd}` : `p. ${page}`;
}

export function citation(row: Pick<EvidenceRow, 'document' | 'page' | 'pageEnd'>): string {
  const { document: doc } = row;
  const year = doc.year === null ? 'n.d.' : String(doc.year);
  const organisation = organisationLabel(doc.organisation);
  const title = doc.title || doc.fileName;
  // Without an organisation the year moves after the title: "(2019), Title" reads like an error.
  const head = organisation ? `${organisation} (${year}), ${title}` : `${title} (${year})`;
  return `${head}, ${pageLabel(row.page, row.pageEnd)}`;
}

/** A passage as pasted into a paper ("copy with citation"): the quote in typographic quotes,
 *  an em dash, then its citation: “quote” — Organisation (Year), Title, p. N. */
export function quoteWithCitation(row: Pick<EvidenceRow, 'document' | 'page' | 'pageEnd' | 'quote'>): string {
  return `\u201c${row.quote}\u201d \u2014 ${citation(row)}`;
}
