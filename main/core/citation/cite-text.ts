// "Copy with citation" (evidence.citeText): passages from the evidence browser, cited in the
// user's style and locale. Input is untrusted JSON: the places (pages, labels, paragraph) and
// quote are checked and bounded; the cited document — title, author, organisation, year and
// its bibliographic record — is read from the project, never taken from the caller.
import type { CitePassage, CiteTextInput } from '../../../shared/domain/cite-text';
import type { EvidenceDocument } from '../../../shared/domain/evidence';
import { CITATION_STYLES, isCitationLocale, isCitationStyle } from '../../../shared/csl/citation-styles';
import type { Db } from '../../db/connection';
import { getBibliography } from '../../db/repositories/bibliography';
import { getDocument } from '../../db/repositories/documents';
import { asObject, badInput, int, str } from '../app/input-checks';
import { CitationEngine } from './citation-engine';
import { quoteWithCitation } from './quote-with-citation';
import { documentIssuerColumns } from '../../db/repositories/evidence';
import { issuersOf } from '../../../shared/attributes/document-issuers';

/** One copy is a few passages; 500 bounds a selection copied at once. */
const MAX_PASSAGES = 500;

function parsePassage(value: unknown): CitePassage {
  const o = asObject(value, 'passage');
  const page = int(o, 'page', { min: 1, max: 1_000_000 })!;
  const pageEnd = int(o, 'pageEnd', { min: page, max: 1_000_000 })!;
  const paragraph = o.paragraph === null || o.paragraph === undefined ? null : int(o, 'paragraph', { min: 0, max: 1_000_000 })!;
  const label = (key: string) => (o[key] === '' ? undefined : str(o, key, { optional: true, max: 40 }));
  if (typeof o.quote !== 'string' || o.quote.length > 100_000) throw badInput('"quote" must be a string of at most 100,000 characters');
  return {
    documentId: str(o, 'documentId', { max: 200 }),
    page,
    pageEnd,
    pageLabel: label('pageLabel'),
    pageEndLabel: label('pageEndLabel'),
    paragraph,
    quote: o.quote,
  };
}

export function parseCiteText(input: unknown): CiteTextInput {
  const o = asObject(input);
  if (!isCitationStyle(o.style)) throw badInput(`"style" must be one of ${CITATION_STYLES.join(', ')}`);
  if (!isCitationLocale(o.locale)) throw badInput('"locale" must be en or ru');
  if (!Array.isArray(o.passages) || o.passages.length > MAX_PASSAGES) throw badInput(`"passages" must be a list of at most ${MAX_PASSAGES}`);
  return { style: o.style, locale: o.locale, passages: o.passages.map(parsePassage) };
}

function evidenceDocument(db: Db, id: string): EvidenceDocument {
  const d = getDocument(db, id);
  const issuers = documentIssuerColumns(db, id);
  return {
    id: d.id, title: d.title, fileName: d.fileName, organisation: d.organisation, countries: d.countries,
    year: d.year, docType: d.docType, language: d.language, sha256: d.sha256, author: d.author,
    issuers: issuersOf(issuers.issuers_value, issuers.issuers_choices),
    bibliography: getBibliography(db, id),
  };
}

export function citeText(db: Db, input: CiteTextInput): { texts: string[] } {
  const docs = new Map<string, EvidenceDocument>();
  for (const p of input.passages) if (!docs.has(p.documentId)) docs.set(p.documentId, evidenceDocument(db, p.documentId));
  const engine = new CitationEngine(input.style, input.locale, docs.values());
  return { texts: input.passages.map((p) => quoteWithCitation(engine, { ...p, document: docs.get(p.documentId)! })) };
}
