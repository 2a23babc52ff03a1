// The opaque RGB PNG of canvas pixels (png-rgb.ts) decodes to exactly the pixels it was given:
// rows equal to the one above (left as zeros) or alternating, bytes whose difference borrows
// across a byte in the four-at-a-time subtraction, an odd width, and pixels that do not start on a 4-byte boundary
// (the byte-by-byte path). Decoded by @napi-rs/canvas (Skia's PNG decoder), not by this module.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { encodeRgbPng, filteredRows, rgbPngParts } from '../../../../main/pdf/png-rgb';

/** A test image: random noise, flat rows, and byte pairs chosen to borrow (0x00 under 0xff). */
function pixels(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  let s = 12345;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) >>> 16) & 0xff;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const band = y % 6;
      const [r, g, b] =
        band === 0 || band === 1 ? [250, 250, 250] // two equal rows: the second is all zeros
        : band === 2 ? [x % 2 ? 0x00 : 0xff, x % 3 ? 0xff : 0x00, 0x80]
        : band === 3 ? [x % 2 ? 0xff : 0x00, 0x01, x % 3 ? 0x00 : 0xfe]
        : [rnd(), rnd(), rnd()];
      rgba.set([r, g, b, 255], i);
    }
  }
  return rgba;
}

async function decode(png: Uint8Array): Promise<{ width: number; height: number; rgba: Uint8ClampedArray }> {
  const img = await loadImage(Buffer.from(png));
  const ctx = createCanvas(img.width, img.height).getContext('2d');
  ctx.drawImage(img, 0, 0);
  return { width: img.width, height: img.height, rgba: ctx.getImageData(0, 0, img.width, img.height).data };
}

describe('encodeRgbPng', () => {
  it('writes an RGB PNG (colour type 2) that decodes to the same pixels', async () => {
    const [width, height] = [37, 25];
    const rgba = pixels(width, height);
    const png = encodeRgbPng(rgba, width, height);
    expect(Buffer.from(png.subarray(12, 16)).toString('latin1')).toBe('IHDR');
    expect(png[25]).toBe(2);
    const back = await decode(png);
    expect([back.width, back.height]).toEqual([width, height]);
    expect(Buffer.from(back.rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('gives the same filtered rows for pixels off a 4-byte boundary (byte by byte)', async () => {
    const [width, height] = [19, 18];
    const rgba = pixels(width, height);
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    expect(Buffer.from(filteredRows(shifted, width, height)).equals(Buffer.from(filteredRows(rgba, width, height)))).toBe(true);
    const back = await decode(encodeRgbPng(shifted, width, height));
    expect(Buffer.from(back.rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('keeps rows that alternate (each equal to the one two above, not to the one above)', async () => {
    const [width, height] = [8, 9];
    const rgba = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set(y % 2 ? [0, 0, 0, 255] : [255, 255, 255, 255], (y * width + x) * 4);
    const back = await decode(encodeRgbPng(rgba, width, height));
    expect(Buffer.from(back.rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('filters every row but the first with "Up" and leaves a repeated row as zeros', () => {
    const [width, height] = [5, 3];
    const rgba = new Uint8Array(width * height * 4).fill(255);
    rgba.set([10, 20, 30, 255], 0); // first pixel of row 0 differs from the pixel under it
    const rows = filteredRows(rgba, width, height);
    const stride = width * 3 + 1;
    expect([rows[0], rows[stride], rows[2 * stride]]).toEqual([0, 2, 2]);
    expect([...rows.subarray(stride + 1, stride + 4)]).toEqual([245, 235, 225]);
    expect(rows.subarray(2 * stride + 1).every((b) => b === 0)).toBe(true);
  });
});

describe('rgbPngParts', () => {
  it('gives the size and the zlib stream of an RGB PNG, and null for any other bytes', async () => {
    const [width, height] = [23, 11];
    const rgba = pixels(width, height);
    const png = encodeRgbPng(rgba, width, height);
    const parts = rgbPngParts(png)!;
    expect([parts.width, parts.height]).toEqual([width, height]);
    expect(Buffer.from(zlib.inflateSync(parts.idat)).equals(Buffer.from(filteredRows(rgba, width, height)))).toBe(true);
    // An RGBA PNG (Skia's own), a cut-off file and no PNG at all are left to pdfkit.
    const canvas = createCanvas(4, 4);
    expect(rgbPngParts(new Uint8Array(canvas.encodeSync('png')))).toBeNull();
    expect(rgbPngParts(png.subarray(0, png.length - 20))).toBeNull();
    expect(rgbPngParts(new TextEncoder().encode('%PDF-1.7 not a PNG at all, but long enough'))).toBeNull();
  });
});
