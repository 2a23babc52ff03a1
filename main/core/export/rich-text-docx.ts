// Comments and memos in the DOCX report: the rich-text model (rich-text.ts) as Word runs and
// paragraphs. Bold, italic, strike and code are run properties; links are real hyperlinks
// (w:hyperlink to an external relationship) in Word's "Hyperlink" character style; list items
// are paragraphs with a hanging indent, the bullet or number, then a tab. Memo headings are
// bold paragraphs, not Heading styles, so they stay out of Word's navigation pane and TOC,
// where only the report's own structure belongs. Runs and body paragraphs are written from
// per-style templates of docx's own XML (docx-run-xml.ts, docx-paragraph-xml.ts); table cells
// stay docx objects.
import {
  BorderStyle,
  ExternalHyperlink,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { ParagraphXml, type ParagraphStyle } from './docx-paragraph-xml';
import { RunXml, type RunStyle } from './docx-run-xml';
import type { RichBlock, RichInline, RichSpan } from './rich-text';
import { xmlSafe } from './xml-text';

/** Twips: 1 cm = 567. A list level indents 0.63 cm, the marker hangs 0.63 cm. */
const LEVEL_INDENT = 357;
const QUOTE_INDENT = 425;
const MONO = 'Consolas';

export interface RichDocxOptions {
  /** Half-points (22 = 11 pt). */
  size: number;
  /** Left indent of every block, twips. */
  indent?: number;
  /** Bold label ("Comment: ") before the first paragraph. */
  label?: string;
}

/** Runs of one span: '\n' as <w:br/>, tabs as <w:tab/>, characters XML forbids dropped. */
function spanRuns(span: RichSpan, size: number, extra: { bold?: boolean } = {}): TextRun[] {
  return xmlSafe(span.text)
    .split('\n')
    .map(
      (line, i) =>
        // Written from a per-style template (docx-run-xml.ts): the XML of the TextRun of these options.
        new RunXml(
          {
            size,
            bold: span.bold || extra.bold || undefined,
            italics: span.italic || undefined,
            strike: span.strike || undefined,
            font: span.code ? MONO : undefined,
            shading: span.code ? { type: ShadingType.CLEAR, fill: 'EFEFEF' } : undefined,
            style: span.href ? 'Hyperlink' : undefined,
            break: i > 0 ? 1 : undefined,
          },
          line.split('\t'),
        ) as unknown as TextRun,
    );
}

/** A run of plain text (a label, a list marker) from its style's template: docx's
 *  TextRun({ text, ...style }), which was a tenth of a Markdown-comment DOCX report's time. */
const plainRun = (text: string, style: RunStyle): TextRun => new RunXml(style, [xmlSafe(text)]) as unknown as TextRun;

export function inlineDocx(inline: RichInline, size: number, extra: { bold?: boolean } = {}): ParagraphChild[] {
  return inline.map((span) => {
    const runs = spanRuns(span, size, extra);
    return span.href ? new ExternalHyperlink({ link: span.href, children: runs }) : runs;
  }).flat();
}

function quoteStyle(quoted: number, indent: number) {
  if (quoted === 0) return { indent: { left: indent } };
  return {
    indent: { left: indent + quoted * QUOTE_INDENT },
    border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'AAAAAA', space: 6 } },
  };
}

function tableDocx(b: Extract<RichBlock, { kind: 'table' }>, size: number): Table {
  const cell = (inline: RichInline, header: boolean) =>
    new TableCell({ children: [new Paragraph({ children: inlineDocx(inline, size, { bold: header }) })] });
  const rows = [
    ...(b.header.length ? [new TableRow({ tableHeader: true, children: b.header.map((c) => cell(c, true)) })] : []),
    ...b.rows.filter((r) => r.length > 0).map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
  ];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

/** A body paragraph written from its style's template (docx-paragraph-xml.ts). */
const paragraph = (style: ParagraphStyle, children: ParagraphChild[]): FileChild => new ParagraphXml(style, children) as unknown as Paragraph;

/** Blocks as Word paragraphs (and tables). */
export function richDocx(blocks: RichBlock[], opts: RichDocxOptions): FileChild[] {
  const { size } = opts;
  const indent = opts.indent ?? 0;
  const out: FileChild[] = [];
  let label = opts.label ? [plainRun(opts.label, { bold: true, size })] : [];
  // The label goes before the first paragraph, or alone when the text opens with something else.
  if (label.length && blocks[0]?.kind !== 'paragraph') {
    out.push(paragraph({ indent: { left: indent }, spacing: { after: 60 } }, label));
    label = [];
  }
  for (const b of blocks) {
    const base = quoteStyle(b.quoted, indent);
    switch (b.kind) {
      case 'paragraph':
        out.push(paragraph({ ...base, spacing: { after: 100 } }, [...label, ...inlineDocx(b.inline, size)]));
        label = [];
        break;
      case 'heading': {
        // Half-points over the body: 1: +1.5 pt, 2: +1 pt, 3 and deeper: bold only; never
        // larger than the memo's own Heading 3.
        const grow = Math.max(0, 4 - b.level);
        out.push(paragraph({ ...base, keepNext: true, spacing: { before: 160, after: 60 } }, inlineDocx(b.inline, size + grow, { bold: true })));
        break;
      }
      case 'item': {
        const left = base.indent.left + b.depth * LEVEL_INDENT;
        const marker = b.marker ? [plainRun(b.marker, { size }), new TextRun({ children: [new Tab()], size })] : [];
        out.push(paragraph({ ...base, indent: { left, hanging: b.marker ? LEVEL_INDENT : 0 }, spacing: { after: 40 } }, [...marker, ...inlineDocx(b.inline, size)]));
        break;
      }
      case 'code':
        out.push(paragraph({ ...base, shading: { type: ShadingType.CLEAR, fill: 'F2F2F2' }, spacing: { after: 100 } }, spanRuns({ text: b.text, code: true }, size - 2)));
        break;
      case 'rule':
        out.push(paragraph({ ...base, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'BBBBBB', space: 1 } } }, []));
        break;
      case 'table':
        out.push(tableDocx(b, size - 2), new Paragraph({ children: [] }));
        break;
    }
  }
  if (label.length) out.push(paragraph({ indent: { left: indent } }, label));
  return out;
}
