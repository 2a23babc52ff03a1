// The PDF writer's fast paths (pdfkit-fast-paths.ts) must change how pdfkit works, never what
// it writes: the same drawing made with and without them decodes to the same streams.
import { describe, expect, it } from 'vitest';
import { decodedStreams, drawPdf } from '../../../../helpers/pdf-streams';

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
