// An area highlight in the DOCX report: the image of its region as an inline picture (docx's
// ImageRun, which files the PNG or JPEG as word/media/<hash>.<ext> with its relationship when
// the fragment is formatted), alt text = the caption, then the caption (the comment, after
// "Figure: "). No image: the placeholder, and the text under the area as a quote.
import { ImageRun, Paragraph, TextRun } from 'docx';
import type { DocxFragments } from './docx-fragments';
import type { ReportLabels } from './report-labels';
import { figureFailure, figureSize } from './report-figures';
import type { ReportFigure, ReportPassage } from './report-model';
import { richDocx } from './rich-text-docx';
import type { RegionImages } from '../../pdf/region-images';
import { xmlSafe } from './xml-text';

/** Twips of the quote, comment and citation indent (docx-report.ts). */
export const FIGURE_INDENT = 567;
/** The text column (9026 twips) less the indent, in points; the height leaves room for the
 *  caption and citation on the page of A4 less docx's default margins (698 pt). */
const MAX_WIDTH_PT = (9026 - FIGURE_INDENT) / 20;
const MAX_HEIGHT_PT = 520;
const PX_PER_PT = 96 / 72;

/** Appends the figure's paragraphs to the passages being written. */
export async function addDocxFigure(passages: DocxFragments, p: ReportPassage & { figure: ReportFigure }, images: RegionImages, l: ReportLabels): Promise<void> {
  const made = await images.render(p.figure.area);
  if (made.ok) {
    const size = figureSize(made.image, MAX_WIDTH_PT, MAX_HEIGHT_PT);
    const alt = xmlSafe(p.figure.alt);
    passages.add([
      new Paragraph({
        indent: { left: FIGURE_INDENT },
        spacing: { before: 200, after: 60 },
        keepNext: true,
        children: [
          new ImageRun({
            type: made.image.mime === 'image/png' ? 'png' : 'jpg',
            data: made.image.bytes,
            transformation: { width: Math.round(size.width * PX_PER_PT), height: Math.round(size.height * PX_PER_PT) },
            altText: { name: alt.slice(0, 250), description: alt, title: alt.slice(0, 250) },
          }),
        ],
      }),
    ]);
  } else {
    passages.add([new Paragraph({ indent: { left: FIGURE_INDENT }, spacing: { before: 200, after: 60 }, children: [new TextRun({ text: figureFailure(made, l), italics: true, size: 20, color: '8A1C1C' })] })]);
    if (p.quote.trim()) passages.addStyledText('Quote', p.quote);
  }
  passages.add(richDocx(p.commentBlocks, { size: 20, indent: FIGURE_INDENT, label: p.figure.captionLabel || undefined }));
}
