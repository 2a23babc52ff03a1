// What turns a stored passage into what a researcher pastes into a paper: the document's
// printed page labels (with the user's fix), the document's vocabulary (to tell
// "approxima-tion" from "co-financing"), each page's typical line length (paragraph ends)
// and its numbered paragraphs ("para. 87"). The text-derived parts are computed once per
// document and kept per connection: page texts never change after import (a re-import is a
// new document id). 600 pages take ~60 ms; an export or an evidence page reuses them.
import type { AnnotationTarget } from '../../../shared/domain/annotation';
import { documentPageLabels, type PageLabelFix } from '../../../shared/pdf/page-labels';
import { documentVocabulary, typicalLineLength } from '../../../shared/text/document-vocabulary';
import { numberedParagraphs, paragraphAt, type ParagraphMark } from '../../../shared/text/paragraph-numbers';
import { readableQuote } from '../../../shared/text/readable-quote';
import type { Db } from '../../db/connection';
import { iteratePageTexts } from '../../db/repositories/annotations';

interface DocumentText {
  vocabulary: Set<string>;
  lineLengths: Array<number | undefined>;
  paragraphs: ParagraphMark[];
}

/** Documents kept per connection: a report's vocabulary is ~30k words, about 1 MB. */
const MAX_CACHED = 24;
const cache = new WeakMap<Db, Map<string, DocumentText>>();

function documentText(db: Db, documentId: string): DocumentText {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const known = perDb.get(documentId);
  if (known) return known;
  const pages: string[] = [];
  for (const p of iteratePageTexts(db, [documentId])) pages[p.pageIndex] = p.text;
  const text: DocumentText = {
    vocabulary: documentVocabulary(pages),
    lineLengths: pages.map((t) => typicalLineLength(t ?? '')),
    paragraphs: numberedParagraphs(pages.map((t) => t ?? '')),
  };
  if (perDb.size >= MAX_CACHED) perDb.delete(perDb.keys().next().value as string);
  perDb.set(documentId, text);
  return text;
}

export interface LabelSource {
  pageCount: number;
  pageLabels: { labels: readonly string[] } | null;
  pageLabelFix: PageLabelFix | null;
}

export interface CitedPassage {
  quote: string;
  pageLabel: string;
  pageEndLabel: string;
  paragraph: number | null;
}

/** Readable quote, printed pages and paragraph of a passage of the given document. */
export function citePassage(db: Db, documentId: string, labels: LabelSource, targets: readonly AnnotationTarget[]): CitedPassage {
  const text = documentText(db, documentId);
  const printed = documentPageLabels(labels);
  const first = targets[0];
  const firstPage = first?.pageIndex ?? 0;
  const lastPage = targets.length > 0 ? Math.max(...targets.map((t) => t.pageIndex)) : firstPage;
  // Targets joined by a line break: a word split across a page break is joined like any other.
  const exact = targets.map((t) => t.quote?.exact ?? '').filter((q) => q !== '').join('\n');
  return {
    quote: readableQuote(exact, { vocabulary: text.vocabulary, lineLength: text.lineLengths[firstPage] }),
    pageLabel: printed[firstPage] ?? String(firstPage + 1),
    pageEndLabel: printed[lastPage] ?? String(lastPage + 1),
    paragraph: first?.position ? paragraphAt(text.paragraphs, firstPage, first.position.start) : null,
  };
}

/** Hyphenated words of the document and the joined forms it also contains (see the contract). */
export function documentCompounds(db: Db, documentId: string): string[] {
  const { vocabulary } = documentText(db, documentId);
  const out: string[] = [];
  for (const word of vocabulary) {
    if (!word.includes('-')) continue;
    out.push(word);
    const joined = word.replace(/-/g, '');
    if (vocabulary.has(joined)) out.push(joined);
  }
  return out;
}
