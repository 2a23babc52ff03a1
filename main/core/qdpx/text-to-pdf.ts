// Turns a plain-text source from another QDA tool into a PDF, since a Glossa document is a
// PDF with page texts: A4, DejaVu Sans 10 pt (Cyrillic included), 12 pt leading, 56 pt
// margins: 60 lines of up to 483 pt a page. We lay the lines out ourselves (greedy word wrap,
// a form feed starts a new page), so we know which slice of the source each page shows;
// the page texts themselves are then extracted with pdf.js like any PDF's (the reader's text
// layer must see the same characters), and source-alignment.ts maps one onto the other.
// Emoji: DejaVu Sans has no glyph for them and pdfkit maps every missing glyph to U+0000 in
// the font's ToUnicode table, so pdf.js read them back as NUL. Each distinct character the
// font lacks is drawn with its own stand-in glyph (a geometric shape the text does not use)
// whose ToUnicode entry is then set to the real character: the page shows a shape, but the
// text pdf.js extracts, searches and copies is the emoji.
import PDFDocument from 'pdfkit';
import { reportFonts } from '../export/report-fonts';

const PAGE = { width: 595.28, height: 841.89, margin: 56, fontSize: 10, leading: 12 };
const LINE_WIDTH = PAGE.width - 2 * PAGE.margin;
const LINES_PER_PAGE = Math.floor((PAGE.height - 2 * PAGE.margin) / PAGE.leading);

export interface TextPdf {
  bytes: Buffer;
  /** Each page's text: a slice of the source text. */
  pages: string[];
  /** UTF-16 offset in the source text where each page starts. */
  starts: number[];
}

/** The parts of pdfkit's embedded font we use (not in its typings). */
interface EmbeddedFont {
  font: { hasGlyphForCodePoint(cp: number): boolean };
  /** Subset glyph id -> the code points its ToUnicode entry gives. */
  unicode: number[][];
}

// Stand-ins: Geometric Shapes, Arrows, Box Drawing, Misc. Symbols (all in DejaVu Sans): ~600.
const STAND_IN_RANGES: Array<[number, number]> = [[0x25a0, 0x25ff], [0x2190, 0x21ff], [0x2500, 0x257f], [0x2600, 0x26ff]];

// Zero-width joiners are not drawn: pdf.js drops them from the text it reads whatever the
// font does (drawn through pdfkit they even came back as a space), so 🙅🏼‍♂️ reads as 🙅🏼♂️.
const ZERO_WIDTH = /[\u200b-\u200d\u2060]/;

/** Missing character -> a stand-in the font has and the text does not use (U+FFFD past ~600). */
function standInsFor(text: string, has: (cp: number) => boolean): Map<string, string> {
  const used = new Set(Array.from(text));
  const missing = [...used].filter((ch) => !ZERO_WIDTH.test(ch) && ch !== '\n' && ch !== '\f' && ch !== '\t' && !has(ch.codePointAt(0)!));
  const pool: string[] = [];
  for (const [from, to] of STAND_IN_RANGES)
    for (let cp = from; cp <= to && pool.length < missing.length; cp++) if (has(cp) && !used.has(String.fromCodePoint(cp))) pool.push(String.fromCodePoint(cp));
  return new Map(missing.map((ch, i) => [ch, pool[i] ?? '\uFFFD']));
}

interface Line {
  start: number;
  end: number;
}

/** Greedy word wrap of `text` into lines (UTF-16 ranges; a break's spaces, LF or form feed are in no line). */
export function wrapLines(text: string, width: (s: string) => number, maxWidth: number): Line[] {
  const lines: Line[] = [];
  const para = /[^\n\f]*([\n\f]|$)/gy;
  for (let m = para.exec(text); m && m[0] !== ''; m = para.exec(text)) {
    const end = m.index + m[0].length - m[1].length;
    wrapParagraph(text, m.index, end, width, maxWidth, lines);
    if (m[1] === '\f') lines.push({ start: -1, end: -1 }); // page break
    if (m[1] === '') break;
  }
  if (lines.length === 0) lines.push({ start: 0, end: 0 });
  return lines;
}

