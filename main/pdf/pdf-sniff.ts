// Cheap checks on raw bytes before a PDF reaches a parser thread: is it a PDF at all, and
// does it still have its end-of-file trailer? pdf.js rebuilds a missing cross-reference
// table by scanning, so a download cut short would otherwise import silently with pages
// missing; a file with neither `startxref` nor `%%EOF` in its last 1 KiB is refused.
import { pdfError } from './pdf-errors';

/** The PDF spec allows junk before the header; pdf.js and Acrobat look in the first 1 KiB. */
const HEADER_WINDOW = 1024;
/** `startxref <offset> %%EOF` sits at the very end; 1 KiB allows for trailing junk/newlines. */
const TRAILER_WINDOW = 1024;

function includesAscii(bytes: Uint8Array, needle: string, from: number, to: number): boolean {
  const n = needle.length;
  outer: for (let i = Math.max(0, from); i <= Math.min(bytes.length, to) - n; i++) {
    for (let j = 0; j < n; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/** Throws import.notPdf / import.broken (GlossaError naming the file) when the bytes cannot be a whole PDF. */
export function sniffPdf(bytes: Uint8Array, fileName: string): void {
  if (!includesAscii(bytes, '%PDF-', 0, HEADER_WINDOW)) {
    throw pdfError('import.notPdf', fileName);
  }
  const tailFrom = bytes.length - TRAILER_WINDOW;
  if (!includesAscii(bytes, '%%EOF', tailFrom, bytes.length) && !includesAscii(bytes, 'startxref', tailFrom, bytes.length)) {
    throw pdfError('import.broken', fileName, 'the end of the file is missing; it is probably truncated');
  }
}
