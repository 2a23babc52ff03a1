// A paragraph of styled runs wrapped once (pdf-rich-lines.ts): in one face it breaks exactly
// where pdfkit breaks (pdf-wrapped-text.ts replays pdfkit's wrapper), across faces it never
// splits a word at a run's end ("**Key**," keeps its comma), no line is wider than its room,
// the text and the links come back through pdf.js, and a word wider than the line is left to pdfkit.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { drawRunLines, wrapRuns, type StyledRun } from '../../../../../main/core/export/pdf-rich-lines';
import { wrapLines } from '../../../../../main/core/export/pdf-wrapped-text';
import { parseRichText } from '../../../../../main/core/export/rich-text';
import { writeRichPdf } from '../../../../../main/core/export/rich-text-pdf';
import { reportFonts } from '../../../../../main/core/export/report-fonts';

const fonts = reportFonts();
const newDoc = () => new PDFDocument({ size: 'A4', margin: 57, font: fonts.regular } as PDFKit.PDFDocumentOptions);
const run = (text: string, over: Partial<StyledRun> = {}): StyledRun => ({ text, font: fonts.regular, size: 9, color: 'black', link: null, strike: false, ...over });
const WORDS = 'Key point 17 on referral: compare the anti-trafficking «партнёрство» with the EU/OSCE mechanism (2019–2021) and ёмкость'.split(' ');
const sentence = (i: number, n: number) => Array.from({ length: n }, (_, j) => (j % 5 === 4 ? String((i * 37 + j * 11) % 997) : WORDS[(i * 3 + j) % WORDS.length])).join(' ');

describe('PDF rich lines', () => {
  it('in one face, breaks where pdfkit breaks', () => {
    const doc = newDoc();
    for (let i = 0; i < 80; i++) {
      const text = sentence(i, 4 + ((i * 7) % 60)) + (i % 6 === 0 ? '\nA second line.' : '');
      const width = [380, 250, 140][i % 3];
      const ours = wrapRuns(doc, [run(text)], width, width)!.map((l) => l.pieces.map((p) => p.text).join(''));
      doc.font(fonts.regular).fontSize(9);
      expect(ours, text).toEqual(wrapLines(doc, text, width).map((l) => l.text));
    }
  });

  it('across faces keeps each word whole and each line inside its room, a hanging indent included', () => {
    const doc = newDoc();
    for (let i = 0; i < 60; i++) {
      const runs = [
        run('Comment: ', { font: fonts.bold }),
        run('Key', { font: fonts.bold }),
        run(`, ${sentence(i, 3 + (i % 9))} `),
        run('referral', { font: fonts.italic }),
        run(`: ${sentence(i + 1, 5 + (i % 13))} see `),
        run(`annex ${i}`, { font: fonts.mono, size: 9 * 0.92 }),
        run(' and '),
        run('the source', { link: `https://example.org/r/${i}`, color: '#1a4f9c' }),
        run(`. ${sentence(i + 2, i % 20)}`),
      ];
      const first = [300, 220, 160][i % 3];
      const lines = wrapRuns(doc, runs, first, first - 36)!;
      const texts = lines.map((l) => l.pieces.map((p) => p.text).join(''));
      expect(texts.join(''), `paragraph ${i}`).toBe(runs.map((r) => r.text).join(''));
      lines.forEach((l, n) => {
        const used = l.pieces.reduce((s, p) => s + p.width, 0);
        expect(used, texts[n]).toBeLessThanOrEqual(n === 0 ? first : first - 36);
        for (const p of l.pieces) expect(p.width).toBeCloseTo(doc.font(p.run.font).fontSize(p.run.size).widthOfString(p.text), 6);
      });
      // "Key," is one word: no line starts with the comma that follows the bold run.
      for (const t of texts.slice(1)) expect(t.startsWith(',')).toBe(false);
      expect(texts.some((t) => t.includes('Key,'))).toBe(true);
    }
  });

  it('draws text and links pdf.js reads back, and leaves a word wider than the line to pdfkit', async () => {
    const doc = newDoc();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => doc.on('end', resolve));
    const runs = [run('Comment: ', { font: fonts.bold }), run(`${sentence(1, 40)} `), run('the source', { link: 'https://example.org/r/1', color: '#1a4f9c' }), run(`. ${sentence(2, 30)}`)];
    drawRunLines(doc, wrapRuns(doc, runs, 200, 200)!, 80, 80, 100);
    expect(doc.x).toBe(80);
    expect(doc.y).toBeGreaterThan(160);
    expect(wrapRuns(doc, [run(`see ${'Противодействие'.repeat(6)} here`)], 120, 120)).toBeNull();
    doc.end();
    await ended;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(Buffer.concat(chunks)), useSystemFonts: false, isEvalSupported: false }).promise;
    const page = await pdf.getPage(1);
    const text = (await page.getTextContent()).items.map((it) => ('str' in it ? it.str + (it.hasEOL ? ' ' : '') : '')).join('');
    // Every character in order (pdf.js joins a line ending in "anti-" to the next without a space).
    const bare = (s: string) => s.replace(/\s+/g, '');
    expect(bare(text)).toBe(bare(runs.map((r) => r.text).join('')));
    const links = (await page.getAnnotations()).filter((a) => a.subtype === 'Link');
    expect(links.map((a) => a.url)).toEqual(['https://example.org/r/1']);
    const [x1, , x2] = links[0].rect as number[];
    expect(x1).toBeGreaterThanOrEqual(80);
    expect(x2).toBeLessThanOrEqual(280);
    await pdf.destroy();
  });
});

describe('PDF rich text blocks', () => {
  it('never leaves a list marker alone at the foot of a page', async () => {
    const doc = newDoc();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => doc.on('end', resolve));
    // Comments of different heights walk the list items over every position near a page's foot.
    for (let i = 0; i < 120; i++) {
      const blocks = parseRichText(`**Key** point ${i} ${sentence(i, i % 23)}\n\n- first reading\n- second reading, see \`annex ${i % 7}\``);
      writeRichPdf(doc, blocks, { x: 73, width: 450, size: 9, fonts, label: 'Comment: ' });
      doc.moveDown(0.6);
    }
    doc.end();
    await ended;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(Buffer.concat(chunks)), useSystemFonts: false, isEvalSupported: false }).promise;
    expect(pdf.numPages).toBeGreaterThan(5);
    for (let n = 1; n <= pdf.numPages; n++) {
      const items = (await (await pdf.getPage(n)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).filter((t) => t.trim() !== '');
      // The last thing on a page is never a marker without its text.
      expect(items[items.length - 1], `page ${n}`).not.toBe('\u2022');
      expect(items.length, `page ${n}`).toBeGreaterThan(1);
    }
    await pdf.destroy();
  });
});

