// Reads a .qdpx (ZIP) from an untrusted source. The central directory is checked in full
// BEFORE any entry is inflated, and one bad entry refuses the whole archive:
//   - names: no "..", no absolute paths ("/x", "C:x", "\\server"), no backslashes, no NUL,
//     no drive letters, at most 512 characters — nothing that could escape a folder if a
//     later version ever extracted to disk (we never do: entries are read into memory);
//   - no symbolic links (Unix mode S_IFLNK in the high 16 bits of the external attributes);
//   - at most 20,000 entries; each entry at most 1 GiB uncompressed (Glossa's PDF cap), the
//     archive at most 4 GiB uncompressed; entries above 1 MiB at most 200x compressed (text
//     and XML compress ~5-20x, PDFs ~1-2x; a zip bomb's zeros ~1000x).
// While inflating, yauzl checks that the real size equals the declared one, so a lying
// header cannot slip past the caps either.
import yauzl from 'yauzl';
import { GlossaError } from '../../../shared/errors';

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  maxRatio: number;
  /** Entries smaller than this are exempt from the ratio cap (tiny files compress oddly). */
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxEntryBytes: 1024 ** 3,
  maxTotalBytes: 4 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 1024 ** 2,
};

export interface SafeZip {
  /** Entry names as stored, keyed by lower-case name (REFI-QDA readers must be case-insensitive). */
  names: Map<string, string>;
  read(name: string): Promise<Buffer>;
  /** Declared uncompressed size of an entry (checked against the real size while inflating). */
  size(name: string): number;
  close(): void;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function unsafe(message: string, name: string): GlossaError {
  return new GlossaError('qdpx.unsafeArchive', `This .qdpx file was refused: ${message} ("${name.slice(0, 120)}"). Nothing was imported.`, {
    detail: name.slice(0, 200),
  });
}

/** Throws qdpx.unsafeArchive for names that could escape a folder or mean something else on another OS. */
export function checkEntryName(name: string): void {
  if (name.length === 0 || name.length > 512) throw unsafe('an entry has an empty or overlong name', name);
  if (name.includes('\u0000')) throw unsafe('an entry name contains a NUL character', name);
  if (name.includes('\\')) throw unsafe('an entry name contains a backslash', name);
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) throw unsafe('an entry has an absolute path', name);
  if (name.split('/').some((part) => part === '..' || part === '.')) throw unsafe('an entry name climbs out of the archive ("..")', name);
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true, decodeStrings: true }, (err, zip) => {
      if (err || !zip) reject(new GlossaError('qdpx.badArchive', `This file is not a .qdpx (ZIP) archive Glossa can read: ${err?.message ?? 'unknown error'}`));
      else resolve(zip);
    });
  });
}

export async function openSafeZip(file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<SafeZip> {
  const zip = await openZip(file);
  try {
    if (zip.entryCount > limits.maxEntries) throw unsafe(`it has ${zip.entryCount} entries (at most ${limits.maxEntries})`, file);
    const entries = new Map<string, yauzl.Entry>();
    const names = new Map<string, string>();
    let total = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (e: Error) => {
        if (e instanceof GlossaError) return reject(e);
        // yauzl's own name checks ("invalid relative path", "absolute path", backslashes).
        if (/path|fileName|characters/i.test(e.message)) return reject(unsafe(`an entry has an unsafe name (${e.message})`, file));
        reject(new GlossaError('qdpx.badArchive', `The .qdpx archive is damaged: ${e.message}`));
      });
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        try {
          const name = entry.fileName;
          checkEntryName(name);
          const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
          if (mode === S_IFLNK) throw unsafe('an entry is a symbolic link', name);
          if (entry.uncompressedSize > limits.maxEntryBytes) throw unsafe(`an entry is larger than ${limits.maxEntryBytes} bytes uncompressed`, name);
          total += entry.uncompressedSize;
          if (total > limits.maxTotalBytes) throw unsafe(`the archive is larger than ${limits.maxTotalBytes} bytes uncompressed`, name);
          if (entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)) {
            throw unsafe(`an entry is compressed more than ${limits.maxRatio} times (a "zip bomb")`, name);
          }
          if (!name.endsWith('/')) {
            const key = name.toLowerCase();
            if (names.has(key)) throw unsafe('two entries have the same name', name);
            names.set(key, name);
            entries.set(name, entry);
          }
          zip.readEntry();
        } catch (e) {
          reject(e);
        }
      });
      zip.readEntry();
    });
    return {
      names,
      read(name) {
        const entry = entries.get(name);
        if (!entry) return Promise.reject(new GlossaError('qdpx.badArchive', `The .qdpx archive has no entry "${name}".`));
        return new Promise<Buffer>((resolve, reject) => {
          zip.openReadStream(entry, (err, stream) => {
            if (err || !stream) return reject(new GlossaError('qdpx.badArchive', `Cannot read "${name}" from the .qdpx archive: ${err?.message ?? ''}`));
            const chunks: Buffer[] = [];
            let size = 0;
            stream.on('data', (c: Buffer) => {
              size += c.length;
              if (size > limits.maxEntryBytes) stream.destroy(unsafe('an entry inflates beyond its cap', name));
              else chunks.push(c);
            });
            stream.on('error', (e: Error) => reject(e instanceof GlossaError ? e : new GlossaError('qdpx.badArchive', `"${name}" in the .qdpx archive is damaged: ${e.message}`)));
            stream.on('end', () => resolve(Buffer.concat(chunks)));
          });
        });
      },
      size: (name) => entries.get(name)?.uncompressedSize ?? 0,
      close: () => zip.close(),
    };
  } catch (err) {
    zip.close();
    throw err;
  }
}
