// Set-up for the passage-link tests: a highlight made through the coding action on a phrase of
// a page's stored text (real selectors, as the reader makes them).
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import type { Db } from '../../../../../main/db/connection';
import type { Coder } from '../../../../../shared/domain/code';

export function highlightPhrase(db: Db, coder: Coder, documentId: string, phrase: string, page = 0): string {
  const text = (db.prepare('SELECT text FROM pages WHERE document_id = ? AND page_index = ?').get(documentId, page) as { text: string }).text;
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not on page ${page}`);
  const end = start + phrase.length;
  return createAnnotation(db, coder, {
    documentId,
    kind: 'text',
    targets: [{ pageIndex: page, rects: [{ x1: 10, y1: 700, x2: 200, y2: 712 }], quote: { type: 'TextQuoteSelector', exact: phrase, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end } }],
    color: null,
    comment: '',
    codeIds: [],
  }).result.id;
}
