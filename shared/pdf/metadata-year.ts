// The year of a PDF's creation date (its info dictionary's /CreationDate). It says when the
// file was made, which is often not when the report was published (a 2016 report re-exported
// in 2019), so it is never filled in as the document's year at import: the attributes drawer
// shows it marked "from PDF metadata" and the user confirms it as the publication year (only a
// confirmed year is cited, shared/csl/csl-item.ts).

/** Creation years outside this range are clock errors (1970 epochs, 2099 placeholders). */
const YEAR_MIN = 1990;
const YEAR_MAX = 2035;

export function metadataYear(pdfDate: string | null | undefined): number | null {
  if (!pdfDate) return null;
  const y = Number(pdfDate.slice(0, 4));
  return Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX ? y : null;
}
