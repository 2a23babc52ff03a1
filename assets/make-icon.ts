// Draws assets/icon.png (512x512): a white page with a folded corner and highlighted text lines
// on a rounded blue square. Pure Node (zlib + a PNG writer), so no image tool is needed.
// Run: npx tsx assets/make-icon.ts
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZE = 512;
type Rgba = [number, number, number, number];
const px = new Uint8Array(SIZE * SIZE * 4);

function blend(x: number, y: number, [r, g, b, a]: Rgba, cover = 1): void {
  const i = (y * SIZE + x) * 4;
  const alpha = (a / 255) * cover;
  px[i] = Math.round(r * alpha + px[i] * (1 - alpha));
  px[i + 1] = Math.round(g * alpha + px[i + 1] * (1 - alpha));
  px[i + 2] = Math.round(b * alpha + px[i + 2] * (1 - alpha));
  px[i + 3] = Math.min(255, Math.round(255 * alpha + px[i + 3] * (1 - alpha)));
}

/** Rounded rectangle with 4x4 supersampled edges. */
function roundRect(x0: number, y0: number, x1: number, y1: number, radius: number, color: Rgba): void {
  for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
    for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
      let inside = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const px_ = x + (sx + 0.5) / 4;
          const py = y + (sy + 0.5) / 4;
          if (px_ < x0 || px_ > x1 || py < y0 || py > y1) continue;
          const cx = Math.min(Math.max(px_, x0 + radius), x1 - radius);
          const cy = Math.min(Math.max(py, y0 + radius), y1 - radius);
          if ((px_ - cx) ** 2 + (py - cy) ** 2 <= radius * radius) inside++;
        }
      }
      if (inside) blend(x, y, color, inside / 16);
    }
  }
}

function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, color: Rgba): void {
  const sign = (px_: number, py: number, x1: number, y1: number, x2: number, y2: number) => (px_ - x2) * (y1 - y2) - (x1 - x2) * (py - y2);
  for (let y = Math.floor(Math.min(ay, by, cy)); y <= Math.max(ay, by, cy); y++) {
    for (let x = Math.floor(Math.min(ax, bx, cx)); x <= Math.max(ax, bx, cx); x++) {
      const d1 = sign(x + 0.5, y + 0.5, ax, ay, bx, by);
      const d2 = sign(x + 0.5, y + 0.5, bx, by, cx, cy);
      const d3 = sign(x + 0.5, y + 0.5, cx, cy, ax, ay);
      const neg = d1 < 0 || d2 < 0 || d3 < 0;
      const pos = d1 > 0 || d2 > 0 || d3 > 0;
      if (!(neg && pos)) blend(x, y, color);
    }
  }
}

const BLUE: Rgba = [32, 78, 140, 255];
const WHITE: Rgba = [250, 250, 247, 255];
const FOLD: Rgba = [200, 208, 220, 255];
const INK: Rgba = [120, 130, 145, 255];
const MARK: Rgba = [255, 205, 40, 200];

roundRect(16, 16, 496, 496, 96, BLUE);
// The page, its top-right corner folded over.
roundRect(128, 88, 384, 424, 14, WHITE);
triangle(320, 88, 384, 88, 384, 152, BLUE);
triangle(320, 88, 320, 152, 384, 152, FOLD);
// Text lines, two of them highlighted like coded passages.
const lines = [150, 190, 230, 270, 310, 350];
lines.forEach((y, i) => {
  const right = i === 0 ? 296 : i === lines.length - 1 ? 300 : 352;
  if (i === 2 || i === 3) roundRect(150, y - 12, right + 8, y + 16, 5, MARK);
  roundRect(158, y, right, y + 6, 3, INK);
});

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) Buffer.from(px.buffer, y * SIZE * 4, SIZE * 4).copy(raw, y * (SIZE * 4 + 1) + 1);
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.resolve(__dirname, 'icon.png');
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
