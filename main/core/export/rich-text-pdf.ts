// Comments and memos in the PDF report: the rich-text model (rich-text.ts) drawn with pdfkit.
// A paragraph's spans are wrapped together (pdf-rich-lines.ts), each in its DejaVu face (bold,
// oblique, bold oblique, mono for code), so a line wraps across styles; links are real link
// annotations (blue, underlined); list markers hang left of their text; code blocks sit on a grey panel;
// quoted blocks get a grey left rule. Memo headings are bold body text a little larger.
import type PDFDocument from 'pdfkit';
import { drawRunLines, wrapRuns, type StyledRun } from './pdf-rich-lines';
import type { ReportFonts } from './report-fonts';
import { plainInline, type RichBlock, type RichInline, type RichSpan } from './rich-text';

type Doc = InstanceType<typeof PDFDocument>;

export interface RichPdfOptions {
  x: number;
  width: number;
  size: number;
  fonts: ReportFonts;
  /** Bold label ("Comment: ") run into the first paragraph. */
  label?: string;
  /** Paragraphs hang: lines after the first are indented this much (a reference list). */
  hangingIndent?: number;
}

/** A list level indents 16 pt; the marker ("•", "10.") sits in the 16 pt before its text, 4 pt in. */
const LIST_INDENT = 16;
const LIST_LEFT = 4;
const QUOTE_INDENT = 12;
const LINK_COLOR = '#1a4f9c';

function face(fonts: ReportFonts, span: Pick<RichSpan, 'bold' | 'italic' | 'code'>): string {
  if (span.code) return fonts.mono;
  if (span.bold && span.italic) return fonts.boldItalic;
  if (span.bold) return fonts.bold;
  return span.italic ? fonts.italic : fonts.regular;
}

/** One paragraph of spans starting at (x, y); leaves doc.y under it. */
function writeInline(doc: Doc, spans: RichSpan[], x: number, y: number, width: number, size: number, fonts: ReportFonts, hang = 0): void {
  const list = spans.length > 0 ? spans : [{ text: '' }];
  const runs: StyledRun[] = list.map((span) => ({
    text: span.text, font: face(fonts, span), size: span.code ? size * 0.92 : size,
    color: span.href ? LINK_COLOR : 'black', link: span.href ?? null, strike: !!span.strike,
  }));
  // Wrapped once over the whole paragraph (pdf-rich-lines.ts); pdfkit's chained calls only
  // for a word wider than the line, which it cuts between characters.
  const lines = wrapRuns(doc, runs, width, width - hang);
  if (lines) return drawRunLines(doc, lines, x, x + hang, y);
  let color: string | null = null;
  list.forEach((span, i) => {
    doc.font(face(fonts, span)).fontSize(span.code ? size * 0.92 : size);
    const wanted = span.href ? LINK_COLOR : 'black';
    if (wanted !== color) doc.fillColor((color = wanted));
    // Every option is given on every call, link as null when there is none: pdfkit fills an
    // undefined option from the previous continued call, so a link would run on past its text.
    const opts = { width, continued: i < list.length - 1, link: (span.href ?? null) as string | undefined, underline: !!span.href, strike: !!span.strike };
    // A hanging paragraph is set `hang` in from x, its first line pulled back out by a
    // negative first-line indent (pdfkit applies `indent` to a paragraph's first line only).
    if (i === 0 && hang > 0) doc.text(span.text, x + hang, y, { ...opts, width: width - hang, indent: -hang });
    else if (i === 0) doc.text(span.text, x, y, opts);
    else doc.text(span.text, opts);
  });
  if (color !== 'black') doc.fillColor('black');
}

function writeTable(doc: Doc, b: Extract<RichBlock, { kind: 'table' }>, x: number, width: number, size: number, fonts: ReportFonts): void {
  const line = (cells: RichInline[]) => cells.map(plainInline).join('  |  ');
  if (b.header.length) {
    doc.font(fonts.bold).fontSize(size).text(line(b.header), x, doc.y, { width });
  }
  for (const row of b.rows) doc.font(fonts.regular).fontSize(size).text(line(row), x, doc.y, { width });
}

/** Draws the blocks from doc.y down; doc.x is back at opts.x afterwards. */
export function writeRichPdf(doc: Doc, blocks: RichBlock[], opts: RichPdfOptions): void {
  const { fonts, size } = opts;
  let label: RichSpan[] = opts.label ? [{ text: opts.label, bold: true }] : [];
  if (label.length && blocks[0]?.kind !== 'paragraph') {
    writeInline(doc, label, opts.x, doc.y, opts.width, size, fonts);
    label = [];
  }
  for (const b of blocks) {
    const x = opts.x + b.quoted * QUOTE_INDENT;
    const width = opts.width - b.quoted * QUOTE_INDENT;
    const top = doc.y;
    const page = doc.page;
    switch (b.kind) {
      case 'paragraph':
        writeInline(doc, [...label, ...b.inline], x, doc.y, width, size, fonts, opts.hangingIndent);
        label = [];
        doc.moveDown(0.3);
        break;
      case 'heading': {
        // Never larger than the memo's own heading (report h3, 11.5 pt): +1 pt, +0.5 pt, then bold only.
        const grow = Math.max(0, 1.5 - 0.5 * b.level);
        doc.moveDown(0.2);
        writeInline(doc, b.inline.map((s) => ({ ...s, bold: true })), x, doc.y, width, size + grow, fonts);
        doc.moveDown(0.15);
        break;
      }
      case 'item': {
        const textX = x + LIST_LEFT + b.depth * LIST_INDENT;
        // The marker and its text's first line on one page (a marker alone at a page's foot
        // once left a page holding only "•", the text going on to the next).
        doc.font(fonts.regular).fontSize(size);
        if (doc.y + doc.currentLineHeight(true) > doc.page.maxY()) doc.continueOnNewPage();
        const y = doc.y;
        if (b.marker) {
          doc.fillColor('black');
          doc.text(b.marker, textX - LIST_INDENT, y, { width: LIST_INDENT - 2, lineBreak: false });
        }
        writeInline(doc, b.inline, textX, y, width - LIST_LEFT - b.depth * LIST_INDENT, size, fonts);
        doc.moveDown(0.1);
        break;
      }
      case 'code': {
        doc.font(fonts.mono).fontSize(size * 0.9);
        const height = doc.heightOfString(b.text, { width: width - 8 });
        if (doc.y + height + 6 > doc.page.height - doc.page.margins.bottom) doc.addPage();
        const y = doc.y;
        doc.save().rect(x, y, width, height + 6).fill('#f2f2f2').restore();
        doc.fillColor('black').text(b.text, x + 4, y + 3, { width: width - 8 });
        doc.y = y + height + 6;
        doc.moveDown(0.3);
        break;
      }
      case 'rule': {
        const y = doc.y + 3;
        doc.save().lineWidth(0.5).strokeColor('#bbbbbb').moveTo(x, y).lineTo(x + width, y).stroke().restore();
        doc.y = y + 6;
        break;
      }
      case 'table':
        writeTable(doc, b, x, width, size, fonts);
        doc.moveDown(0.3);
        break;
    }
    if (b.quoted > 0 && doc.page === page) {
      const ruleX = opts.x + b.quoted * QUOTE_INDENT - QUOTE_INDENT / 2;
      doc.save().lineWidth(1.5).strokeColor('#aaaaaa').moveTo(ruleX, top).lineTo(ruleX, doc.y - 2).stroke().restore();
    }
  }
  if (label.length) writeInline(doc, label, opts.x, doc.y, opts.width, size, fonts);
  doc.x = opts.x;
}
