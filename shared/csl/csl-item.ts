// The CSL-JSON item a document is cited by. A document with a bibliographic record (Zotero, or
// an attached CSL-JSON / BibTeX / RIS entry; shared/domain/bibliography.ts) is cited by that
// record. One without gets CSL data from its attributes: the issuing organisation as the
// institutional author — or each of them, when a user attribute replaces the organisation
// field with several — (unless the document names its own author), the year, the title (the
// file name when untitled) and the document type as a CSL type. Its id is the citekey, so a
// Pandoc export's [@key] and the CSL-JSON beside it agree with the DOCX export's citations.
import type { CslItem, CslName } from '../domain/bibliography';
import type { EvidenceDocument } from '../domain/evidence';
import { organisationLabel, type LabelLanguage } from '../organisation-labels';
import { issuerLabel } from '../attributes/document-issuers';

export type CitableItem = CslItem & { id: string };

/** CSL item types for Glossa's document types (CSL 1.0.2 type vocabulary). */
const CSL_TYPES: Record<string, string> = {
  strategy: 'report',
  'progress-report': 'report',
  evaluation: 'report',
  study: 'report',
  'project-document': 'report',
  agreement: 'treaty',
  'action-plan': 'report',
  'press-release': 'article',
};

/** The free-text author field: "Family, Given; Family2, Given2" or an institution. */
function authorNames(author: string): CslName[] {
  return author
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const comma = part.indexOf(',');
      if (comma > 0) return { family: part.slice(0, comma).trim(), given: part.slice(comma + 1).trim() };
      return { literal: part };
    });
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\u0430-\u044f\u0451]+/g, '')
    .slice(0, 24);
}

/** A citekey for a document without one: "osce2019", "greta2018report"; unique within `taken`
 *  (which it extends) by a letter suffix, as Better BibTeX does ("osce2019a"). */
export function derivedCitekey(doc: EvidenceDocument, taken: Set<string>): string {
  const org = slug(issuingOrganisations(doc, 'en')[0] || doc.title.split(/\s+/)[0] || 'doc') || 'doc';
  const firstWord = slug((doc.title || doc.fileName).split(/\s+/).find((w) => w.length > 3) ?? '');
  const base = `${org}${doc.year ?? 'nd'}${firstWord}`;
  let key = base;
  for (let i = 0; taken.has(key); i++) key = base + String.fromCharCode(97 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');
  taken.add(key);
  return key;
}

/** The document's issuing organisations by name: the attribute replacing the organisation field
 *  when it names any (several institutional authors), else the organisation field. */
function issuingOrganisations(doc: EvidenceDocument, lang: LabelLanguage): string[] {
  if (doc.issuers?.length) return doc.issuers.map((i) => issuerLabel(i, lang)).filter(Boolean);
  const organisation = organisationLabel(doc.organisation, lang);
  return organisation ? [organisation] : [];
}

/** CSL data derived from a document's attributes (no bibliographic record). */
export function cslFromAttributes(doc: EvidenceDocument & { author?: string }, lang: LabelLanguage): CslItem {
  const item: CslItem = {
    type: CSL_TYPES[doc.docType] ?? 'report',
    title: doc.title || doc.fileName,
  };
  const own = doc.author ? authorNames(doc.author) : [];
  const organisations = issuingOrganisations(doc, lang);
  if (own.length > 0) item.author = own;
  else if (organisations.length > 0) item.author = organisations.map((literal) => ({ literal }));
  if (organisations.length > 0 && own.length > 0) item.publisher = organisations.join('; ');
  if (doc.year !== null) item.issued = { 'date-parts': [[doc.year]] };
  if (doc.language === 'en' || doc.language === 'ru') item.language = doc.language;
  return item;
}

/** The item a document is cited by, with id = its citekey. */
export function citableItem(doc: EvidenceDocument & { author?: string }, citekey: string, lang: LabelLanguage): CitableItem {
  const csl = doc.bibliography?.csl ?? cslFromAttributes(doc, lang);
  return { ...csl, id: citekey };
}

/** Citekeys for a set of documents: the record's own (Better BibTeX / BibTeX key) where it has
 *  one, derived ones otherwise, all distinct. Stable for a given document order. */
export function citekeysFor(docs: EvidenceDocument[]): Map<string, string> {
  const taken = new Set<string>();
  const keys = new Map<string, string>();
  for (const d of docs) {
    const own = d.bibliography?.citekey;
    if (own && !taken.has(own)) {
      taken.add(own);
      keys.set(d.id, own);
    }
  }
  for (const d of docs) if (!keys.has(d.id)) keys.set(d.id, derivedCitekey(d, taken));
  return keys;
}
