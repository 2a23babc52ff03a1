// A paragraph wrapped once and drawn from its lines, for the PDF report's quotes. pdfkit's own
// text(…, { width }) wraps on every call, and the report called it up to three times per quote
// (an upper bound, heightOfString to keep a quote on one page, then the drawing): here the lines
// are computed once — with the same UAX #14 break opportunities (linebreak, pdfkit's own
// breaker), the same greedy fill, the same widths rounded the same way (PDFNumber) and the same
// splitting of a word wider than the line — so the height is known exactly before drawing, and
// each line is drawn as pdfkit's wrapper draws it (text(line, { lineBreak: false }), written
// directly by pdf-plain-text.ts). The same page content comes out
// (tests/unit/…/pdf-wrapped-text.test.ts compares the streams).
import LineBreaker from 'linebreak';
import type PDFDocument from 'pdfkit';
import { drawPlainText } from './pdf-plain-text';

type Doc = InstanceType<typeof PDFDocument>;

export interface WrappedLine {
  text: string;
  /** The line's advance width, trailing space included (what pdfkit passes as textWidth). */
  width: number;
  words: number;
  /** pdfkit checks for the page bottom after this line (not after a paragraph's last line). */
  breaksPage: boolean;
}

const SOFT_HYPHEN = '\u00AD';
const HYPHEN = '-';

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
/** pdfkit's PDFNumber: the largest float32 not above n (widths compare as pdfkit compares them). */
function pdfNumber(n: number): number {
  const rounded = Math.fround(n);
  if (rounded <= n) return rounded;
  f32[0] = n;
  if (n <= 0) u32[0] += 1;
  else u32[0] -= 1;
  return f32[0];
}

/** The lines `text` takes in the current font and size at `lineWidth`, as pdfkit's LineWrapper breaks them. */
export function wrapLines(doc: Doc, text: string, lineWidth: number): WrappedLine[] {
  const widths = new Map<string, number>();
  const wordWidth = (word: string) => {
    let w = widths.get(word);
    if (w === undefined) widths.set(word, (w = pdfNumber(doc.widthOfString(word))));
    return w;
  };
  const lines: WrappedLine[] = [];
  let spaceLeft = lineWidth;
  let buffer = '';
  let textWidth = 0;
  let wc = 0;
  const canFit = (word: string, w: number) => (word[word.length - 1] !== SOFT_HYPHEN ? w <= spaceLeft : w + wordWidth(HYPHEN) <= spaceLeft);
  const emitLine = (breaksPage = false) => lines.push({ text: buffer, width: textWidth, words: wc, breaksPage });

  // fn(word, width, required break after it, whether it starts a paragraph): pdfkit's eachWord.
  const place = (word: string, w: number, required: boolean, first: boolean) => {
    if (first) spaceLeft = lineWidth;
    if (canFit(word, w)) {
      buffer += word;
      textWidth += w;
      wc++;
    }
    if (required || !canFit(word, w)) {
      if (required && w > spaceLeft) {
        emitLine();
        buffer = word;
        textWidth = w;
        wc = 1;
      }
      if (buffer[buffer.length - 1] === SOFT_HYPHEN) {
        buffer = buffer.slice(0, -1) + HYPHEN;
        spaceLeft -= wordWidth(HYPHEN);
      }
      emitLine(true);
      if (required) {
        spaceLeft = lineWidth;
        buffer = '';
        textWidth = 0;
        wc = 0;
      } else {
        spaceLeft = lineWidth - w;
        buffer = word;
        textWidth = w;
        wc = 1;
      }
    } else spaceLeft -= w;
  };

  const breaker = new LineBreaker(text);
  let lastPosition = 0;
  let lastRequired = true; // the first word starts a paragraph
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    let word = text.slice(lastPosition, bk.position);
    let w = wordWidth(word);
    if (w > lineWidth) {
      // A word wider than the line is cut where the line ends, as pdfkit cuts it.
      let first = lastRequired;
      while (word.length) {
        let l: number;
        let mightGrow = false;
        if (w > spaceLeft) {
          l = Math.ceil(spaceLeft / (w / word.length));
          w = wordWidth(word.slice(0, l));
          mightGrow = w <= spaceLeft && l < word.length;
        } else l = word.length;
        let mustShrink = w > spaceLeft && l > 0;
        while (mustShrink || mightGrow) {
          if (mustShrink) {
            w = wordWidth(word.slice(0, --l));
            mustShrink = w > spaceLeft && l > 0;
          } else {
            w = wordWidth(word.slice(0, ++l));
            mustShrink = w > spaceLeft && l > 0;
            mightGrow = w <= spaceLeft && l < word.length;
          }
        }
        if (l === 0 && spaceLeft === lineWidth) l = 1;
        place(word.slice(0, l), w, bk.required || l < word.length, first);
        first = false;
        word = word.slice(l);
        w = wordWidth(word);
      }
    } else place(word, w, bk.required, lastRequired);
    lastPosition = bk.position;
    lastRequired = bk.required;
  }
  if (wc > 0) emitLine();
  return lines;
}

/** The height `lines` take in the current font and size (pdfkit's line height, no line gap). */
export function linesHeight(doc: Doc, lines: readonly WrappedLine[]): number {
  return lines.length * doc.currentLineHeight(true);
}

/**
 * Draws `lines` from (x, y) down, continuing on a new page where a line would pass the page's
 * bottom margin, as pdfkit's wrapper does. Leaves doc.x at x and doc.y below the last line.
 */
export function drawLines(doc: Doc, lines: readonly WrappedLine[], x: number, y: number): void {
  const lh = doc.currentLineHeight(true);
  // As LineWrapper: the bottom rounded as a PDF number on the first page, as is after a break.
  let maxY = pdfNumber(doc.page.maxY());
  const breakPage = () => {
    newPage(doc, x);
    maxY = doc.page.maxY();
  };
  doc.x = x;
  doc.y = y;
  if (doc.y > maxY || doc.y + lh > maxY) breakPage();
  for (const line of lines) {
    drawPlainText(doc, line.text, x, doc.y, line.width);
    doc.x = x;
    doc.y += lh;
    if (line.breaksPage && pdfNumber(doc.y + lh) > maxY) breakPage();
  }
}

/** pdfkit's nextSection for one column: a new page, the fill colour set again. */
function newPage(doc: Doc, x: number): void {
  doc.continueOnNewPage();
  doc.x = x;
  const fill = (doc as unknown as { _fillColor?: unknown[] })._fillColor;
  if (fill) (doc.fillColor as (...args: unknown[]) => Doc)(...fill);
}
