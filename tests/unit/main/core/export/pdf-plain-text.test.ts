// The report's direct text writer (pdf-plain-text.ts) must write the page operators pdfkit's
// text(…, { lineBreak: false }) writes: the same runs drawn both ways — kerned pairs, combining
// marks (glyph offsets: a Tm per mark), Cyrillic, spaces and tabs, newlines (dropped), in the regular,
// bold and italic faces at several sizes and colours — decode to the same page streams, with
// and without the other fast paths; and doc.x and doc.y end where pdfkit leaves them.
import { describe, expect, it } from 'vitest';
import { decodedStreams, drawPdf } from '../../../../helpers/pdf-streams';
import { drawPlainText } from '../../../../../main/core/export/pdf-plain-text';

const RUNS = [
  'AVATAR Tovarishch, WAVE “quoted” — Yes.',
  'Торговля людьми: «жертвы» ёлка ЁЖ 2019–2021',
  'e\u0301te\u0301 cafe\u0301 и\u0306 й\u0308 n\u0303',
  '  leading and trailing  \tspaces\t',
  'line\nbreaks dropped',
  'a',
  '',
  '(brackets) \\ backslash %percent',
];

function draw(own: boolean, fast: boolean): Promise<Buffer> {
  return drawPdf(fast, (doc, fonts) => {
    const faces = [fonts.regular, fonts.bold, fonts.italic];
    let y = 60;
    for (let i = 0; i < 60; i++) {
      // Newlines are dropped (pdfkit's _fragment drops them; its text() would split the run).
      const text = RUNS[i % RUNS.length];
      const drawn = text.replace(/\n/g, '');
      doc.font(faces[i % 3]).fontSize([10.5, 9, 12.25, 24][i % 4]);
      doc.fillColor(i % 5 === 0 ? '#1a4f9c' : 'black');
      const x = 57 + (i % 7) * 13.37;
      if (own) drawPlainText(doc, text, x, y, doc.widthOfString(drawn));
      else doc.text(drawn, x, y, { lineBreak: false });
      expect(doc.y).toBe(y);
      expect(doc.x).toBeCloseTo(x + doc.widthOfString(drawn), 9);
      y += 13.1;
      if (y > 780) {
        doc.addPage();
        y = 60;
      }
    }
  });
}

describe('PDF plain text runs', () => {
  for (const fast of [false, true]) {
    it(`write the page streams pdfkit's text writes${fast ? ' (with the fast paths)' : ''}`, async () => {
      const theirs = decodedStreams(await draw(false, fast));
      const ours = decodedStreams(await draw(true, fast));
      expect(ours.length).toBe(theirs.length);
      // The runs really kern and offset glyphs (else the segment and Tm paths would go untested).
      const pages = theirs.join('\n');
      expect(pages).toMatch(/> -?\d+(\.\d+)? <|> -?\d+(\.\d+)?\]/);
      expect((pages.match(/ Tm/g) ?? []).length).toBeGreaterThan(60);
      ours.forEach((s, i) => expect(s, `stream ${i}`).toBe(theirs[i]));
    });
  }
});
