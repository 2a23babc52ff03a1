// PDF evidence report with pdfkit on A4, embedding DejaVu Sans (regular + bold) so Cyrillic,
// « » — “ ” and ё survive; pdfkit subsets the font and writes a ToUnicode map, so pdf.js and
// pdftotext give the quotes back as text. A quote shorter than a page is kept on one page
// (moved whole to the next) so its grey left rule is one line; page numbers go in the footer
// (pdf-page-numbers.ts). Pages are written out as they fill: nothing of a finished page stays.
// Comments and memos are Markdown, drawn with their formatting by rich-text-pdf.ts.
import PDFDocument from 'pdfkit';
import type { ExportProgress } from './export-progress';
import { writePdfFigure } from './pdf-figure';
import { PageNumbers } from './pdf-page-numbers';
import { useFastPaths } from './pdfkit-fast-paths';
import { drawRunLines, type StyledRun, wrapRuns } from './pdf-rich-lines';
import { drawLines, linesHeight, wrapLines } from './pdf-wrapped-text';
import { reportFonts } from './report-fonts';
import { bibliographyBlocks, coderLine, type ReportModel, type ReportTable } from './report-model';
import { writeRichPdf } from './rich-text-pdf';

type Doc = InstanceType<typeof PDFDocument>;

/** 2 cm margins on A4 (595 x 842 pt) leave a 483 pt text column. */
const MARGIN = 57;
const QUOTE_INDENT = 16;
/** A reference list's hanging indent: 0.5 in, as the DOCX report and the style guides set it. */
const BIBLIOGRAPHY_HANG = 36;
// Fonts are selected by path, not by registerFont() names: pdfkit 0.20 re-reads and re-parses
// a registered font on every font() call when the same face is the document default (500
// codings took 9.5 s, mostly in fontkit), while a path hits its font cache.
const REGULAR = () => reportFonts().regular;
const BOLD = () => reportFonts().bold;
const SIZES = { title: 24, h1: 17, h2: 13, h3: 11.5, body: 10.5, small: 9, table: 8 };

