// Turns what the user dropped or named (files, folders, in-memory bytes) into a flat list
// of PDF candidates, and reads one candidate's bytes with the size cap applied before
// anything is loaded. Folders expand recursively to their *.pdf files, sorted by path.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportSource } from '../../../shared/domain/import';
import { GlossaError } from '../../../shared/errors';
import { pdfError } from '../../pdf/pdf-errors';

/** 1 GiB: larger than any report we know of (600-page reports are 5-60 MB). */
export const MAX_PDF_BYTES = 1024 ** 3;

export type ImportCandidate =
  | { name: string; path: string }
  | { name: string; bytes: Uint8Array }
  /** A path that could not be used (missing, unreadable folder); reported as failed. */
  | { name: string; error: GlossaError };

function pdfFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // Symlinked folders are not followed: a link back up the tree would never end.
    if (entry.isDirectory()) out.push(...pdfFilesUnder(full));
    else if (/\.pdf$/i.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && fs.statSync(full).isFile()))) out.push(full);
  }
  return out.sort();
}

export function expandSources(sources: readonly ImportSource[]): ImportCandidate[] {
  const out: ImportCandidate[] = [];
  for (const src of sources) {
    if (src.kind === 'bytes') {
      out.push({ name: src.name, bytes: src.bytes });
      continue;
    }
    const name = path.basename(src.path);
    try {
      const stat = fs.statSync(src.path);
      if (stat.isDirectory()) {
        for (const file of pdfFilesUnder(src.path)) out.push({ name: path.basename(file), path: file });
      } else {
        out.push({ name, path: src.path });
      }
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (err as Error).message;
      out.push({ name, error: new GlossaError('import.broken', `"${name}" could not be read (${reason}).`, { file: name, detail: reason }) });
    }
  }
  return out;
}

function sizeError(name: string, size: number, max: number): GlossaError {
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return pdfError('import.tooLarge', name, `${mb(size)}; the limit is ${mb(max)}`);
}

/** Reads the candidate's bytes; throws a GlossaError naming the file when it cannot. */
export function readCandidate(c: ImportCandidate, maxBytes = MAX_PDF_BYTES): Uint8Array {
  if ('error' in c) throw c.error;
  if ('bytes' in c) {
    if (c.bytes.byteLength > maxBytes) throw sizeError(c.name, c.bytes.byteLength, maxBytes);
    return c.bytes;
  }
  try {
    const size = fs.statSync(c.path).size;
    if (size > maxBytes) throw sizeError(c.name, size, maxBytes);
    const buf = fs.readFileSync(c.path);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (err) {
    if (err instanceof GlossaError) throw err;
    const msg = (err as Error).message;
    throw new GlossaError('import.broken', `"${c.name}" could not be read (${msg}).`, { file: c.name, detail: msg });
  }
}
