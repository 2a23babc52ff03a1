// The input of "Copy with citation" (evidence.citeText): the passages as the evidence browser
// has them — document id, PDF pages, printed labels, paragraph, quote — and the user's style
// and locale. The backend reads each document's metadata from the project itself.
import type { CitationLocale, CitationStyleId } from '../csl/citation-styles';
import type { EvidenceRow } from './evidence';

export type CitePassage = Pick<EvidenceRow, 'page' | 'pageEnd' | 'pageLabel' | 'pageEndLabel' | 'paragraph' | 'quote'> & { documentId: string };

export interface CiteTextInput {
  passages: CitePassage[];
  style: CitationStyleId;
  locale: CitationLocale;
}
