// Turns a plain-text source from another QDA tool into a PDF, since a Glossa document is a
// PDF with page texts: A4, DejaVu Sans 10 pt (Cyrillic included), text flowed by pdfkit. The
// page texts are then extracted with pdf.js like any imported PDF, so highlights anchor on
// exactly what the reader shows; selections are placed by finding their quotes.
import PDFDocument from 'pdfkit';
import { reportFonts } from '../export/report-fonts';

export function textToPdf(title: string, text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Producer: 'Glossa' } });
  doc.registerFont('body', reportFonts().regular);
  doc.font('body').fontSize(10);
  // XML-safe text can still hold form feeds and other controls pdfkit would draw as boxes.
  // eslint-disable-next-line no-control-regex
  doc.text(text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f]/g, ' '), { width: 483 });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * Finds `needle` in `hay` ignoring differences in whitespace (line wrapping, double spaces);
 * returns the UTF-16 range in `hay` or null.
 */
export function findIgnoringSpace(hay: string, needle: string): [number, number] | null {
  const n = needle.replace(/\s+/g, ' ').trim();
  if (!n) return null;
  const map: number[] = [];
  let flat = '';
  let inSpace = false;
  for (let i = 0; i < hay.length; i++) {
    const isSpace = /\s/.test(hay[i]);
    if (isSpace) {
      if (!inSpace) {
        flat += ' ';
        map.push(i);
      }
      inSpace = true;
    } else {
      flat += hay[i];
      map.push(i);
      inSpace = false;
    }
  }
  const at = flat.indexOf(n);
  if (at < 0) return null;
  const end = at + n.length - 1;
  return [map[at], map[end] + 1];
}