function wrapParagraph(text: string, from: number, to: number, width: (s: string) => number, maxWidth: number, lines: Line[]): void {
  const words = /\S+/g;
  words.lastIndex = from;
  let lineStart = from;
  let lineEnd = from; // end of the last word on the line
  let used = 0;
  for (let m = words.exec(text); m && m.index < to; m = words.exec(text)) {
    let wordStart = m.index;
    const wordEnd = Math.min(to, wordStart + m[0].length);
    // Widths add up word by word (with the spaces before each): kerning across a space is nil.
    let w = width(text.slice(lineEnd, wordEnd));
    if (used + w > maxWidth && lineEnd > lineStart) {
      lines.push({ start: lineStart, end: lineEnd });
      lineStart = lineEnd = wordStart;
      used = 0;
      w = width(text.slice(wordStart, wordEnd));
    }
    while (w > maxWidth && lineEnd === lineStart) {
      // A word wider than a line: cut it, at a code point, where it stops fitting.
      let cut = wordStart;
      for (const ch of text.slice(wordStart, wordEnd)) {
        if (cut > wordStart && width(text.slice(wordStart, cut + ch.length)) > maxWidth) break;
        cut += ch.length;
      }
      if (cut >= wordEnd) break;
      lines.push({ start: wordStart, end: cut });
      lineStart = lineEnd = wordStart = cut;
      w = width(text.slice(cut, wordEnd));
    }
    used += w;
    lineEnd = wordEnd;
  }
  lines.push({ start: lineStart, end: Math.max(lineEnd, lineStart === from ? to : lineEnd) });
}

/** Lays `text` (LF line endings, form feeds as page breaks) out on A4 pages. */
export function textToPdf(title: string, text: string): Promise<TextPdf> {
  const doc = new PDFDocument({ size: 'A4', margin: PAGE.margin, autoFirstPage: true, info: { Title: title, Producer: 'Glossa' } });
  doc.registerFont('body', reportFonts().regular);
  doc.font('body').fontSize(PAGE.fontSize);
  const embedded = (doc as unknown as { _font: EmbeddedFont })._font;
  const standIn = standInsFor(text, (cp) => embedded.font.hasGlyphForCodePoint(cp));
  const drawable = (s: string) => Array.from(s, (ch) => (ch === '\t' ? ' ' : ZERO_WIDTH.test(ch) ? '' : (standIn.get(ch) ?? ch))).join('');
  const width = (s: string) => doc.widthOfString(drawable(s));
  const pages: string[] = [];
  const starts: number[] = [];
  let pageStart = -1;
  let pageEnd = 0;
  let row = 0;
  const endPage = () => {
    pages.push(pageStart < 0 ? '' : text.slice(pageStart, pageEnd));
    starts.push(pageStart < 0 ? pageEnd : pageStart);
    pageStart = -1;
    row = 0;
  };
  for (const line of wrapLines(text, width, LINE_WIDTH)) {
    if (line.start < 0 || row === LINES_PER_PAGE) {
      endPage();
      doc.addPage();
      if (line.start < 0) continue;
    }
    if (pageStart < 0) pageStart = line.start;
    pageEnd = line.end;
    const s = text.slice(line.start, line.end);
    if (s.trim() !== '') doc.text(drawable(s), PAGE.margin, PAGE.margin + row * PAGE.leading, { lineBreak: false });
    row++;
  }
  endPage();
  // Each stand-in glyph reads back as the character it stands for.
  const real = new Map([...standIn].map(([ch, stand]) => [stand.codePointAt(0)!, ch.codePointAt(0)!]));
  embedded.unicode.forEach((cps, gid) => {
    if (cps?.length === 1 && real.has(cps[0])) embedded.unicode[gid] = [real.get(cps[0])!];
  });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve({ bytes: Buffer.concat(chunks), pages, starts }));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * Finds `needle` in `hay` ignoring differences in whitespace (line wrapping, double spaces);
 * returns the UTF-16 range in `hay` or null.
 */
export function findIgnoringSpace(hay: string, needle: string): [number, number] | null {
  const n = needle.replace(/\s+/g, ' ').trim();
  if (!n) return null;
  const map: number[] = [];
  let flat = '';
  let inSpace = false;
  for (let i = 0; i < hay.length; i++) {
    const isSpace = /\s/.test(hay[i]);
    if (isSpace) {
      if (!inSpace) {
        flat += ' ';
        map.push(i);
      }
      inSpace = true;
    } else {
      flat += hay[i];
      map.push(i);
      inSpace = false;
    }
  }
  const at = flat.indexOf(n);
  if (at < 0) return null;
  const end = at + n.length - 1;
  return [map[at], map[end] + 1];
}
