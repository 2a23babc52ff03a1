// An opaque RGB PNG (colour type 2, 8 bits) of canvas pixels. @napi-rs/canvas writes RGBA PNGs
// even for an opaque canvas, and pdfkit embeds an RGBA PNG by decoding it and splitting off its
// alpha as a soft mask, in JavaScript, pixel by pixel: ~110 ms of CPU a full page at 150 dpi,
// three times the render. An RGB PNG's data goes into the PDF as it is (FlateDecode with the
// PNG predictor), and is a quarter smaller in DOCX and HTML too. PNG: RFC 2083 / ISO 15948.
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** `rgba`: width x height pixels, 4 bytes each, row by row (alpha is dropped: the canvas is
 *  opaque). Every row uses the "Up" filter (difference from the row above): flat panels and
 *  table rules become runs of zeros, which deflate to almost nothing. */
export function encodeRgbPng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Uint8Array {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    raw[row] = y === 0 ? 0 : 2;
    for (let x = 0, i = y * width * 4, o = row + 1; x < width; x++, i += 4, o += 3) {
      raw[o] = rgba[i];
      raw[o + 1] = rgba[i + 1];
      raw[o + 2] = rgba[i + 2];
    }
  }
  // Up filter, from the last row back so each row still differs from the unfiltered one above.
  for (let y = height - 1; y > 0; y--) {
    const row = y * stride + 1;
    const above = row - stride;
    for (let k = 0; k < stride - 1; k++) raw[row + k] = (raw[row + k] - raw[above + k]) & 0xff;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample
  header[9] = 2; // RGB
  const idat = zlib.deflateSync(raw, { level: 6 });
  return new Uint8Array(Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]));
}
