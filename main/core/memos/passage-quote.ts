// "Insert passage" into a memo: a passage's quote with its citation, in the user's CSL style and
// locale, as a Markdown block quote for the memo being edited. The passage is read from the
// project by its id (coded or not), and cited by "Copy with citation" itself (evidence.citeText,
// main/core/citation/cite-text.ts), so a memo quotes exactly as the clipboard and the reports do.
import type { CitationLocale, CitationStyleId } from '../../../shared/csl/citation-styles';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { listCodes } from '../../db/repositories/codes';
import { selectEvidence, selectUncodedEvidence } from '../../db/repositories/evidence';
import { citeText } from '../citation/cite-text';
import { codeIndex, toEvidenceRow } from '../evidence/evidence-rows';

/** The Markdown a memo gets: the cited quote as a block quote (every line prefixed). */
export function asBlockQuote(text: string): string {
  return text.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}

export function passageQuote(db: Db, annotationId: string, style: CitationStyleId, locale: CitationLocale): { markdown: string; text: string } {
  const filter = { annotationIds: [annotationId] };
  const sql = selectEvidence(db, filter, { groupBy: 'document' })[0] ?? selectUncodedEvidence(db, filter)[0];
  if (!sql) throw new GlossaError('annotation.notFound', 'This highlight no longer exists.', { id: annotationId });
  const row = toEvidenceRow(db, sql, codeIndex(listCodes(db)));
  const passage = {
    documentId: row.document.id,
    page: row.page,
    pageEnd: row.pageEnd,
    ...(row.pageLabel ? { pageLabel: row.pageLabel } : {}),
    ...(row.pageEndLabel ? { pageEndLabel: row.pageEndLabel } : {}),
    paragraph: row.paragraph ?? null,
    quote: row.quote,
  };
  const [text] = citeText(db, { passages: [passage], style, locale }).texts;
  return { text, markdown: asBlockQuote(text) };
}
