// The sources of a .qdpx import, in two steps so nothing touches the new project before its
// one transaction: loadSources reads each PDF (or makes one from a text source) and gets its
// page texts from the shared extraction pool — pdf.js never runs in the importing process,
// so a hostile PDF meets the pool's no-progress watchdog and memory cap like any import —
// and insertSources, called inside the import's transaction, stores the documents.
import type { DocumentExtractor } from '../../../shared/domain/document';
import { currentExtractor } from '../../pdf/extractor-record';
import { pageLabelsAtImport } from '../documents/prefill-metadata';
import { createHash } from 'node:crypto';
import { codePointIndex } from '../../../shared/anchoring/code-points';
import type { QdpxImportResult } from '../../../shared/domain/share';
import { COUNTRIES, DOCUMENT_TYPES, LANGUAGES, ORGANISATIONS } from '../../../shared/domain/vocabulary';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { findDocumentBySha, insertDocument } from '../../db/repositories/documents';
import type { ExtractPool } from '../../pdf/extract-pool';
import { sniffPdf } from '../../pdf/pdf-sniff';
import { PAGE_SEPARATOR } from './qdpx-xml';
import type { QdeModel, QdePdfSource } from './qdpx-model';
import type { SafeZip } from './safe-zip';
import { textToPdf } from './text-to-pdf';

/** A source read from the archive, with its page texts, not yet stored. */
export interface LoadedSource {
  src: QdePdfSource;
  bytes: Uint8Array;
  pages: string[];
  /** True when the source's text representation is exactly our pages (offsets map directly). */
  direct: boolean;
  repText: string | null;
  /** The PDF's own page labels (REFI-QDA has none: read from the PDF, as an import does). */
  pageLabels: string[] | null;
  /** What produced `pages`: our extractor, or null when they are the other tool's text. */
  extractor: DocumentExtractor | null;
}

/** A stored source as the selection import needs it. */
export interface DocPages {
  id: string;
  pages: string[];
  /** Code-point start of each page in the representation (pages joined by form feeds). */
  starts: number[];
  lengths: number[];
  joined: string;
  direct: boolean;
  repText: string | null;
}

/** An entry of the archive's sources folder (REFI-QDA names are case-insensitive), or null. */
export async function sourceEntry(zip: SafeZip, name: string): Promise<Buffer | null> {
  const stored = zip.names.get(`sources/${name}`.toLowerCase());
  return stored ? zip.read(stored) : null;
}

/** Reads every source; one that is missing or unreadable is skipped with a warning. */
export async function loadSources(zip: SafeZip, model: QdeModel, pool: ExtractPool, warnings: string[]): Promise<LoadedSource[]> {
  const loaded: LoadedSource[] = [];
  for (const src of model.sources) {
    const sourceText = src.textFile ? ((await sourceEntry(zip, src.textFile))?.toString('utf8') ?? null) : src.textContent;
    const bytes = src.kind === 'text' ? (sourceText === null ? null : await textToPdf(src.name, sourceText)) : await sourceEntry(zip, src.pdfFile);
    if (!bytes) {
      warnings.push(`"${src.name}" was not imported: its ${src.kind === 'text' ? 'text' : `PDF (${src.pdfFile})`} is missing from the archive.`);
      continue;
    }
    try {
      sniffPdf(bytes, src.name);
      // The pool answers with a GlossaError naming the source (damaged, encrypted, too slow).
      const extracted = await pool.extract(bytes, { fileName: src.name });
      const split = src.kind === 'pdf' ? sourceText?.split(PAGE_SEPARATOR) : undefined;
      const direct = split !== undefined && split.length === extracted.pageCount;
      const extractor = direct ? null : currentExtractor(extracted.meta.pdfjsVersion);
      loaded.push({ src, bytes, pages: direct ? split : extracted.pages, direct, repText: sourceText, pageLabels: extracted.meta.pageLabels, extractor });
    } catch (err) {
      if (!(err instanceof GlossaError) || err.code === 'internal') throw err;
      warnings.push(`"${src.name}" was not imported: ${err.message}`);
    }
  }
  return loaded;
}

/** Stores the loaded sources (inside the caller's transaction); source guid -> stored document. */
export function insertSources(db: Db, loaded: readonly LoadedSource[], warnings: string[], counts: QdpxImportResult): Map<string, DocPages> {
  const docs = new Map<string, DocPages>();
  for (const { src, bytes, pages, direct, repText, pageLabels, extractor } of loaded) {
    const sha = createHash('sha256').update(bytes).digest('hex');
    const existing = findDocumentBySha(db, sha);
    if (existing) warnings.push(`"${src.name}" is the same PDF as "${existing.title}"; its selections were added to that document.`);
    const id =
      existing?.id ??
      insertDocument(
        db,
        {
          sha256: sha,
          fileName: src.kind === 'text' ? `${src.name || 'text'}.pdf` : src.pdfFile,
          title: (src.name.replace(/\.pdf$/i, '').trim() || src.pdfFile).slice(0, 2000),
          pageCount: pages.length,
          byteSize: bytes.byteLength,
          pdfDate: null,
          ...attributes(src, warnings),
          pageLabels: pageLabelsAtImport(pageLabels, pages),
          extractor,
        },
        pages,
        bytes,
      ).id;
    if (!existing) counts.documents++;
    const lengths = pages.map((p) => codePointIndex(p).codePointLength);
    const starts: number[] = [];
    lengths.reduce((acc, len) => (starts.push(acc), acc + len + 1), 0);
    docs.set(src.guid, { id, pages, starts, lengths, joined: pages.join(PAGE_SEPARATOR), direct, repText });
  }
  return docs;
}

/** The document attributes a source's variables give, within Glossa's vocabularies. */
function attributes(src: QdePdfSource, warnings: string[]) {
  const get = (name: string) => src.variables.get(name) ?? '';
  const vocab = (name: string, list: readonly string[]) => {
    const v = get(name);
    if (v && !list.includes(v)) warnings.push(`"${src.name}": ${name} "${v}" is not one of Glossa's values and was left empty.`);
    return list.includes(v) ? v : '';
  };
  const yearText = get('Year');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const countries = get('Countries').split(/[;,]/).map((c) => c.trim()).filter(Boolean);
  const bad = countries.filter((c) => !COUNTRIES.includes(c as never));
  if (bad.length) warnings.push(`"${src.name}": countries ${bad.join(', ')} are not in Glossa's list and were left out.`);
  return {
    organisation: vocab('Organisation', ORGANISATIONS),
    countries: countries.filter((c) => COUNTRIES.includes(c as never)),
    year: year !== null && year >= 1800 && year <= new Date().getUTCFullYear() + 1 ? year : null,
    docType: vocab('Document type', DOCUMENT_TYPES),
    language: vocab('Language', LANGUAGES),
    author: get('Author').slice(0, 2000),
  };
}
