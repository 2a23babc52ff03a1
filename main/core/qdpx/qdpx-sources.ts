// The sources of a .qdpx import, in two steps so nothing touches the new project before its
// one transaction: loadSources reads each PDF (or makes one from a text source) and gets its
// page texts from the shared extraction pool — pdf.js never runs in the importing process,
// so a hostile PDF meets the pool's no-progress watchdog and memory cap like any import —
// and insertSources, called inside the import's transaction, stores the documents.
// A text source becomes a PDF (text-to-pdf.ts) whose pages show known slices of its text,
// aligned with the page texts pdf.js extracts (source-alignment.ts);
// a PDF source's text representation is used as its page texts when it splits into one part
// per page at form feeds (as Glossa and pdftotext write it), else pdf.js extracts them.
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
import { type ImportReport, note } from './import-report';
import type { SafeZip } from './safe-zip';
import { alignPage, type PageAlignment } from './source-alignment';
import { decodeSourceText, type SourceText, sourceText } from './source-text';
import { textToPdf } from './text-to-pdf';

/** A source read from the archive, with its page texts, not yet stored. */
export interface LoadedSource {
  src: QdePdfSource;
  bytes: Uint8Array;
  pages: string[];
  /** Code-point offset in `text.text` where each page's part of it starts, and its length (when direct). */
  starts: number[];
  lengths: number[];
  /** For a text source: each page's slice of the text aligned with the page text; null: identical. */
  align: PageAlignment[] | null;
  /** True when the pages are slices of the source's text (offsets map directly). */
  direct: boolean;
  /** The source's text (a PDF's representation), decoded: what the other tool's offsets count. */
  text: SourceText | null;
  /** The PDF's own page labels (REFI-QDA has none: read from the PDF, as an import does). */
  pageLabels: string[] | null;
  /** What produced `pages`: our extractor, or null when they are the other tool's text. */
  extractor: DocumentExtractor | null;
}

/** A stored source as the selection import needs it. */
export interface DocPages {
  id: string;
  pages: string[];
  /** Code-point start and length of each page's part of the source's text (when direct). */
  starts: number[];
  lengths: number[];
  align: PageAlignment[] | null;
  joined: string;
  direct: boolean;
  text: SourceText | null;
}

/** An entry of the archive's sources folder (REFI-QDA names are case-insensitive), or null. */
export async function sourceEntry(zip: SafeZip, name: string): Promise<Buffer | null> {
  const stored = zip.names.get(`sources/${name}`.toLowerCase());
  return stored ? zip.read(stored) : null;
}

/** Reads every source; one that is missing or unreadable is skipped with a warning. */
export async function loadSources(zip: SafeZip, model: QdeModel, pool: ExtractPool, report: ImportReport): Promise<LoadedSource[]> {
  const loaded: LoadedSource[] = [];
  for (const src of model.sources) {
    const file = src.textFile ? await sourceEntry(zip, src.textFile) : null;
    const text = file ? decodeSourceText(file) : src.textContent !== null ? sourceText(src.textContent) : null;
    if (src.kind === 'text') {
      if (!text) {
        note(report, 'sourceMissing', `"${src.name}" was not imported: its text is missing from the archive.`);
        continue;
      }
      const made = await textToPdf(src.name, text.text);
      const index = codePointIndex(text.text);
      try {
        const extracted = await pool.extract(made.bytes, { fileName: src.name });
        if (extracted.pageCount !== made.pages.length) throw new GlossaError('internal', `The PDF made from "${src.name}" has ${extracted.pageCount} pages, not ${made.pages.length}.`);
        const align = made.pages.map((slice, p) => alignPage(slice, extracted.pages[p]));
        const slices = made.pages.map((slice, p) => ({ start: index.toCodePoint(made.starts[p]), length: codePointIndex(slice).codePointLength }));
        loaded.push({ src, bytes: made.bytes, pages: extracted.pages, starts: slices.map((x) => x.start), lengths: slices.map((x) => x.length), align, direct: true, text, pageLabels: null, extractor: currentExtractor(extracted.meta.pdfjsVersion) });
        // Said only of a source that was imported: a missing one gets its own warning instead.
        if (src.richText) note(report, 'richText', `The formatting of "${src.name}" (rich text) was not imported; its plain text was.`);
      } catch (err) {
        if (!(err instanceof GlossaError) || err.code === 'internal') throw err;
        note(report, 'sourceUnreadable', `"${src.name}" was not imported: ${err.message}`);
      }
      continue;
    }
    const bytes = await sourceEntry(zip, src.pdfFile);
    if (!bytes) {
      note(report, 'sourceMissing', `"${src.name}" was not imported: its PDF (${src.pdfFile}) is missing from the archive.`);
      continue;
    }
    try {
      sniffPdf(bytes, src.name);
      // The pool answers with a GlossaError naming the source (damaged, encrypted, too slow).
      const extracted = await pool.extract(bytes, { fileName: src.name });
      const split = text?.text.split(PAGE_SEPARATOR);
      const direct = split !== undefined && split.length === extracted.pageCount;
      const pages = direct ? split : extracted.pages;
      const lengths = pages.map((p) => codePointIndex(p).codePointLength);
      const starts: number[] = [];
      lengths.reduce((acc, len) => (starts.push(acc), acc + len + 1), 0);
      // Pages that are the other tool's text (direct) were not produced by our extractor.
      const extractor = direct ? null : currentExtractor(extracted.meta.pdfjsVersion);
      loaded.push({ src, bytes, pages, starts, lengths, align: null, direct, text, pageLabels: extracted.meta.pageLabels, extractor });
    } catch (err) {
      if (!(err instanceof GlossaError) || err.code === 'internal') throw err;
      note(report, 'sourceUnreadable', `"${src.name}" was not imported: ${err.message}`);
    }
  }
  return loaded;
}

