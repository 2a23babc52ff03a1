// The region of an area highlight rendered by the pdf.js adapter: the crop of a real PDF page,
// on a page turned by /Rotate too (the image turns with the page, as a reader shows it), and
// the answers instead of an image: no PDF, a PDF pdf.js cannot open, a page that does not exist.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { degrees, PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { RegionImages } from '../../../../main/pdf/region-images';
import { FIGURE_BAR, FIGURE_CHART, makeBrokenPdf, makeFigureReport } from '../../../fixtures/pdf-fixtures';

async function centre(bytes: Uint8Array): Promise<{ width: number; height: number; colour: string }> {
  const img = await loadImage(Buffer.from(bytes));
  const ctx = createCanvas(img.width, img.height).getContext('2d');
  ctx.drawImage(img, 0, 0);
  const [r, g, b] = ctx.getImageData(Math.floor(img.width / 2), Math.floor(img.height / 2), 1, 1).data;
  return { width: img.width, height: img.height, colour: `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}` };
}

describe('RegionImages', () => {
  it('crops the area of a page turned by /Rotate 90 as the page is shown: taller than wide', async () => {
    const pdf = await PDFDocument.load(await makeFigureReport());
    pdf.getPage(0).setRotation(degrees(90));
    const bytes = await pdf.save();
    const images = new RegionImages(() => bytes);
    try {
      const made = await images.render({ documentId: 'd', pageIndex: 0, rect: FIGURE_CHART });
      if (!made.ok) throw new Error(`no image: ${made.reason}`);
      const seen = await centre(made.image.bytes);
      expect(seen.colour).toBe(FIGURE_BAR.fill);
      // 300 x 200 pt at 150 dpi, turned a quarter.
      expect([seen.width, seen.height]).toEqual([418, 626]);
      expect([made.image.widthPt, made.image.heightPt]).toEqual([200, 300]);
    } finally {
      await images.close();
    }
  });

  it('answers noPdf, broken and outside instead of an image', async () => {
    const good = await makeFigureReport();
    const images = new RegionImages((id) => (id === 'none' ? null : id === 'broken' ? makeBrokenPdf() : good));
    try {
      expect(await images.render({ documentId: 'none', pageIndex: 0, rect: FIGURE_CHART })).toEqual({ ok: false, reason: 'noPdf' });
      expect(await images.render({ documentId: 'broken', pageIndex: 0, rect: FIGURE_CHART })).toEqual({ ok: false, reason: 'broken' });
      expect(await images.render({ documentId: 'good', pageIndex: 7, rect: FIGURE_CHART })).toEqual({ ok: false, reason: 'outside' });
      expect((await images.render({ documentId: 'good', pageIndex: 0, rect: FIGURE_CHART })).ok).toBe(true);
    } finally {
      await images.close();
    }
  });
});
