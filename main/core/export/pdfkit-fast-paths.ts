// Two of pdfkit 0.20's per-line costs taken off one document, with the same page content.
// In the PDF report of 10,000 codings (~1,300 pages, ~150,000 text lines) they were about a
// third of the time and most of the garbage that drove peak RSS past 500 MB:
// - Page content: every operator line became its own small Uint8Array (PDFReference.write ->
//   fromBinaryString) held until the page ends, so thousands per page were promoted to the old
//   generation and then dropped. Here a page's operators are kept as strings and written as one
//   chunk when the page ends: the same bytes ("op\n" each), one array per page.
// - Glyph encoding: font.encode(line) re-laid the line word by word (concatenating glyph arrays)
//   and formatted a hex code per glyph, on every line. Here each font keeps the encoding of each
//   distinct word (the same words pdfkit's own layout cache keys on) and a line is the words'
//   encodings in order. A word is first encoded by pdfkit itself, so glyph subsetting, widths
//   and the ToUnicode map are filled exactly as before; later lines reuse its glyph ids.
// Page streams are also deflated at a faster level (the decoded content is unchanged). And the
// file's small writes (each object's header, dictionary and "endobj"; xref lines: pdfkit makes
// a byte array of each, char by char, and pushes it down its stream) are gathered into one
// buffer of up to 64 KB (batchWrites: the same bytes at the same offsets, fewer, larger chunks).
// Only for documents this module is given; relies on pdfkit internals checked at install time
// (and the PDF report tests read the text back), falling back to pdfkit's own code if absent.
import zlib from 'node:zlib';
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

interface PdfPage {
  write(chunk: string | Uint8Array): unknown;
  end(): unknown;
  /** The page's content stream (a PDFReference). */
  content?: { compress: boolean; buffer: unknown; data: Record<string, unknown> };
}
type Encoded = [string[], unknown[]];
interface PdfFont {
  encode(text: string, features?: unknown): Encoded;
}
interface PdfInternals {
  page: PdfPage;
  _offset: number;
  _write(data: string | Uint8Array): void;
  push(chunk: Uint8Array | null): boolean;
  _font: PdfFont | null;
  font(...args: unknown[]): unknown;
}

const PATCHED = Symbol('glossa-fast-encode');

function bufferPageContent(page: PdfPage): void {
  const write = page.write.bind(page);
  const end = page.end.bind(page);
  const content = page.content;
  let pending: string[] = [];
  let binary = false;
  const flush = () => {
    // PDFReference.write appends "\n" to a string chunk: joined with "\n", one write gives
    // the bytes the separate writes gave.
    if (pending.length > 0) write(pending.join('\n'));
    pending = [];
  };
  page.write = (chunk) => {
    if (typeof chunk === 'string') pending.push(chunk);
    else {
      flush();
      binary = true;
      write(chunk);
    }
  };
  page.end = () => {
    if (!binary && pending.length > 0 && content?.compress && Array.isArray(content.buffer)) {
      // The same stream, deflated at zlib level 1 instead of pdfkit's default 6: page
      // operators are repetitive text, level 1 is ~3x faster and the file ~15 % larger.
      // What pdfkit wrote before this page was buffered (addPage's first transform) leads;
      // its fromBinaryString keeps each character's low byte, as 'latin1' does.
      const head = content.buffer as Uint8Array[];
      const bytes = zlib.deflateSync(Buffer.concat([...head, Buffer.from(`${pending.join('\n')}\n`, 'latin1')]), { level: 1 });
      pending = [];
      content.buffer = [];
      content.data.Length = 0;
      content.compress = false;
      content.data.Filter = 'FlateDecode';
      write(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
    } else flush();
    return end();
  };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

/** The same split as pdfkit's EmbeddedFont.layout: each word with the space or tab after it. */
function eachWord(text: string, fn: (word: string) => void): void {
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i)) && i < text.length - 1) continue;
    fn(text.slice(last, i + 1));
    last = i + 1;
  }
}

interface FastFont extends PdfFont {
  [PATCHED]?: true;
  widthOfString(text: string, size: number, features?: unknown): number;
}

function cacheWordEncodings(font: FastFont): void {
  if (font[PATCHED] || typeof font.encode !== 'function' || typeof font.widthOfString !== 'function') return;
  const encode = font.encode.bind(font);
  const widthOf = font.widthOfString.bind(font);
  const words = new Map<string, Encoded>();
  const widths = new Map<string, number>();
  font[PATCHED] = true;
  font.encode = (text: string, features?: unknown): Encoded => {
    if (features) return encode(text, features);
    const hex: string[] = [];
    const positions: unknown[] = [];
    eachWord(text, (word) => {
      let done = words.get(word);
      if (!done) {
        done = encode(word);
        words.set(word, done);
      }
      for (const h of done[0]) hex.push(h);
      for (const p of done[1]) positions.push(p);
    });
    return [hex, positions];
  };
  // pdfkit sums the words' advance widths (1000 units per em) in order, then scales: so here.
  font.widthOfString = (text: string, size: number, features?: unknown): number => {
    if (features) return widthOf(text, size, features);
    let advance = 0;
    eachWord(text, (word) => {
      let w = widths.get(word);
      if (w === undefined) {
        w = widthOf(word, 1000);
        widths.set(word, w);
      }
      advance += w;
    });
    return advance * (size / 1000);
  };
}

const BATCH_BYTES = 1 << 16;

/** pdfkit's _write (a string becomes its latin1 bytes and a newline) into batches of up to 64 KB. */
export function batchWrites(pdf: Doc): void {
  const doc = pdf as unknown as PdfInternals;
  if (typeof doc._write !== 'function' || typeof doc.push !== 'function' || typeof doc._offset !== 'number') return;
  const push = doc.push.bind(doc);
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length === 0) return;
    push(Buffer.from(pending.join(''), 'latin1'));
    pending = [];
    size = 0;
  };
  doc._write = (data) => {
    if (data instanceof Uint8Array) {
      flush();
      push(data);
      doc._offset += data.length;
      return;
    }
    const line = `${data}\n`;
    pending.push(line);
    size += line.length;
    doc._offset += line.length;
    if (size >= BATCH_BYTES) flush();
  };
  // The end of the file (push(null)) takes what is still gathered first.
  doc.push = (chunk) => {
    if (chunk === null) flush();
    return push(chunk);
  };
}

/** Installs the fast paths on a document just created (before anything is drawn). */
export function useFastPaths(pdf: Doc): void {
  const doc = pdf as unknown as PdfInternals;
  if (typeof doc.page?.write !== 'function' || typeof doc.page.end !== 'function') return;
  batchWrites(pdf);
  bufferPageContent(doc.page);
  pdf.on('pageAdded', () => bufferPageContent(doc.page));
  const font = doc.font.bind(doc);
  const install = () => {
    // Only pdfkit's embedded fonts encode per glyph id; the standard 14 fonts are left alone.
    const f = doc._font as (PdfFont & { subset?: unknown }) | null;
    if (f && f.subset) cacheWordEncodings(f as FastFont);
  };
  doc.font = (...args: unknown[]) => {
    const result = font(...args);
    install();
    return result;
  };
  install();
}
