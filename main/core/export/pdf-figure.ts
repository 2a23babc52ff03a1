// An area highlight in the PDF report: the image of its region (pdfkit embeds a PNG's or a
// JPEG's data as an image XObject), at its size on the page, shrunk to the column and to what
// a page can hold with the caption; moved whole to the next page when it does not fit below.
// Then the caption (the comment after "Figure: "). No image: the placeholder, and the text
// under the area as a quote (drawn by the report's own quote writer).
import type PDFDocument from 'pdfkit';
import type { RegionImages } from '../../pdf/region-images';
import type { ReportFonts } from './report-fonts';
import type { ReportLabels } from './report-labels';
import { figureFailure, figureSize } from './report-figures';
import type { ReportFigure, ReportPassage } from './report-model';
import { writeRichPdf } from './rich-text-pdf';
import { rgbPngParts } from '../../pdf/png-rgb';

type Doc = InstanceType<typeof PDFDocument>;

export interface PdfFigureLayout {
  x: number;
  width: number;
  /** Top and bottom of the text area of a page. */
  top: number;
  bottom: () => number;
  fonts: ReportFonts;
  size: number;
  quote: (text: string) => void;
}

/** An image as pdfkit's image() takes it: the bytes (pdfkit reads them), or an RGB PNG's data
 *  made into its image XObject here. pdfkit would parse the PNG with png-js, which copies the
 *  compressed data byte by byte into an array (~0.7 ms a figure on the writer's thread); the
 *  object is the one pdfkit makes of such a PNG (FlateDecode, PNG predictor, DeviceRGB). */
function pdfImage(doc: Doc, bytes: Uint8Array): Buffer | { width: number; height: number; label: string; obj: unknown; embed(): void } {
  const internals = doc as unknown as { _imageCount?: number; ref?: (data: Record<string, unknown>) => { end(chunk: Uint8Array): void } };
  const png = typeof internals._imageCount === 'number' && typeof internals.ref === 'function' ? rgbPngParts(bytes) : null;
  if (!png) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const obj = internals.ref!({
    Type: 'XObject',
    Subtype: 'Image',
    BitsPerComponent: 8,
    Width: png.width,
    Height: png.height,
    ColorSpace: 'DeviceRGB',
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: 3, BitsPerComponent: 8, Columns: png.width },
  });
  obj.end(png.idat);
  return { width: png.width, height: png.height, label: `I${(internals._imageCount = internals._imageCount! + 1)}`, obj, embed: () => undefined };
}

/** Room kept under an image on its page for a caption line or two and the citation. */
const CAPTION_ROOM = 48;

export async function writePdfFigure(doc: Doc, p: ReportPassage & { figure: ReportFigure }, images: RegionImages, l: ReportLabels, at: PdfFigureLayout): Promise<void> {
  const made = await images.render(p.figure.area);
  if (made.ok) {
    const size = figureSize(made.image, at.width, at.bottom() - at.top - CAPTION_ROOM - 8);
    if (doc.y + 8 + size.height + CAPTION_ROOM > at.bottom()) doc.addPage();
    const top = doc.y + 8;
    // pdfkit's image() also takes an image it has opened (its types name only the sources).
    doc.image(pdfImage(doc, made.image.bytes) as unknown as Buffer, at.x, top, { width: size.width, height: size.height });
    doc.save().lineWidth(0.5).strokeColor('#dddddd').rect(at.x, top, size.width, size.height).stroke().restore();
    doc.x = at.x;
    doc.y = top + size.height + 4;
  } else {
    doc.font(at.fonts.italic).fontSize(at.size).fillColor('#8a1c1c');
    doc.text(figureFailure(made, l), at.x, doc.y + 8, { width: at.width });
    doc.fillColor('black');
    if (p.quote.trim()) at.quote(p.quote);
    doc.y += 2;
  }
  doc.fillColor('black');
  writeRichPdf(doc, p.commentBlocks, { x: at.x, width: at.width, size: at.size, fonts: at.fonts, label: p.figure.captionLabel || undefined });
}