/** Stores the loaded sources (inside the caller's transaction); source guid -> stored document. */
export function insertSources(db: Db, loaded: readonly LoadedSource[], report: ImportReport, counts: QdpxImportResult): Map<string, DocPages> {
  const docs = new Map<string, DocPages>();
  for (const { src, bytes, pages, starts, lengths, align, direct, text, pageLabels, extractor } of loaded) {
    const sha = createHash('sha256').update(bytes).digest('hex');
    const existing = findDocumentBySha(db, sha);
    if (existing) note(report, 'samePdf', `"${src.name}" is the same PDF as "${existing.title}"; its selections were added to that document.`);
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
          ...attributes(src, report),
          pageLabels: pageLabelsAtImport(pageLabels, pages),
          extractor,
        },
        pages,
        bytes,
      ).id;
    if (!existing) counts.documents++;
    docs.set(src.guid, { id, pages, starts, lengths, align, joined: pages.join(PAGE_SEPARATOR), direct, text });
  }
  return docs;
}

const VOCABULARIES: Readonly<Record<string, readonly string[]>> = { Organisation: ORGANISATIONS, 'Document type': DOCUMENT_TYPES, Language: LANGUAGES };

/** A value of a vocabulary variable that Glossa's list lacks (qdpx-notes.ts keeps it in the document memo). */
export function unlistedValue(name: string, value: string): boolean {
  const list = VOCABULARIES[name];
  return list !== undefined && value !== '' && !list.includes(value);
}

/** The document attributes a source's variables give, within Glossa's vocabularies. */
function attributes(src: QdePdfSource, report: ImportReport) {
  const get = (name: string) => src.variables.get(name) ?? '';
  const vocab = (name: string, list: readonly string[]) => {
    const v = get(name);
    if (unlistedValue(name, v)) note(report, 'attributeValue', `"${src.name}": ${name} "${v}" is not one of Glossa's values; it was kept in the document's memo.`);
    return list.includes(v) ? v : '';
  };
  const yearText = get('Year');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const countries = get('Countries').split(/[;,]/).map((c) => c.trim()).filter(Boolean);
  const bad = countries.filter((c) => !COUNTRIES.includes(c as never));
  if (bad.length) note(report, 'attributeValue', `"${src.name}": countries ${bad.join(', ')} are not in Glossa's list and were left out.`);
  return {
    organisation: vocab('Organisation', ORGANISATIONS),
    countries: countries.filter((c) => COUNTRIES.includes(c as never)),
    year: year !== null && year >= 1800 && year <= new Date().getUTCFullYear() + 1 ? year : null,
    docType: vocab('Document type', DOCUMENT_TYPES),
    language: vocab('Language', LANGUAGES),
    author: get('Author').slice(0, 2000),
  };
}
