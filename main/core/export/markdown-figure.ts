// An area highlight in the Markdown report: the region's image inline as a data: URI, so the
// report stays one file (Pandoc, Obsidian, Typora and VS Code show it; GitHub does not), then
// the caption (the comment after "**Figure:**") as written. No image: the placeholder and the
// text under the area as a quote.
import type { RegionImages } from '../../pdf/region-images';
import { escapeMarkdown, markdownBlockquote } from './markdown-report';
import type { ReportLabels } from './report-labels';
import { figureFailure } from './report-figures';
import type { ReportFigure, ReportPassage } from './report-model';
import { demoteHeadings } from './rich-text';

export async function markdownFigure(p: ReportPassage & { figure: ReportFigure }, images: RegionImages, l: ReportLabels, headingShift: number): Promise<string[]> {
  const out: string[] = [];
  const made = await images.render(p.figure.area);
  if (made.ok) {
    const { bytes, mime } = made.image;
    const alt = escapeMarkdown(p.figure.alt).replace(/\n/g, ' ');
    out.push(`![${alt}](data:${mime};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')})`, '');
  } else {
    out.push(`*${escapeMarkdown(figureFailure(made, l))}*`, '');
    if (p.quote.trim()) out.push(markdownBlockquote(p.quote), '');
  }
  const label = p.figure.captionLabel.trim();
  const bold = label ? `**${escapeMarkdown(label)}**` : '';
  if (!p.commentBlocks.length) out.push(bold, '');
  else {
    const comment = demoteHeadings(p.comment, headingShift);
    const inline = p.commentBlocks[0].kind === 'paragraph' && p.commentBlocks[0].quoted === 0;
    out.push(!bold ? comment : inline ? `${bold} ${comment}` : `${bold}\n\n${comment}`, '');
  }
  return out;
}
