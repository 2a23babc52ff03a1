// One run of text drawn at (x, y) in the current font, size and fill, left-aligned, without
// link, underline or strike: the page operators pdfkit's text(…, { lineBreak: false }) writes
// (its _fragment: q, the flip to PDF space, BT, Tm, Tf, the TJ segments cut where the font
// kerns or offsets a glyph, ET, Q), written directly. In the PDF report of 10,000 codings
// pdfkit's general path around those operators (options merged and copied, the line
// callback, the transform matrices formatted digit by digit) cost more than the operators:
// quotes, comments and citation lines are ~150,000 such runs. The TJ segments are kept per
// font and word (pdfkit lays lines out word by word, so a line's segments are its words'), so
// a word met again costs a map lookup, not a pass over its glyphs. Links, underlines and strikes
// (drawTextRun) are drawn as pdfkit draws them — the rule with the document's own path calls,
// the Link annotation with its URI action written inside the annotation rather than as an
// object of its own (one object per link instead of two: ~5,000 links in that report).
// Anything else pdfkit does (alignment, spacing, font features, non-embedded fonts) is left
// to pdfkit. The tests compare the page streams with pdfkit's own (pdf-plain-text.test.ts,
// and the wrapped-text and rich-line tests that draw through here).
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

interface EmbeddedFont {
  id: string;
  ascender: number;
  subset?: unknown;
  encode(text: string, features?: unknown): [string[], GlyphPosition[]];
  ref(): unknown;
}

interface DocInternals {
  _font: EmbeddedFont | null;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string): unknown;
}

/** pdfkit's PDFObject.number: six decimals, as a string. */
function num(n: number): string {
  return `${Math.round(n * 1e6) / 1e6}`;
}

/** False when this document's current font is not one pdfkit embeds (then use doc.text). */
export function canDrawPlain(doc: Doc): boolean {
  const f = (doc as unknown as DocInternals)._font;
  return !!f && !!f.subset && typeof f.encode === 'function';
}

/**
 * Draws `text` (newlines dropped, as pdfkit drops them) with its top-left at (x, y). Leaves
 * doc.x after the text (`width`, its measured advance, as pdfkit's _line moves it) and doc.y
 * at y.
 */
export function drawPlainText(doc: Doc, text: string, x: number, y: number, width: number): void {
  const d = doc as unknown as DocInternals;
  const font = d._font;
  if (!font || !canDrawPlain(doc)) {
    doc.text(text, x, y, { lineBreak: false });
    return;
  }
  doc.x = x;
  doc.y = y;
  const line = text.indexOf('\n') >= 0 ? text.replace(/\n/g, '') : text;
  if (line.length > 0) {
    // pdfkit's save() / transform() / restore() around the text leave its matrix as it was,
    // so only their operators are written here.
    const size = d._fontSize;
    const h = d.page.height;
    if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();
    const py = h - y - (font.ascender / 1000) * size;
    const ops: string[] = ['q', `1 0 0 -1 0 ${num(h)} cm`, 'BT', `1 0 0 1 ${num(x)} ${num(py)} Tm`, `/${font.id} ${num(size)} Tf`];
    const commands = wordwiseCommands(font, line);
    if (commands !== null) {
      if (commands.length > 0) ops.push(`[${commands.join(' ')}] TJ`);
    } else offsetCommands(font, line, size, x, py, ops);
    ops.push('ET', 'Q');
    for (const op of ops) d.addContent(op);
  }
  doc.x = x + width;
}

/** A word's TJ pieces: its glyphs' hex cut after each kerned glyph, each cut followed by the
 *  kerning adjustment that closes that segment: [hex, adj, hex, adj, …, tail hex]. */
interface WordSegments {
  parts: string[];
  /** A glyph of the word is moved off its pen position (a combining mark): Tm per glyph. */
  offset: boolean;
}

const segmentsByFont = new WeakMap<EmbeddedFont, Map<string, WordSegments>>();

/** pdfkit lays a line out word by word (each word with the space or tab after it), so a line's
 *  glyphs and positions are its words' in order, and so are its TJ segments. */
