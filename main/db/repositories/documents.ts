// Documents with their original PDF bytes and per-page text, and the full-text indexes kept
// in step with them (page-index.ts: exact and stemmed, contentless, no triggers, because
// shared files are checked against an exact schema), so every write that adds or removes
// pages also writes both indexes, in the same transaction.
import { extractorJson } from '../../../shared/rules/extractor-rules';
import { randomUUID } from 'node:crypto';
import type { DocumentFilter, DocumentMeta, DocumentPatch } from '../../../shared/domain/document';
import { GlossaError } from '../../../shared/errors';
import { checkSha256 } from '../../../shared/rules/document-rules';
import type { Db } from '../connection';
import { documentFilterSql } from './document-filter';
import {
  DOCUMENT_COLUMNS, type DocumentRow, PATCH_COLUMNS, pageLabelsJson, parsePageLabels, patchValue, rowToDocument, validatePatch,
} from './document-rows';
import { indexPage } from './page-index';
import { prepared } from './statement-cache';

/** What the importer supplies; id and timestamps are set here. */
export type NewDocument = Omit<DocumentMeta, 'id' | 'importedAt' | 'updatedAt' | 'pageLabelFix'>;
// extractor: the record of what produced `pageTexts` (optional only for callers that cannot know).

function notFound(id: string): GlossaError {
  return new GlossaError('document.notFound', 'The document is no longer in this project.', { id });
}

/**
 * Stores a document, its PDF bytes and its page texts, and indexes the pages: ONE
 * transaction, so a failure leaves the project as it was. Throws import.duplicate when a
 * document with the same sha256 exists, api.badInput for invalid attributes or counts.
 */
