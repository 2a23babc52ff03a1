// SQL for documents' bibliographic metadata (table document_bibliography, migration 0014):
// one CSL-JSON item per document with its source, Zotero key and citekey. Reads for the
// citation layer and the exports; raw writes for the importers (Zotero, CSL-JSON / BibTeX /
// RIS attach) and the merge. The stored JSON is parsed defensively: a received file may hold
// anything, so a row that is not a JSON object reads as absent.
import type { BibliographySource, CslItem, DocumentBibliography } from '../../../shared/domain/bibliography';
import type { Db } from '../connection';
import { prepared } from './statement-cache';

export interface BibliographyRow {
  document_id: string;
  csl_json: string;
  source: BibliographySource;
  zotero_library: number | null;
  zotero_key: string | null;
  citekey: string | null;
  updated_at: string;
}

function parseCsl(json: string): CslItem | null {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
    const item = value as CslItem;
    return typeof item.type === 'string' ? item : { ...item, type: 'document' };
  } catch {
    return null;
  }
}

export function rowToBibliography(row: BibliographyRow): DocumentBibliography | null {
  const csl = parseCsl(row.csl_json);
  if (!csl) return null;
  return {
    documentId: row.document_id,
    csl,
    source: row.source,
    zoteroLibraryId: row.zotero_library,
    zoteroKey: row.zotero_key,
    citekey: row.citekey,
    updatedAt: row.updated_at,
  };
}

export function getBibliography(db: Db, documentId: string): DocumentBibliography | null {
  const row = prepared(db, 'SELECT * FROM document_bibliography WHERE document_id = ?').get(documentId) as BibliographyRow | undefined;
  return row ? rowToBibliography(row) : null;
}

/** Every document's record, by document id (exports read them once). */
export function bibliographyByDocument(db: Db): Map<string, DocumentBibliography> {
  const rows = prepared(db, 'SELECT * FROM document_bibliography').all() as BibliographyRow[];
  const out = new Map<string, DocumentBibliography>();
  for (const row of rows) {
    const rec = rowToBibliography(row);
    if (rec) out.set(rec.documentId, rec);
  }
  return out;
}

/** The document a Zotero item was imported as, if any. */
export function documentIdForZoteroItem(db: Db, libraryId: number, key: string): string | null {
  const row = prepared(db, 'SELECT document_id FROM document_bibliography WHERE zotero_library = ? AND zotero_key = ?').get(libraryId, key) as
    | { document_id: string }
    | undefined;
  return row?.document_id ?? null;
}

export function readAllBibliographyRows(db: Db): BibliographyRow[] {
  return prepared(db, 'SELECT * FROM document_bibliography ORDER BY document_id').all() as BibliographyRow[];
}

export function bibliographyRow(rec: DocumentBibliography): BibliographyRow {
  const { id: _id, ...csl } = rec.csl as CslItem & { id?: unknown };
  return {
    document_id: rec.documentId,
    csl_json: JSON.stringify(csl),
    source: rec.source,
    zotero_library: rec.zoteroLibraryId,
    zotero_key: rec.zoteroKey,
    citekey: rec.citekey,
    updated_at: rec.updatedAt,
  };
}

/** Inserts or replaces a document's record (importers write through the row journal instead
 *  when the write must undo; the merge takes the later updated_at). */
export function putBibliographyRaw(db: Db, row: BibliographyRow): void {
  prepared(
    db,
    `INSERT INTO document_bibliography (document_id, csl_json, source, zotero_library, zotero_key, citekey, updated_at)
     SELECT @document_id, @csl_json, @source, @zotero_library, @zotero_key, @citekey, @updated_at
      WHERE EXISTS (SELECT 1 FROM documents WHERE id = @document_id)
     ON CONFLICT (document_id) DO UPDATE SET csl_json = excluded.csl_json, source = excluded.source,
       zotero_library = excluded.zotero_library, zotero_key = excluded.zotero_key, citekey = excluded.citekey,
       updated_at = excluded.updated_at`,
  ).run(row);
}

/** A removed record's tombstone (migration 0016): its document's sha256 and when. */
export interface BibliographyTombstoneRow {
  document_sha256: string;
  deleted_at: string;
}

export function readBibliographyTombstones(db: Db): BibliographyTombstoneRow[] {
  return prepared(db, 'SELECT * FROM bibliography_tombstones ORDER BY document_sha256').all() as BibliographyTombstoneRow[];
}

export function getBibliographyTombstone(db: Db, sha256: string): BibliographyTombstoneRow | null {
  return (prepared(db, 'SELECT * FROM bibliography_tombstones WHERE document_sha256 = ?').get(sha256) as BibliographyTombstoneRow | undefined) ?? null;
}

/** Inserts or moves a tombstone (the merge keeps the later time). */
export function putBibliographyTombstoneRaw(db: Db, t: BibliographyTombstoneRow): void {
  prepared(
    db,
    'INSERT INTO bibliography_tombstones (document_sha256, deleted_at) VALUES (@document_sha256, @deleted_at) ON CONFLICT (document_sha256) DO UPDATE SET deleted_at = excluded.deleted_at',
  ).run(t);
}

export function deleteBibliographyTombstoneRaw(db: Db, sha256: string): void {
  prepared(db, 'DELETE FROM bibliography_tombstones WHERE document_sha256 = ?').run(sha256);
}

export function deleteBibliography(db: Db, documentId: string): void {
  prepared(db, 'DELETE FROM document_bibliography WHERE document_id = ?').run(documentId);
}

/** What the attach matcher knows of a document: its attributes, its record's DOI / URL, and the
 *  text of its first two pages (a report prints its DOI or URL on the cover or the back of it). */
export interface AttachCandidateRow {
  id: string;
  title: string;
  file_name: string;
  author: string;
  year: number | null;
  csl_json: string | null;
  front_text: string;
}

export function attachCandidateRows(db: Db): AttachCandidateRow[] {
  return prepared(
    db,
    `SELECT d.id, d.title, d.file_name, d.author, d.year, b.csl_json,
            coalesce((SELECT group_concat(substr(p.text, 1, 20000), char(10)) FROM pages p WHERE p.document_id = d.id AND p.page_index < 2), '') AS front_text
       FROM documents d LEFT JOIN document_bibliography b ON b.document_id = d.id
      ORDER BY d.title, d.id`,
  ).all() as AttachCandidateRow[];
}