export async function writePdfReport(model: ReportModel, progress: ExportProgress): Promise<Uint8Array> {
  const fonts = reportFonts();
  const l = model.labels;
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: false,
    font: fonts.regular,
    lang: model.language,
    info: { Title: model.subtitle ? `${model.title} \u2014 ${model.subtitle}` : model.title, Creator: 'Glossa' },
  } as PDFKit.PDFDocumentOptions);
  useFastPaths(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const pageNumbers = new PageNumbers(doc, { font: fonts.regular, size: SIZES.small, grey: 0.4, margin: MARGIN, top: (height) => height - MARGIN / 2 - SIZES.small });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const heading = (text: string, size: number, gapBefore = 0.8) => {
    doc.font(BOLD()).fontSize(size);
    // Keep a heading with at least three lines of what follows it.
    ensure(doc.heightOfString(text, { width }) + 3 * SIZES.body * 1.4 + size * gapBefore);
    doc.moveDown(gapBefore).text(text, MARGIN, doc.y, { width }).moveDown(0.3);
    doc.font(REGULAR()).fontSize(SIZES.body);
  };
  const note = (text: string) => {
    doc.font(fonts.italic).fontSize(SIZES.small).fillColor('#595959').text(text, MARGIN, doc.y, { width });
    doc.fillColor('black').font(REGULAR()).fontSize(SIZES.body).moveDown(0.3);
  };
  const labelled = (label: string, text: string) => {
    doc.font(BOLD()).fontSize(SIZES.body).text(`${label}: `, MARGIN, doc.y, { width, continued: true });
    doc.font(REGULAR()).text(text, { width });
  };

  // Title page.
  doc.moveDown(8).font(BOLD()).fontSize(SIZES.title).text(model.title, { width, align: 'center' });
  if (model.subtitle) doc.moveDown(0.5).font(REGULAR()).fontSize(SIZES.h2).text(model.subtitle, { width, align: 'center' });
  doc.moveDown(2).fontSize(SIZES.body);
  labelled(l.generated, model.date);
  labelled(l.filter, model.filterSummary);
  doc.text(model.summary, { width });

  doc.addPage();
  heading(l.codebook, SIZES.h1, 0);
  note(model.codebookNote);
  for (const code of model.codebook) {
    heading(code.heading, SIZES.h3, 0.5);
    if (code.definition) labelled(l.definition, code.definition);
    if (code.inclusion) labelled(l.inclusion, code.inclusion);
    if (code.exclusion) labelled(l.exclusion, code.exclusion);
  }

  doc.addPage();
  heading(l.passages, SIZES.h1, 0);
  const figureLayout = { x: MARGIN + QUOTE_INDENT, width: width - QUOTE_INDENT, top: MARGIN, bottom, fonts, size: SIZES.small, quote: (text: string) => writeQuote(doc, text, width, bottom) };
  let done = 0;
  for (const section of model.sections) {
    heading(section.heading, SIZES.h2);
    note(section.count);
    for (const p of section.passages) {
      if (p.figure) await writePdfFigure(doc, { ...p, figure: p.figure }, model.images, l, figureLayout);
      else writeQuote(doc, p.quote, width, bottom);
      writeSourceLine(doc, `${p.citation} \u00b7 ${coderLine(p, l)}`, p.link ? { text: l.openInGlossa, url: p.link } : null, width - QUOTE_INDENT);
      if (p.commentBlocks.length && !p.figure) {
        doc.y += 2;
        writeRichPdf(doc, p.commentBlocks, { x: MARGIN + QUOTE_INDENT, width: width - QUOTE_INDENT, size: SIZES.small, fonts, label: `${l.comment}: ` });
      }
      doc.moveDown(0.6);
      await progress.row(++done, model.passageCount, 0, 0.85);
    }
  }

  if (model.memos && model.memos.length > 0) {
    doc.addPage();
    heading(l.memos, SIZES.h1, 0);
    for (const memo of model.memos) {
      heading(memo.heading, SIZES.h3, 0.5);
      writeRichPdf(doc, memo.blocks, { x: MARGIN, width, size: SIZES.body, fonts });
    }
  }
  if (model.tables) {
    doc.addPage();
    heading(l.tables, SIZES.h1, 0);
    for (const table of model.tables) writeTable(doc, table, width, bottom, heading);
  }
  // The report ends with the list of the documents it cites, in the export's citation style.
  if (model.bibliography.entries.length > 0) {
    doc.addPage();
    heading(model.bibliography.heading, SIZES.h1, 0);
    for (const block of bibliographyBlocks(model)) {
      // The style's hanging indent (APA, Chicago, Cite Them Right) as in the DOCX and HTML reports.
      writeRichPdf(doc, [block], { x: MARGIN, width, size: SIZES.body, fonts, hangingIndent: model.bibliography.hangingIndent ? BIBLIOGRAPHY_HANG : 0 });
      doc.moveDown(0.4);
    }
  }
  progress.check();
  pageNumbers.finish();
  doc.end();
  await ended;
  progress.check();
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A passage's source line under its quote: the citation and coder in small grey type and, for a
 * passage with a link back, "Open in Glossa" in blue, underlined, a Link annotation (URI action)
 * over those words — one paragraph, wrapped once with the comments' line wrapping.
 */
function writeSourceLine(doc: Doc, source: string, link: { text: string; url: string } | null, width: number): void {
  const fonts = reportFonts();
  const x = MARGIN + QUOTE_INDENT;
  const y = doc.y + 2;
  const run = (text: string, color: string, url: string | null): StyledRun => ({ text, font: fonts.regular, size: SIZES.small, color, link: url, strike: false });
  const runs = link ? [run(`${source} \u00b7 `, '#444444', null), run(link.text, '#1a4f9c', link.url)] : [run(source, '#444444', null)];
  const lines = wrapRuns(doc, runs, width, width);
  if (lines) {
    drawRunLines(doc, lines, x, x, y);
    return;
  }
  // A word wider than the line (a very long title): pdfkit cuts it between characters.
  doc.font(fonts.regular).fontSize(SIZES.small).fillColor('#444444');
  if (link) {
    doc.text(`${source} \u00b7 `, x, y, { width, continued: true });
    doc.fillColor('#1a4f9c').text(link.text, { link: link.url, underline: true });
  } else doc.text(source, x, y, { width });
  doc.fillColor('black');
}

function writeQuote(doc: Doc, quote: string, width: number, bottom: () => number): void {
  const inner = width - QUOTE_INDENT;
  doc.font(REGULAR()).fontSize(SIZES.body);
  // Wrapped once (pdf-wrapped-text.ts): the height decides the page, the same lines are drawn.
  const lines = wrapLines(doc, quote, inner);
  const height = linesHeight(doc, lines);
  if (height < bottom() - MARGIN && doc.y + height + 4 > bottom()) doc.addPage();
  const top = doc.y + 4;
  const page = doc.page;
  drawLines(doc, lines, MARGIN + QUOTE_INDENT, top);
  // The rule only when the quote stayed on one page (a quote longer than a page has none).
  if (doc.page === page) {
    doc.save().lineWidth(2).strokeColor('#7a7a7a');
    doc.moveTo(MARGIN + 4, top).lineTo(MARGIN + 4, doc.y).stroke().restore();
  }
}

function writeTable(
  doc: Doc,
  table: ReportTable,
  width: number,
  bottom: () => number,
  heading: (text: string, size: number, gap?: number) => void,
): void {
  heading(table.title, SIZES.h3, 0.8);
  if (table.note) doc.font(REGULAR()).fontSize(SIZES.small).text(table.note, MARGIN, doc.y, { width });
  const first = table.header.length > 1 ? width * 0.4 : width;
  const rest = table.header.length > 1 ? (width - first) / (table.header.length - 1) : 0;
  const x = (i: number) => MARGIN + (i === 0 ? 0 : first + (i - 1) * rest);
  const w = (i: number) => (i === 0 ? first : rest) - 4;
  const writeRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? BOLD() : REGULAR()).fontSize(SIZES.table);
    const sizes = cells.map((c, i) => cellFontSize(doc, c, w(i)));
    const height = Math.max(...cells.map((c, i) => doc.fontSize(sizes[i]).heightOfString(c, { width: w(i) }))) + 4;
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (!bold) writeRow(table.header, true);
      doc.font(REGULAR()).fontSize(SIZES.table);
    }
    const top = doc.y;
    cells.forEach((c, i) => doc.fontSize(sizes[i]).text(c, x(i) + 2, top + 2, { width: w(i), align: i === 0 ? 'left' : 'right' }));
    doc.fontSize(SIZES.table);
    doc.save().lineWidth(0.5).strokeColor('#bbbbbb').moveTo(MARGIN, top + height).lineTo(MARGIN + width, top + height).stroke().restore();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  writeRow(table.header, true);
  for (const row of table.rows) writeRow(row, false);
  doc.moveDown(0.8);
}

/** Smallest size a table cell may shrink to; below it text is unreadable in print. */
const MIN_TABLE_SIZE = 4.5;

/**
 * The font size at which the cell's longest word fits its column (pdfkit would otherwise
 * break "Kyrgyzstan" into "Kyrgyz" / "stan"): the table size, or smaller for that cell only.
 * Words wrap at spaces as usual. The current font must be set.
 */
function cellFontSize(doc: Doc, text: string, width: number): number {
  doc.fontSize(SIZES.table);
  const widest = Math.max(0, ...text.split(/\s+/).map((word) => doc.widthOfString(word)));
  if (widest <= width) return SIZES.table;
  return Math.max(MIN_TABLE_SIZE, Math.floor((SIZES.table * width * 10) / widest) / 10);
}
