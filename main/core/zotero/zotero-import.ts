// Import from Zotero: read the library from a private snapshot (closed again before anything
// is written), pick the items (by key, by collection with its subcollections, or all), find
// each PDF attachment's file in storage/ (refusing any path that leaves it), match it to a
// document of the project (the item's Zotero key first, then the PDF's sha256), import the
// new PDFs in ONE run of Glossa's normal import (extraction workers, OCR, a backup first),
// then write each item's CSL record and attributes and add its reader annotations. Every
// item ends as imported / updated / unchanged / skipped (with the reason), and a re-import
// adds no document or highlight twice.
import { createHash } from 'node:crypto';
import type { Coder } from '../../../shared/domain/code';
import type { ImportSource } from '../../../shared/domain/import';
import type { ZoteroImportInput, ZoteroImportResult, ZoteroItemResult, ZoteroProgress } from '../../../shared/domain/zotero';
import { zoteroToCsl } from '../../../shared/csl/zotero-to-csl';
import { GlossaError, toErrorData } from '../../../shared/errors';
import { findDocumentBySha } from '../../db/repositories/documents';
import { documentsForZoteroItem } from '../../db/repositories/zotero-links';
import type { ExtractPool } from '../../pdf/extract-pool';
import type { OcrEngine } from '../../ocr/ocr-engine';
import type { ProjectHandle } from '../backend-context';
import { importPdfs } from '../documents/import-pdfs';
import { MAX_PDF_BYTES, readCandidate } from '../documents/import-sources';
import { importZoteroAnnotations } from './zotero-annotations';
import { collectionClosure, readLibrary, type ZAttachment, type ZLibrary, type ZLibraryItem } from './zotero-library';
import { applyZoteroMetadata } from './zotero-metadata';
import { withZoteroSnapshot } from '../../db/zotero/zotero-snapshot';
import { attachmentFile } from './zotero-storage';

export interface ZoteroImportOptions {
  coder: Coder;
  onProgress?(p: ZoteroProgress): void;
  signal?: AbortSignal;
  pool?: ExtractPool;
  ocr?: boolean;
  ocrEngine?: OcrEngine;
  backup?: boolean;
}

interface PlannedPdf {
  attachment: ZAttachment;
  /** The file's real path inside storage/ and its sha256, when it could be read. */
  path?: string;
  sha256?: string;
  documentId?: string;
  created?: boolean;
  error?: ReturnType<typeof toErrorData>;
}

interface PlannedItem {
  item: ZLibraryItem;
  pdfs: PlannedPdf[];
}

export function selectItems(lib: ZLibrary, input: Pick<ZoteroImportInput, 'items' | 'collections'>): ZLibraryItem[] {
  const wanted = input.items ? new Set(input.items) : null;
  let inCollections: Set<number> | null = null;
  if (input.collections) {
    const keys = new Set(input.collections);
    inCollections = collectionClosure(lib.collections, lib.collections.filter((c) => keys.has(c.key)).map((c) => c.collectionId));
  }
  return lib.items.filter(
    (i) => (!wanted || wanted.has(`${i.libraryId}:${i.key}`)) && (!inCollections || i.collectionIds.some((id) => inCollections.has(id))),
  );
}

/** Reads each PDF's bytes and finds the document it already is, if any. */
function plan(handle: ProjectHandle, dataDir: string, item: ZLibraryItem): PlannedItem {
  const byKey = documentsForZoteroItem(handle.db, item.libraryId, item.key);
  // The usual re-import: one PDF, imported before under this key. Nothing to read or hash
  // (a library of thousands of PDFs re-imports in seconds, not in a pass over gigabytes).
  if (item.pdfs.length === 1 && byKey.length === 1) return { item, pdfs: [{ attachment: item.pdfs[0], documentId: byKey[0].id }] };
  const pdfs = item.pdfs.map((attachment): PlannedPdf => {
    try {
      const file = attachmentFile(dataDir, attachment);
      // Hashed one at a time and let go: a library's PDFs together may not fit in memory.
      const sha256 = createHash('sha256').update(readCandidate({ name: file.name, path: file.path }, MAX_PDF_BYTES)).digest('hex');
      return { attachment, path: file.path, sha256 };
    } catch (err) {
      return { attachment, error: toErrorData(err) };
    }
  });
  const shas = pdfs.map((p) => p.sha256 ?? null);
  const claimed = new Set<string>();
  pdfs.forEach((p, i) => {
    const sha = p.sha256;
    if (!sha) return;
    // The item's own document with this file, then any document with this file, then (a PDF
    // replaced in Zotero) the item's document in the same place whose file the item no longer has.
    const own = byKey.find((d) => d.sha256 === sha) ?? findDocumentBySha(handle.db, sha) ?? byKey.filter((d) => !shas.includes(d.sha256))[i];
    if (own && !claimed.has(own.id)) {
      p.documentId = own.id;
      claimed.add(own.id);
    }
  });
  return { item, pdfs };
}

