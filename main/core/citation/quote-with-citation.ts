// A passage as pasted into a paper ("Copy with citation", the JSON-LD export's describing
// body): the quote in typographic quotes, then its citation in the chosen style. An in-text
// style's citation follows the quote as it would in a sentence — “quote” (Smith and Jones
// 2020, 45–46); “quote” [Иванов, 2018, с. 12] — and a note style's (OSCOLA) is the footnote's
// text, set off by an em dash: “quote” — Jane Smith, ‘Title’ (2020) 45.
import type { CitationEngine, CitedRow } from './citation-engine';

export function quoteWithCitation(engine: CitationEngine, row: CitedRow & { quote: string }): string {
  const cited = engine.cite(row).text;
  return engine.isNoteStyle ? `\u201c${row.quote}\u201d \u2014 ${cited}` : `\u201c${row.quote}\u201d ${cited}`;
}
