// An area highlight in the HTML report: <figure> with the region's image inline as a data: URI
// (the report is one self-contained file; its CSP admits data: images and nothing else), alt
// text = the caption, and the caption (the comment after "Figure: ") as its <figcaption>. No
// image: the placeholder, and the text under the area as a quote.
import { escapeHtml } from './html-escape';
import type { ReportLabels } from './report-labels';
import { figureFailure } from './report-figures';
import type { ReportFigure, ReportPassage } from './report-model';
import { richHtml } from './rich-text-html';
import type { RegionImages } from '../../pdf/region-images';

const PX_PER_PT = 96 / 72;

export async function htmlFigure(p: ReportPassage & { figure: ReportFigure }, images: RegionImages, l: ReportLabels, lang: string): Promise<string> {
  const e = escapeHtml;
  const made = await images.render(p.figure.area);
  const caption = figureCaption(p, p.figure.captionLabel);
  if (!made.ok) {
    const quote = p.quote.trim() ? `<blockquote class="quote"${lang}>${e(p.quote)}</blockquote>` : '';
    return `<p class="figure-missing">${e(figureFailure(made, l))}</p>${quote}<div class="comment rich">${caption}</div>`;
  }
  const { image } = made;
  // Shown at its size on the page (CSS px), never wider than the column (max-width in the CSS).
  const width = Math.round(image.widthPt * PX_PER_PT);
  const height = Math.round((width * image.height) / image.width);
  const src = `data:${image.mime};base64,${Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength).toString('base64')}`;
  return `<figure class="area"><img src="${src}" width="${width}" height="${height}" alt="${e(p.figure.alt)}"><figcaption class="rich">${caption}</figcaption></figure>`;
}

/** "<p><b>Figure:</b> the comment…</p>", or the comment alone when it names itself. */
function figureCaption(p: ReportPassage, label: string): string {
  const html = richHtml(p.commentBlocks);
  if (!label) return html;
  const bold = `<b>${escapeHtml(label.trim())}</b> `;
  if (!p.commentBlocks.length) return `<p>${bold}</p>`;
  return html.startsWith('<p>') ? `<p>${bold}${html.slice(3)}` : `<p>${bold}</p>${html}`;
}
