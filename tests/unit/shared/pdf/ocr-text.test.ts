// The OCR text rules: which pages need OCR, how stored words become text items and the page
// text (the reader's text layer and the stored text must agree offset for offset), the words'
// layout for re-anchoring, and pixel boxes mapped back to PDF user space.
import { describe, expect, it } from 'vitest';
import { pixelToPdf, toOcrLines } from '../../../../main/ocr/ocr-engine';
import { buildPageText } from '../../../../shared/pdf/page-text';
import { meanConfidence, ocrPageLayout, ocrPageText, ocrTextItems, pageNeedsOcr, type OcrLine } from '../../../../shared/pdf/ocr-text';

const w = (text: string, x1: number, y1: number, conf = 90) => ({ text, x1, y1, x2: x1 + 6 * text.length, y2: y1 + 10, conf });
const LINES: OcrLine[] = [[w('Trafficking', 40, 700), w('persists.', 110, 700)], [w('Ёлки', 40, 685, 50)]];

describe('pages that need OCR', () => {
  it('flags pages with no or almost no letters, or with replacement and private-use characters', () => {
    expect(pageNeedsOcr('')).toBe(true);
    expect(pageNeedsOcr('  12 \n')).toBe(true);
    expect(pageNeedsOcr('\uFFFD'.repeat(60) + ' abc def ghi jkl mno pqr stu')).toBe(true);
    expect(pageNeedsOcr('\uE001\uE002'.repeat(40) + ' Report on trafficking in persons')).toBe(true);
    expect(pageNeedsOcr('$%&/ 12 34 56 78 90 ()[] {} ' + '#'.repeat(80) + ' abcdefghijklmnopqrstuv')).toBe(true);
  });

  it('leaves pages with real text alone, however short their lines', () => {
    expect(pageNeedsOcr('Chapter 1\nTrafficking in persons remains a serious crime.')).toBe(false);
    expect(pageNeedsOcr('Торговля людьми остаётся серьёзной проблемой.')).toBe(false);
    // A table of contents: dot leaders and page numbers outnumber the letters, and the text is fine.
    const toc = ['Contents', 'Abstract', 'Foreword', 'Notation', 'Introduction'].map((t, i) => `${t} ${'. '.repeat(60)}${i + 3}`).join('\n');
    expect(pageNeedsOcr(toc)).toBe(false);
    expect(pageNeedsOcr(['Annex', 'Tables'].map((t) => `${t} ${'_'.repeat(80)} ${'…'.repeat(20)}`).join('\n') + ' Signature of the official')).toBe(false);
  });
});

describe('OCR words as text items', () => {
  it('joins words with spaces and lines with line breaks, like buildPageText of pdf.js items', () => {
    expect(ocrPageText(LINES)).toBe('Trafficking persists.\nЁлки\n');
    const items = ocrTextItems(LINES);
    expect(items.map((i) => i.str)).toEqual(['Trafficking', ' ', 'persists.', 'Ёлки']);
    expect(items.map((i) => i.hasEOL)).toEqual([false, false, true, true]);
    expect(buildPageText(items).text).toBe(ocrPageText(LINES));
    // The em box of a word item is the word's box: baseline at 20% of its height.
    expect(items[0].transform).toEqual([10, 0, 0, 10, 40, 702]);
    expect(items[0].width).toBe(66);
  });

  it('drops empty words and folds whitespace inside a word', () => {
    expect(ocrPageText([[w(' ', 1, 1), w('a b', 10, 1)], []])).toBe('ab\n');
  });

  it('lays out each word at its range of the page text, for re-anchoring', () => {
    const spans = ocrPageLayout(LINES);
    expect(spans.map((s) => [s.start, s.end])).toEqual([[0, 11], [12, 21], [22, 26]]);
    expect(spans[0].rect).toEqual({ x1: 40, y1: 700, x2: 106, y2: 710 });
  });

  it('weights the mean confidence by letters', () => {
    expect(meanConfidence(LINES)).toBe(Math.round(((11 + 9) * 90 + 4 * 50) / 24 * 10) / 10);
    expect(meanConfidence([])).toBe(0);
  });
});

describe('tesseract boxes to PDF space', () => {
  it('inverts the viewport transform (200 dpi, y down -> PDF points, y up)', () => {
    const s = 200 / 72;
    const transform = [s, 0, 0, -s, 0, 842 * s];
    const [x0, y0] = pixelToPdf(transform)(0, 0);
    expect(x0).toBeCloseTo(0);
    expect(y0).toBeCloseTo(842);
    const [x, y] = pixelToPdf(transform)(200, 400);
    expect(x).toBeCloseTo(72);
    expect(y).toBeCloseTo(842 - 144);
    const lines = toOcrLines([{ words: [
      { text: 'Word', confidence: 95.4, bbox: { x0: 200, y0: 400, x1: 300, y1: 428 } },
      { text: '.:', confidence: 12, bbox: { x0: 310, y0: 400, x1: 312, y1: 402 } },
    ] }], transform);
    expect(lines).toEqual([[{ text: 'Word', x1: 72, y1: 687.92, x2: 108, y2: 698, conf: 95 }]]);
  });
});
