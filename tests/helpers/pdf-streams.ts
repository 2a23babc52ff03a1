// The streams of a PDF file as text, for tests that compare what two ways of drawing wrote:
// every `stream … endstream`, inflated where it is deflated; and a drawing to compare.
import zlib from 'node:zlib';
import PDFDocument from 'pdfkit';
import { useFastPaths } from '../../main/core/export/pdfkit-fast-paths';
import { reportFonts, type ReportFonts } from '../../main/core/export/report-fonts';

export function decodedStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  for (const m of pdf.toString('latin1').matchAll(/stream\n([\s\S]*?)\nendstream/g)) {
    const bytes = Buffer.from(m[1], 'latin1');
    try {
      out.push(zlib.inflateSync(bytes).toString('latin1'));
    } catch {
      out.push(m[1]);
    }
  }
  return out;
}

/** The bytes of an A4 report-like PDF drawn by `paint` (a fixed creation date, so two drawings
 *  differ only in what was drawn), with or without the report's pdfkit fast paths. */
export async function drawPdf(fast: boolean, paint: (doc: InstanceType<typeof PDFDocument>, fonts: ReportFonts) => void): Promise<Buffer> {
  const fonts = reportFonts();
  const doc = new PDFDocument({ size: 'A4', margin: 57, font: fonts.regular, info: { CreationDate: new Date(0) } } as PDFKit.PDFDocumentOptions);
  if (fast) useFastPaths(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  paint(doc, fonts);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
