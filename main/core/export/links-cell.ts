// A passage's links to other passages in one table cell (the CSV / XLSX `links` column): each
// link as read from this passage, "recommends → implemented in: EU progress report, pdf p. 2:
// “…” [annotation id]", links separated by " | ". The relation reads in English like the other
// headers; the other passage's id lets R / pandas join the two rows.
import { RELATION_PHRASES_EN, type EvidenceLink } from '../../../shared/domain/passage-links';

/** Quotes are cut here: the full quote is the other passage's own row. */
const QUOTE_CHARS = 120;

export function linksCell(links: readonly EvidenceLink[] | undefined): string {
  return (links ?? [])
    .map((l) => {
      const quote = l.quote.replace(/\s+/g, ' ').trim();
      const short = quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS - 1)}…` : quote;
      return `${RELATION_PHRASES_EN[l.relation][l.direction]}: ${l.documentTitle}, pdf p. ${l.pdfPage}: “${short}” [${l.annotationId}]`;
    })
    .join(' | ');
}
