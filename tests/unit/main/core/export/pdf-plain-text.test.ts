// The report's direct text writer (pdf-plain-text.ts) must write the page operators pdfkit's
// text(…, { lineBreak: false }) writes: the same runs drawn both ways — kerned pairs, combining
// marks (glyph offsets: a Tm per mark), Cyrillic, spaces and tabs, newlines (dropped), in the regular,
// bold and italic faces at several sizes and colours — decode to the same page streams, with
// and without the other fast paths; and doc.x and doc.y end where pdfkit leaves them. Runs with
// a link, an underline or a strike draw pdfkit's streams too, and their links come back through
// pdf.js with pdfkit's rectangles and addresses (the annotation's action is written inline).
import { describe, expect, it } from 'vitest';
import { decodedStreams, drawPdf } from '../../../../helpers/pdf-streams';
import { drawPlainText, drawTextRun } from '../../../../../main/core/export/pdf-plain-text';

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

const DECORATIONS = [
  { link: 'glossa://open?project=0f8fad5b&passage=12&page=3', underline: true, strike: false },
  { link: null, underline: false, strike: true },
  { link: 'https://www.osce.org/files/(report)%20a.pdf', underline: false, strike: false },
  { link: null, underline: true, strike: true },
];

function drawDecorated(own: boolean): Promise<Buffer> {
  return drawPdf(true, (doc, fonts) => {
    for (let i = 0; i < 24; i++) {
      const text = RUNS[i % RUNS.length].replace(/\n/g, '');
      const decoration = DECORATIONS[i % DECORATIONS.length];
      doc.font(i % 2 ? fonts.italic : fonts.regular).fontSize([9, 10.5, 12][i % 3]).fillColor(i % 3 ? '#1a4f9c' : 'black');
      const x = 60 + i * 3.3;
      const y = 60 + i * 15.7;
      const width = doc.widthOfString(text);
      if (own) drawTextRun(doc, text, x, y, width, decoration);
      else doc.text(text, x, y, { lineBreak: false, textWidth: width, wordCount: 1, link: decoration.link ?? undefined, underline: decoration.underline, strike: decoration.strike } as PDFKit.Mixins.TextOptions);
    }
  });
}

async function linksOf(pdf: Buffer): Promise<Array<{ url: unknown; rect: unknown }>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false });
  const page = await (await task.promise).getPage(1);
  const links = (await page.getAnnotations()).filter((a) => a.subtype === 'Link').map((a) => ({ url: a.url, rect: a.rect }));
  await task.destroy();
  return links;
}

describe('PDF decorated text runs', () => {
  it("write pdfkit's page streams, and links pdf.js reads as pdfkit's", async () => {
    const theirs = await drawDecorated(false);
    const ours = await drawDecorated(true);
    const theirStreams = decodedStreams(theirs);
    const ourStreams = decodedStreams(ours);
    expect(ourStreams.length).toBe(theirStreams.length);
    expect(theirStreams.join('\n')).toMatch(/ l\nS\n/);
    ourStreams.forEach((s, i) => expect(s, `stream ${i}`).toBe(theirStreams[i]));
    const theirLinks = await linksOf(theirs);
    expect(theirLinks.length).toBe(9); // 12 linked runs, 3 of them empty (no annotation)
    expect(await linksOf(ours)).toEqual(theirLinks);
  });
});
