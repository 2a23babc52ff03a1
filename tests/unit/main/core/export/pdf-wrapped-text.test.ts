// The report's own line wrapping (pdf-wrapped-text.ts) must draw what pdfkit's text(…, { width })
// draws: the same paragraphs through both decode to the same page streams, page breaks of a
// quote longer than a page included; and the lines it measures are the lines it draws.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { decodedStreams, drawPdf } from '../../../../helpers/pdf-streams';
import { drawLines, linesHeight, wrapLines } from '../../../../../main/core/export/pdf-wrapped-text';
import { reportFonts } from '../../../../../main/core/export/report-fonts';

const WORDS = ('Trafficking in persons — the anti-trafficking referral mechanism (NRM) of Moldova; трафик «жертвы» ёмкость ' +
  'сотрудничество/партнёрство 2019–2021 https://www.osce.org/files/f/documents/a/b/very-long-path-segment-without-any-break-opportunity.pdf co\u00ADoperation').split(' ');

function paragraphs(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 120; i++) {
    const n = 3 + ((i * 13) % 70);
    // Numbers between the words vary the line widths, so near-misses of the fill rule occur.
    let text = Array.from({ length: n }, (_, j) => (j % 4 === 3 ? String((i * 131 + j * 17) % 9973) : WORDS[(i * 7 + j * 3) % WORDS.length])).join(i % 9 === 0 ? '  ' : ' ');
    if (i % 5 === 0) text = text.replace(/ (\S+) (\S+) /, ' $1\n$2 ');
    if (i % 17 === 0) text += '\n\nA second paragraph after a blank line.';
    out.push(text);
  }
  // One quote longer than a page: it continues on the next page.
  out.push(Array.from({ length: 1400 }, (_, j) => WORDS[j % WORDS.length]).join(' '));
  return out;
}

function draw(own: boolean, fast: boolean): Promise<Buffer> {
  return drawPdf(fast, (doc, fonts) => paragraphs().forEach((text, i) => {
    const width = [467, 300, 120][i % 3];
    doc.font(fonts.regular).fontSize([10.5, 9, 12][i % 3]);
    if (i % 4 === 1) doc.fillColor('#444444');
    const x = 73;
    const y = doc.y + 4;
    if (own) drawLines(doc, wrapLines(doc, text, width), x, y);
    else doc.text(text, x, y, { width });
    doc.fillColor('black');
  }));
}


describe('PDF report line wrapping', () => {
  for (const fast of [false, true]) {
    it(`draws the page streams pdfkit's own wrapping draws${fast ? ' (with the fast paths)' : ''}`, async () => {
      const theirs = decodedStreams(await draw(false, fast));
      const ours = decodedStreams(await draw(true, fast));
      expect(theirs.length).toBeGreaterThan(20);
      expect(ours.length).toBe(theirs.length);
      ours.forEach((s, i) => expect(s, `stream ${i}`).toBe(theirs[i]));
    });
  }

  it('measures the height pdfkit measures, and cuts a word wider than the line', () => {
    const doc = new PDFDocument({ size: 'A4', margin: 57, font: reportFonts().regular } as PDFKit.PDFDocumentOptions);
    doc.fontSize(10.5);
    for (const [i, text] of paragraphs().slice(0, 60).entries()) {
      const width = [467, 300, 120][i % 3];
      expect(linesHeight(doc, wrapLines(doc, text, width)), text).toBeCloseTo(doc.heightOfString(text, { width }), 6);
    }
    const url = WORDS.find((w) => w.startsWith('https'))!;
    const lines = wrapLines(doc, url, 120);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((l) => l.text).join('')).toBe(url);
    for (const l of lines) expect(doc.widthOfString(l.text)).toBeLessThanOrEqual(120);
  });
});
