// The rules for a stored page preview (table page_previews), applied when the importer stores
// one and to every preview row of a project file before it is opened (main/db/row-check.ts).
// A colleague's file is untrusted: the image is shown in the reader as it stands, so it must
// be a small image of a known type whose first bytes say so (the browser would otherwise sniff
// it), of a sane size, on a page the document has.
import { GlossaError } from '../errors';
import type { PreviewMime } from '../domain/preview';

/** 800 px wide WebP of a dense A4 page is ~90 KB; 1 MB leaves room and bounds a hostile row. */
export const MAX_PREVIEW_BYTES = 1024 * 1024;
/** Pixels per side; the reader never needs more than its canvas (capped at 4096). */
export const MAX_PREVIEW_SIDE = 4096;
/** PDF user space is bounded by 14,400 units per side (PDF 1.7 Annex C), times UserUnit. */
const MAX_PAGE_POINTS = 14_400 * 75;

const MAGIC: Record<PreviewMime, (b: Uint8Array) => boolean> = {
  'image/webp': (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP'),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b[0] === 0x89 && ascii(b, 1, 'PNG'),
};

function ascii(b: Uint8Array, at: number, s: string): boolean {
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

function bad(field: string, message: string): GlossaError {
  return new GlossaError('api.badInput', message, { field });
}

export interface PreviewFields {
  page_index: unknown;
  width_pt: unknown;
  height_pt: unknown;
  width: unknown;
  height: unknown;
  mime: unknown;
  bytes: unknown;
}

/** Throws api.badInput naming the first field that breaks a rule; pageCount null = unknown. */
export function checkPreviewRow(r: PreviewFields, pageCount: number | null): void {
  const idx = r.page_index;
  if (typeof idx !== 'number' || !Number.isInteger(idx) || idx < 0 || (pageCount !== null && idx >= pageCount)) {
    throw bad('page_index', 'The preview is of a page the document does not have.');
  }
  for (const f of ['width_pt', 'height_pt'] as const) {
    const v = r[f];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > MAX_PAGE_POINTS) throw bad(f, 'The preview page size is not a page size.');
  }
  for (const f of ['width', 'height'] as const) {
    const v = r[f];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_PREVIEW_SIDE) throw bad(f, `A preview is 1 to ${MAX_PREVIEW_SIDE} pixels per side.`);
  }
  if (typeof r.mime !== 'string' || !Object.hasOwn(MAGIC, r.mime)) throw bad('mime', 'A preview must be a WebP, JPEG or PNG image.');
  const bytes = r.bytes;
  if (!(bytes instanceof Uint8Array)) throw bad('bytes', 'The preview image is missing.');
  if (bytes.byteLength > MAX_PREVIEW_BYTES) throw bad('bytes', `A preview image is at most ${MAX_PREVIEW_BYTES / 1024} KB.`);
  if (!MAGIC[r.mime as PreviewMime](bytes)) throw bad('bytes', `The preview bytes are not a ${r.mime} image.`);
}