function wordSegments(font: EmbeddedFont, word: string): WordSegments {
  let cache = segmentsByFont.get(font);
  if (!cache) segmentsByFont.set(font, (cache = new Map()));
  let segments = cache.get(word);
  if (segments) return segments;
  const [hex, positions] = font.encode(word);
  const parts: string[] = [];
  let offset = false;
  let last = 0;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i];
    if (p.xOffset || p.yOffset) offset = true;
    if (p.xAdvance - p.advanceWidth !== 0) {
      parts.push(hex.slice(last, i + 1).join(''), num(-(p.xAdvance - p.advanceWidth)));
      last = i + 1;
    }
  }
  parts.push(hex.slice(last).join(''));
  segments = { parts, offset };
  cache.set(word, segments);
  return segments;
}

/** The TJ operands of `line` from its words' cached segments, or null when a glyph is offset. */
function wordwiseCommands(font: EmbeddedFont, line: string): string[] | null {
  const commands: string[] = [];
  let current = '';
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && i < line.length - 1) continue;
    const { parts, offset } = wordSegments(font, line.slice(from, i + 1));
    if (offset) return null;
    from = i + 1;
    current += parts[0];
    for (let j = 1; j < parts.length; j += 2) {
      commands.push(`<${current}> ${parts[j]}`);
      current = parts[j + 1];
    }
  }
  // The last segment ends with an unkerned glyph: pdfkit writes its adjustment, 0.
  if (current !== '') commands.push(`<${current}> 0`);
  return commands;
}

/** pdfkit's own loop for a line with offset glyphs: a Tm before and after each moved glyph. */
function offsetCommands(font: EmbeddedFont, line: string, size: number, x: number, y: number, ops: string[]): void {
  const [encoded, positions] = font.encode(line);
  const scale = size / 1000;
  const commands: string[] = [];
  let px = x;
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number) => {
    if (last < cur) {
      const p = positions[cur - 1];
      commands.push(`<${encoded.slice(last, cur).join('')}> ${num(-(p.xAdvance - p.advanceWidth))}`);
    }
    last = cur;
  };
  const flush = (i: number) => {
    addSegment(i);
    if (commands.length > 0) {
      ops.push(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i];
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      ops.push(`1 0 0 1 ${num(px + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        ops.push(`1 0 0 1 ${num(px)} ${num(y)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    px += pos.xAdvance * scale;
  }
  flush(i);
}

export interface RunDecoration {
  link: string | null;
  underline: boolean;
  strike: boolean;
}

/** drawPlainText with a link over the run and its rules, where pdfkit's text() would put them. */
export function drawTextRun(doc: Doc, text: string, x: number, y: number, width: number, decoration: RunDecoration): void {
  const plain = decoration.link === null && !decoration.underline && !decoration.strike;
  if (plain || !canDrawPlain(doc)) {
    if (plain) drawPlainText(doc, text, x, y, width);
    else {
      const options = { lineBreak: false, textWidth: width, wordCount: 1, link: decoration.link ?? undefined, underline: decoration.underline, strike: decoration.strike };
      doc.text(text.replace(/\n/g, ''), x, y, options as PDFKit.Mixins.TextOptions);
    }
    return;
  }
  if (/[^\n]/.test(text)) {
    const lineHeight = doc.currentLineHeight();
    if (decoration.link !== null) {
      doc.annotate(x, y, width, lineHeight, { Subtype: 'Link', A: { S: 'URI', URI: new String(decoration.link) } } as unknown as PDFKit.Mixins.AnnotationOption);
    }
    // pdfkit's rules: the fill colour as stroke, 0.5 pt under 10 pt type, the underline its
    // width above the line's foot, the strike at half the line height.
    const size = (doc as unknown as DocInternals)._fontSize;
    const lineWidth = size < 10 ? 0.5 : Math.floor(size / 10);
    const rule = (lineY: number) => {
      doc.save();
      (doc.strokeColor as (...args: unknown[]) => Doc)(...((doc as unknown as { _fillColor?: unknown[] })._fillColor ?? []));
      doc.lineWidth(lineWidth);
      doc.moveTo(x, lineY).lineTo(x + width, lineY).stroke();
      doc.restore();
    };
    if (decoration.underline) rule(y + lineHeight - lineWidth);
    if (decoration.strike) rule(y + lineHeight / 2);
  }
  drawPlainText(doc, text, x, y, width);
}