function resultOf(p: PlannedItem, metadataChanged: boolean, annotationsAdded: number): ZoteroItemResult {
  const documentIds = p.pdfs.flatMap((f) => (f.documentId ? [f.documentId] : []));
  const base = { libraryId: p.item.libraryId, key: p.item.key, title: p.item.data.fields.get('title') ?? '', documentIds, annotationsAdded };
  const error = p.pdfs.find((f) => f.error)?.error;
  const reason = error ? { reasonCode: error.code, reason: error.message, ...(error.params ? { reasonParams: error.params } : {}) } : {};
  if (documentIds.length === 0) {
    const none = { reasonCode: 'zotero.noPdf', reason: 'The item has no PDF stored in Zotero.' };
    return { ...base, outcome: 'skipped', ...(error ? reason : none) };
  }
  if (p.pdfs.some((f) => f.created)) return { ...base, outcome: 'imported', ...reason };
  return { ...base, outcome: metadataChanged || annotationsAdded > 0 ? 'updated' : 'unchanged', ...reason };
}

export async function importFromZotero(handle: ProjectHandle, input: ZoteroImportInput, opts: ZoteroImportOptions): Promise<ZoteroImportResult> {
  const progress = (phase: ZoteroProgress['phase'], done: number, total: number) => opts.onProgress?.({ phase, done, total });
  progress('reading', 0, 1);
  const { lib, dataDir } = await withZoteroSnapshot(input.dataDir, (s) => ({ lib: readLibrary(s), dataDir: s.dataDir }));
  const planned = selectItems(lib, input).map((item) => plan(handle, dataDir, item));
  progress('reading', 1, 1);

  // New PDFs in one run of the normal import: one backup, both extraction workers busy.
  const fresh = planned.flatMap((p) => p.pdfs.filter((f) => f.path && !f.documentId));
  const sources: ImportSource[] = fresh.map((f) => ({ kind: 'path', path: f.path! }));
  if (sources.length > 0) {
    const statuses = await importPdfs(handle, sources, {
      onProgress: (p) => progress('pdfs', Math.round(p.overall * sources.length), sources.length),
      signal: opts.signal,
      pool: opts.pool,
      ocr: opts.ocr,
      ocrEngine: opts.ocrEngine,
      backup: opts.backup,
    });
    statuses.forEach((s, i) => {
      const f = fresh[i];
      if (s.state === 'done' && s.documentId) {
        f.documentId = s.documentId;
        f.created = true;
      } else if (s.state === 'duplicate') {
        // The same file attached to two items of this import: both point at one document.
        f.documentId = findDocumentBySha(handle.db, f.sha256!)?.id;
      } else {
        f.error = { code: (s.errorCode ?? 'import.broken') as never, message: s.message ?? `"${s.name}" was not imported.` };
      }
    });
  }

  const items: ZoteroItemResult[] = [];
  for (const [i, p] of planned.entries()) {
    if (opts.signal?.aborted) throw new GlossaError('import.cancelled', 'Import cancelled');
    progress('annotations', i, planned.length);
    const csl = zoteroToCsl(p.item.data);
    let changed = false;
    let added = 0;
    for (const f of p.pdfs) {
      if (!f.documentId) continue;
      changed = applyZoteroMetadata(handle.db, f.documentId, p.item, csl, f.created === true) || changed;
      added += (await importZoteroAnnotations(handle.db, opts.coder, f.documentId, f.attachment.annotations)).added;
    }
    items.push(resultOf(p, changed, added));
  }
  progress('done', planned.length, planned.length);
  const count = (o: ZoteroItemResult['outcome']) => items.filter((r) => r.outcome === o).length;
  return {
    dataDir,
    items,
    imported: count('imported'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    skipped: count('skipped'),
    annotationsAdded: items.reduce((n, r) => n + r.annotationsAdded, 0),
  };
}
