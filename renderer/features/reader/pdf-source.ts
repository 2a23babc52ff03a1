// How the reader gets a document's PDF: whole over the API, or by HTTP Range from the web
// host (pdf.js reads only the chunks it needs). Range pays one round trip through the backend
// thread per chunk pdf.js asks for in turn (trailer, xref, page tree, the page's objects):
// measured on the 1.1 MB bench report, 4 chunk round trips cost ~170 ms more to open than the
// whole file in one answer. From a few MB on, the whole file costs more than the round trips
// (a 20 MB annex is ~0.3 s of transfer and a 20 MB copy into the worker before the first page).
import type { PdfRangeSource } from '../../pdf/pdf-adapter';
import { pdfRangeSource } from '../../api';
import { libraryStore } from '../library/library-store';

export const RANGE_FROM_BYTES = 4 * 1024 * 1024;

/** The range source for a large PDF in the web host; null = send the bytes (desktop, small or unknown size). */
export function rangeSourceFor(documentId: string): PdfRangeSource | null {
  const size = libraryStore.getSnapshot().docs.find((d) => d.id === documentId)?.byteSize ?? 0;
  return size >= RANGE_FROM_BYTES ? pdfRangeSource(documentId) : null;
}
