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
import { iteratePageTexts, storedPageText } from '../../db/repositories/annotations';
import { paragraphAround } from '../../../shared/text/paragraph-spans';

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

/** The paragraph around a passage, readable (line layout removed): the words before it from
 *  its paragraph's start and after it to its paragraph's end (the evidence browser's "expand to
 *  paragraph"). Within the passage's first and last page. */
export function passageParagraph(db: Db, documentId: string, targets: readonly AnnotationTarget[]): { before: string; after: string } {
  const text = documentText(db, documentId);
  const sorted = [...targets].filter((t) => t.position).sort((a, b) => a.pageIndex - b.pageIndex);
  if (sorted.length === 0) return { before: '', after: '' };
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const firstText = storedPageText(db, documentId, first.pageIndex) ?? '';
  const lastText = last.pageIndex === first.pageIndex ? firstText : storedPageText(db, documentId, last.pageIndex) ?? '';
  const head = paragraphAround(firstText, first.position!.start, first.position!.end);
  const tail = paragraphAround(lastText, last.position!.start, last.position!.end);
  const opts = (page: number) => ({ vocabulary: text.vocabulary, lineLength: text.lineLengths[page] });
  // Leading / trailing spaces and line breaks at the cut matter: "word|quote" vs "word |quote".
  const before = readableQuote(head.before, opts(first.pageIndex));
  const after = readableQuote(tail.after, opts(last.pageIndex));
  return { before: /\s$/.test(head.before) && before ? `${before} ` : before, after: /^\s/.test(tail.after) && after ? ` ${after}` : after };
}
