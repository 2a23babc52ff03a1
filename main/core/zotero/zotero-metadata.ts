// A Zotero item's metadata into a document: its CSL-JSON record (document_bibliography,
// source 'zotero', with library id, key and citekey) and the document's own attributes.
// A record is replaced only by a later Zotero dateModified, and never when the user attached
// one from another source (a CSL-JSON / BibTeX / RIS file they confirmed), nor by another
// Zotero item holding the same PDF. Attributes: a
// document this import created takes title, author, year and organisation from Zotero; an
// older document takes them where it has none, or where it still shows what the previous
// Zotero record gave (the user did not change it in Glossa), so a title corrected in Zotero
// comes through and a title corrected in Glossa stays.
import type { CslItem, DocumentBibliography } from '../../../shared/domain/bibliography';
import type { DocumentMeta, DocumentPatch } from '../../../shared/domain/document';
import { ORGANISATIONS } from '../../../shared/domain/vocabulary';
import { organisationLabel } from '../../../shared/organisation-labels';
import { cslNamesText, cslYear, zoteroCitekey } from '../../../shared/csl/zotero-to-csl';
import type { Db } from '../../db/connection';
import { bibliographyRow, getBibliography, putBibliographyRaw } from '../../db/repositories/bibliography';
import { getDocument, updateDocument } from '../../db/repositories/documents';
import type { ZLibraryItem } from './zotero-library';

/** The organisation whose English or Russian label is this institution's name, or ''. */
export function organisationFor(names: readonly string[]): string {
  const wanted = new Set(names.map((n) => n.trim().toLocaleLowerCase()).filter(Boolean));
  for (const id of ORGANISATIONS) {
    if (id === 'other') continue;
    for (const lang of ['en', 'ru'] as const) if (wanted.has(organisationLabel(id, lang).toLocaleLowerCase())) return id;
  }
  return '';
}

interface Attributes {
  title: string;
  author: string;
  year: number | null;
  organisation: string;
}

function attributesOf(csl: CslItem): Attributes {
  const institutions = [...(csl.author ?? []).map((n) => n.literal ?? ''), typeof csl.publisher === 'string' ? csl.publisher : ''];
  return {
    title: (typeof csl.title === 'string' ? csl.title : '').slice(0, 2000),
    author: cslNamesText(csl.author).slice(0, 2000),
    year: cslYear(csl.issued),
    organisation: organisationFor(institutions),
  };
}

function attributePatch(doc: DocumentMeta, next: Attributes, previous: Attributes | null, created: boolean): DocumentPatch {
  const patch: DocumentPatch = {};
  const follows = <K extends keyof Attributes>(k: K, current: Attributes[K], empty: Attributes[K]) =>
    next[k] !== empty && next[k] !== current && (created || current === empty || (previous !== null && current === previous[k]));
  if (follows('title', doc.title, '')) patch.title = next.title;
  if (follows('author', doc.author, '')) patch.author = next.author;
  if (follows('year', doc.year, null)) patch.year = next.year;
  if (follows('organisation', doc.organisation, '')) patch.organisation = next.organisation;
  return patch;
}

/** Writes the item's record and attributes into the document; true when anything changed. */
export function applyZoteroMetadata(db: Db, documentId: string, item: ZLibraryItem, csl: CslItem, created: boolean): boolean {
  return db.transaction(() => {
    const old = getBibliography(db, documentId);
    if (old && old.source !== 'zotero') return false;
    // The same PDF under a second Zotero item (a duplicate there): the first item keeps it.
    if (old && (old.zoteroLibraryId !== item.libraryId || old.zoteroKey !== item.key)) return false;
    if (old && old.updatedAt >= item.dateModified) return false;
    const rec: DocumentBibliography = {
      documentId,
      csl,
      source: 'zotero',
      zoteroLibraryId: item.libraryId,
      zoteroKey: item.key,
      citekey: zoteroCitekey(item.data),
      updatedAt: item.dateModified,
    };
    putBibliographyRaw(db, bibliographyRow(rec));
    const patch = attributePatch(getDocument(db, documentId), attributesOf(csl), old ? attributesOf(old.csl) : null, created);
    if (Object.keys(patch).length > 0) {
      try {
        updateDocument(db, documentId, patch);
      } catch {
        // A year Glossa's attributes do not allow (before 1900, far ahead): the rest still applies.
        delete patch.year;
        if (Object.keys(patch).length > 0) updateDocument(db, documentId, patch);
      }
    }
    return true;
  })();
}