export function insertDocument(db: Db, input: NewDocument, pageTexts: string[], pdfBytes: Uint8Array): DocumentMeta {
  if (input.pageCount !== pageTexts.length) {
    throw new GlossaError('api.badInput', `pageCount ${input.pageCount} does not match ${pageTexts.length} page texts`, { field: 'pageCount' });
  }
  if (input.byteSize !== pdfBytes.byteLength) {
    throw new GlossaError('api.badInput', `byteSize ${input.byteSize} does not match ${pdfBytes.byteLength} bytes`, { field: 'byteSize' });
  }
  checkSha256(input.sha256);
  // Missing optional attributes mean "unknown" (the importer may leave them out).
  const attrs = validatePatch({
    title: (input.title ?? '').trim() === '' ? input.fileName : input.title,
    author: input.author ?? '',
    organisation: input.organisation ?? '',
    countries: input.countries ?? [],
    year: input.year ?? null,
    docType: input.docType ?? '',
    language: input.language ?? '',
  });
  const now = new Date().toISOString();
  const doc: DocumentMeta = {
    id: randomUUID(),
    sha256: input.sha256,
    fileName: input.fileName,
    title: attrs.title!,
    author: attrs.author!,
    organisation: attrs.organisation!,
    countries: attrs.countries!,
    year: attrs.year!,
    docType: attrs.docType!,
    language: attrs.language!,
    pageCount: pageTexts.length,
    byteSize: pdfBytes.byteLength,
    pdfDate: typeof input.pdfDate === 'string' && input.pdfDate !== '' ? input.pdfDate : null,
    importedAt: now,
    updatedAt: now,
    pageLabels: parsePageLabels(pageLabelsJson(input.pageLabels), pageTexts.length),
    pageLabelFix: null,
    extractor: input.extractor ?? null,
  };
  const extractor = extractorJson(doc.extractor);
  const insertDoc = prepared(
    db,
    `INSERT INTO documents (${DOCUMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFile = prepared(db, 'INSERT INTO document_files (document_id, bytes) VALUES (?, ?)');
  const insertPage = prepared(db, 'INSERT INTO pages (document_id, page_index, text) VALUES (?, ?, ?)');
  db.transaction(() => {
    if (findDocumentBySha(db, doc.sha256)) {
      throw new GlossaError('import.duplicate', `${doc.fileName} is already in this project.`, { name: doc.fileName });
    }
    insertDoc.run(
      doc.id, doc.sha256, doc.fileName, doc.title, doc.author, doc.organisation, JSON.stringify(doc.countries), doc.year,
      doc.docType, doc.language, doc.pageCount, doc.byteSize, doc.pdfDate, doc.importedAt, doc.updatedAt,
      pageLabelsJson(doc.pageLabels), null, extractor,
    );
    insertFile.run(doc.id, Buffer.from(pdfBytes.buffer, pdfBytes.byteOffset, pdfBytes.byteLength));
    pageTexts.forEach((text, pageIndex) => {
      const pageId = insertPage.run(doc.id, pageIndex, text).lastInsertRowid;
      indexPage(db, pageId, text);
    });
  })();
  return doc;
}

export function findDocumentBySha(db: Db, sha256: string): DocumentMeta | null {
  const row = prepared(db, `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE sha256 = ?`).get(sha256) as DocumentRow | undefined;
  return row ? rowToDocument(row) : null;
}

/** Documents matching the filter, by title. */
export function listDocuments(db: Db, filter?: DocumentFilter): DocumentMeta[] {
  const where = documentFilterSql(db, filter);
  const rows = prepared(db, `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE 1 = 1${where.sql} ORDER BY d.title, d.id`).all(
    ...where.params,
  ) as DocumentRow[];
  return rows.map(rowToDocument);
}

/** Throws document.notFound when absent. */
export function getDocument(db: Db, id: string): DocumentMeta {
  const row = prepared(db, `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`).get(id) as DocumentRow | undefined;
  if (!row) throw notFound(id);
  return rowToDocument(row);
}

/** Edits attributes (validated against the vocabularies); returns the updated document. */
export function updateDocument(db: Db, id: string, patch: DocumentPatch): DocumentMeta {
  const valid = validatePatch(patch);
  if (valid.pageLabelFix && valid.pageLabelFix.pdfPage > getDocument(db, id).pageCount) {
    throw new GlossaError('api.badInput', `This document has no page ${valid.pageLabelFix.pdfPage}.`, { field: 'pageLabelFix' });
  }
  const keys = Object.keys(valid) as Array<keyof DocumentPatch>;
  const sets = keys.map((k) => `${PATCH_COLUMNS[k]} = ?`).concat('updated_at = ?').join(', ');
  const values = keys.map((k) => patchValue(k, valid[k]));
  const info = prepared(db, `UPDATE documents SET ${sets} WHERE id = ?`).run(...values, new Date().toISOString(), id);
  if (info.changes === 0) throw notFound(id);
  return getDocument(db, id);
}

/** The original PDF as imported (a plain Uint8Array view, no copy). */
export function getPdfBytes(db: Db, id: string): Uint8Array {
  const row = prepared(db, 'SELECT bytes FROM document_files WHERE document_id = ?').get(id) as { bytes: Buffer } | undefined;
  if (!row) throw notFound(id);
  return new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
}

/** Size in bytes of the stored PDF (the blob itself, not the byte_size a received file claims). */
export function getPdfSize(db: Db, id: string): number {
  const row = prepared(db, 'SELECT length(bytes) AS n FROM document_files WHERE document_id = ?').get(id) as { n: number } | undefined;
  if (!row) throw notFound(id);
  return row.n;
}

/** Bytes [start, end] (inclusive) of the stored PDF, fewer past its end. */
export function getPdfRange(db: Db, id: string, start: number, end: number): Uint8Array {
  const row = prepared(db, 'SELECT substr(bytes, ?, ?) AS part FROM document_files WHERE document_id = ?').get(start + 1, end - start + 1, id) as
    | { part: Buffer }
    | undefined;
  if (!row) throw notFound(id);
  return new Uint8Array(row.part.buffer, row.part.byteOffset, row.part.byteLength);
}

/** Text of one page (0-based), as extracted at import. */
export function getPageText(db: Db, id: string, pageIndex: number): string {
  const row = prepared(db, 'SELECT text FROM pages WHERE document_id = ? AND page_index = ?').get(id, pageIndex) as { text: string } | undefined;
  if (row) return row.text;
  getDocument(db, id); // throws document.notFound for an unknown document
  throw new GlossaError('api.badInput', `Page ${pageIndex + 1} does not exist in this document.`, { field: 'pageIndex' });
}

export function countDocuments(db: Db): number {
  return (prepared(db, 'SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

/** Texts of pages [from, from + count) in page order; fewer past the last page (an unknown document throws). */
export function getPageTexts(db: Db, id: string, from: number, count: number): string[] {
  const rows = prepared(db, 'SELECT text FROM pages WHERE document_id = ? AND page_index >= ? AND page_index < ? ORDER BY page_index')
    .all(id, from, from + count) as Array<{ text: string }>;
  if (rows.length === 0) getDocument(db, id);
  return rows.map((r) => r.text);
}

/** Pages stored for one document, or for the whole project when no id is given. */
export function countPages(db: Db, documentId?: string): number {
  const row = documentId === undefined
    ? (prepared(db, 'SELECT count(*) AS n FROM pages').get() as { n: number })
    : (prepared(db, 'SELECT count(*) AS n FROM pages WHERE document_id = ?').get(documentId) as { n: number });
  return row.n;
}
