// Area highlights in the reports: a figure, a table or a scanned page is printed as the image of
// its region, the highlight's comment under it as the caption ("Figure: <comment>"), then the
// citation, as in a paper. A comment that already names what it shows ("Table 3. Budget",
// "Рис. 2 — …") is the caption as it is. The image is printed at its size on the page, shrunk
// to the text column (and a page's height) when larger: a small chart blown up to the column's
// width would only be a blurred one. The quote (the text under the area) is not printed beside
// the image, but stands in for it, under the placeholder, when no image can be made.
import type { AreaRegion, RegionImage } from '../../pdf/region-images';
import type { ReportLabels } from './report-labels';
import { plainInline, type RichBlock } from './rich-text';

export type { AreaRegion };

/** Words a caption starts with when it names itself, in English and Russian. */
const CAPTION_WORD = /^(fig(ure)?s?|tables?|tab\.|charts?|graphs?|maps?|box|exhibit|plate|diagram|рис(унок|унки|\.)|табл(ица|ицы|\.)|схема|диаграмма|график|карта|врезка)(?=[\s\d.:,;\u2013\u2014-]|$)/iu;

/** The first paragraph's text, if the comment opens with one. */
function firstParagraph(blocks: readonly RichBlock[]): string {
  const b = blocks[0];
  return b && (b.kind === 'paragraph' || b.kind === 'heading') ? plainInline(b.inline).trim() : '';
}

export function figureOf(area: AreaRegion, commentBlocks: readonly RichBlock[], labels: ReportLabels): {
  area: AreaRegion;
  captionLabel: string;
  alt: string;
} {
  const first = firstParagraph(commentBlocks);
  if (commentBlocks.length === 0) return { area, captionLabel: labels.figure, alt: labels.figure };
  const names = CAPTION_WORD.test(first);
  const label = names ? '' : `${labels.figure}: `;
  return { area, captionLabel: label, alt: `${label}${first}`.trim() || labels.figure };
}

/** Display size in points: the region's own size on its page, within maxWidth x maxHeight,
 *  keeping the image's aspect ratio (from its pixels, which are what is shown). */
export function figureSize(image: { width: number; height: number; widthPt: number }, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const ratio = image.width / Math.max(1, image.height);
  const width = Math.min(image.widthPt, maxWidth, maxHeight * ratio);
  return { width, height: width / ratio };
}

/** The placeholder text of an area without an image. */
export function figureFailure(image: RegionImage & { ok: false }, labels: ReportLabels): string {
  return labels.figureUnavailable(image.reason);
}
