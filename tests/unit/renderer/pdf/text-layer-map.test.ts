// Offsets of the stored page text -> text-layer spans. Items come from a generated PDF read
// by pdf.js exactly as the reader reads them (TEXT_CONTENT_OPTIONS, one span per item).
import { describe, expect, it } from 'vitest';
import { buildPageText, TEXT_CONTENT_OPTIONS } from '../../../../shared/pdf/page-text';
import { openPdf } from '../../../../main/pdf/pdfjs-node';
import { sliceSpans, spanRange } from '../../../../renderer/pdf/text-layer-map';
import { EN_SENTENCES, makeEnglishReport } from '../../../fixtures/pdf-fixtures';

describe('sliceSpans', () => {
  const strs = ['Hello', ' ', 'world', '', 'Next'];
  const map = { strs, ...buildPageText([{ str: 'Hello' }, { str: ' ' }, { str: 'world', hasEOL: true }, { str: '', hasEOL: true }, { str: 'Next' }]) };

  it('cuts a range into per-span slices', () => {
    // text = "Hello world\n\nNext"
    expect(sliceSpans(map, 3, 8)).toEqual([
      { item: 0, from: 3, to: 5 },
      { item: 1, from: 0, to: 1 },
      { item: 2, from: 0, to: 2 },
    ]);
  });

  it('skips the newlines that belong to no span', () => {
    expect(sliceSpans(map, 9, 15)).toEqual([
      { item: 2, from: 3, to: 5 },
      { item: 4, from: 0, to: 2 },
    ]);
    expect(sliceSpans(map, 11, 13)).toEqual([]);
    expect(sliceSpans(map, 5, 5)).toEqual([]);
  });

  it('gives each span its page-text range', () => {
    expect(spanRange(map, 2)).toEqual([6, 11]);
    expect(spanRange(map, 4)).toEqual([13, 17]);
  });
});

describe('sliceSpans on a real page', () => {
  it('reassembles phrases of the stored page text from the spans pdf.js renders', async () => {
    const doc = await openPdf(await makeEnglishReport());
    try {
      for (const [pageNumber, needle] of [
        [1, EN_SENTENCES[0].slice(0, 30)],
        [2, 'referral mechanism identified'],
        [3, 'English test report.'],
      ] as const) {
        const page = await doc.getPage(pageNumber);
        const items = (await page.getTextContent(TEXT_CONTENT_OPTIONS)).items as { str: string; hasEOL?: boolean }[];
        const { text, itemStarts } = buildPageText(items);
        const map = { itemStarts, strs: items.map((i) => i.str) };
        const start = text.indexOf(needle);
        expect(start, `"${needle}" on page ${pageNumber}`).toBeGreaterThanOrEqual(0);
        const slices = sliceSpans(map, start, start + needle.length);
        expect(slices.map((sl) => map.strs[sl.item].slice(sl.from, sl.to)).join('')).toBe(needle);
        // Every span's range holds exactly that span's text.
        items.forEach((item, i) => {
          const [a, b] = spanRange(map, i);
          expect(text.slice(a, b)).toBe(item.str);
        });
      }
    } finally {
      await doc.destroy();
    }
  });
});
