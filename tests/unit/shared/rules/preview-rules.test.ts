// The page-preview rule (shared/rules/preview-rules.ts) field by field: the importer's rows
// pass, and each way a received row can be wrong is refused naming its field. (Whole hostile
// files with bad preview rows are in tests/fixtures/hostile: HTML bytes, 1.1 MB, a missing page.)
import { describe, expect, it } from 'vitest';
import { checkPreviewRow, type PreviewFields } from '../../../../shared/rules/preview-rules';
import { GlossaError } from '../../../../shared/errors';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const WEBP = new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const good: PreviewFields = { page_index: 0, width_pt: 595.28, height_pt: 841.89, width: 800, height: 1131, mime: 'image/jpeg', bytes: JPEG };

function fieldOf(row: Partial<PreviewFields>, pageCount: number | null = 3): string | null {
  try {
    checkPreviewRow({ ...good, ...row }, pageCount);
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(GlossaError);
    return String((err as GlossaError).params?.field);
  }
}

describe('page preview rows', () => {
  it('accept JPEG, WebP and PNG previews of a page the document has', () => {
    expect(fieldOf({})).toBeNull();
    expect(fieldOf({ mime: 'image/webp', bytes: WEBP })).toBeNull();
    expect(fieldOf({ mime: 'image/png', bytes: PNG })).toBeNull();
    expect(fieldOf({ page_index: 2 })).toBeNull();
  });

  it('refuse each broken field, naming it', () => {
    expect(fieldOf({ mime: 'text/html' })).toBe('mime');
    expect(fieldOf({ mime: 'image/svg+xml' })).toBe('mime');
    expect(fieldOf({ mime: 'image/png' })).toBe('bytes'); // JPEG bytes labelled PNG
    expect(fieldOf({ bytes: 'not bytes' })).toBe('bytes');
    expect(fieldOf({ bytes: new Uint8Array(1024 * 1024 + 1).fill(0xff) })).toBe('bytes');
    expect(fieldOf({ width: 0 })).toBe('width');
    expect(fieldOf({ height: 100_000 })).toBe('height');
    expect(fieldOf({ width: 1.5 })).toBe('width');
    expect(fieldOf({ width_pt: -1 })).toBe('width_pt');
    expect(fieldOf({ height_pt: Number.NaN })).toBe('height_pt');
    expect(fieldOf({ page_index: 3 })).toBe('page_index');
    expect(fieldOf({ page_index: -1 })).toBe('page_index');
    expect(fieldOf({ page_index: '0' })).toBe('page_index');
  });
});
