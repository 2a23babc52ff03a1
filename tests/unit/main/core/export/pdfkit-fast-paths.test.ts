// The PDF writer's fast paths (pdfkit-fast-paths.ts) must change how pdfkit works, never what
// it writes: the same drawing made with and without them decodes to the same streams.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { decodedStreams, drawPdf } from '../../../../helpers/pdf-streams';
import { batchWrites } from '../../../../../main/core/export/pdfkit-fast-paths';
import { reportFonts } from '../../../../../main/core/export/report-fonts';

const WORDS = 'Trafficking in persons\tтрафик «жертвы» — ёмкость referral referral cooperation'.split(' ');

function draw(fast: boolean): Promise<Buffer> {
  return drawPdf(fast, (doc, fonts) => {
    for (let i = 0; i < 400; i++) {
      const text = Array.from({ length: 5 + (i % 17) }, (_, j) => WORDS[(i * 7 + j) % WORDS.length]).join(' ');
      doc.font(i % 3 === 0 ? fonts.bold : fonts.regular).fontSize(9 + (i % 4));
      doc.text(`${text} `, { width: 300, continued: i % 5 === 0 });
      if (i % 11 === 0) doc.fillColor('#1a4f9c').text('the source', { link: 'https://example.org/r', underline: true }).fillColor('black');
      if (i % 13 === 0) doc.text(text, { width: 200, align: 'right' });
      if (i % 19 === 0) doc.text(text, { width: 300, align: 'justify' });
    }
  });
}

describe('pdfkit fast paths', () => {
  it('write the streams pdfkit writes on its own: page content, fonts, ToUnicode maps', async () => {
    const plain = decodedStreams(await draw(false));
    const fast = decodedStreams(await draw(true));
    expect(plain.length).toBeGreaterThan(10);
    expect(fast.length).toBe(plain.length);
    fast.forEach((s, i) => expect(s, `stream ${i}`).toBe(plain[i]));
  });
});

/** A whole file, pdfkit alone or with its writes batched; and how many chunks it came in. */
async function file(batched: boolean): Promise<{ bytes: Buffer; chunks: number }> {
  const fonts = reportFonts();
  const doc = new PDFDocument({ size: 'A4', margin: 57, font: fonts.regular, info: { CreationDate: new Date(0), Title: 'Отчёт (draft) \\ 1' } } as PDFKit.PDFDocumentOptions);
  if (batched) batchWrites(doc);
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  for (let i = 0; i < 300; i++) {
    doc.font(i % 2 ? fonts.bold : fonts.regular).fontSize(10).text(`${WORDS[i % WORDS.length]} ${i}`, { width: 300 });
    if (i % 3 === 0) doc.text('link', { link: `https://example.org/r/${i}?q=(a)`, underline: true });
    if (i % 40 === 0) doc.addPage();
  }
  doc.end();
  await ended;
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
}

describe('pdfkit writes batched', () => {
  it('give the same file, byte for byte, in far fewer chunks', async () => {
    const plain = await file(false);
    const batched = await file(true);
    expect(batched.bytes.equals(plain.bytes)).toBe(true);
    // The xref table's offsets are right (pdf.js would repair a wrong one silently).
    const text = batched.bytes.toString('latin1');
    const start = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(start, start + 4)).toBe('xref');
    expect(plain.chunks).toBeGreaterThan(1000);
    expect(batched.chunks).toBeLessThan(plain.chunks / 10);
  });
});
