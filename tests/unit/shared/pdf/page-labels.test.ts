import { describe, expect, it } from 'vitest';
import {
  cleanLabels, detectPrintedPages, effectivePageLabels, fromRoman, pageIndexForLabel, toRoman, validPageLabelFix,
} from '../../../../shared/pdf/page-labels';

const body = (n: number) => `Chapter text on this page number ${n + 40} of the report\nmore text in 2021\nand more`;

describe('page labels', () => {
  it('converts roman numerals both ways', () => {
    expect([1, 4, 9, 14, 40, 1999].map(toRoman)).toEqual(['i', 'iv', 'ix', 'xiv', 'xl', 'mcmxcix']);
    expect(fromRoman('XIV')).toBe(14);
    expect(fromRoman('iiii')).toBeNull();
    expect(fromRoman('civil')).toBeNull();
  });

  it('detects footer numbers that start a few pages in, with roman front matter', () => {
    const pages = [
      'Cover of the report',
      'Foreword\ntext\nii',
      'Contents\n1 Introduction . . . 1\niii',
      'Abbreviations\niv',
      ...Array.from({ length: 8 }, (_, i) => `${body(i)}\n- ${i + 1} -`),
    ];
    expect(detectPrintedPages(pages)).toEqual(['i', 'ii', 'iii', 'iv', '1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('reads "Page N" headers and "N | title" footers, and gives up without a steady run', () => {
    const headers = Array.from({ length: 6 }, (_, i) => (i < 2 ? 'Title page' : `Page ${i - 1}\n${body(i)}`));
    expect(detectPrintedPages(headers)).toEqual(['i', 'ii', '1', '2', '3', '4']);
    const footers = Array.from({ length: 5 }, (_, i) => (i === 0 ? 'Cover' : `${body(i)}\n${i} | GRETA(2021)5`));
    expect(detectPrintedPages(footers)).toEqual(['i', '1', '2', '3', '4']);
    expect(detectPrintedPages(['a\n7', 'b\n2019', 'c\n3', 'd'])).toBeNull();
    // One numbered page, or numbers on too few of the pages they would number: no run.
    expect(detectPrintedPages(['Cover', 'x\n1', 'y', 'z', 'w'])).toBeNull();
    expect(detectPrintedPages(['Cover', 'a\n1', 'b\n2', 'c\n3', ...Array.from({ length: 8 }, () => 'text')])).toBeNull();
    expect(detectPrintedPages(Array.from({ length: 4 }, (_, i) => `${body(i)}\n${i + 1}`))).toBeNull();
  });

  it('applies the user fix over stored labels, keeping roman front matter', () => {
    const stored = ['i', 'ii', 'iii', '1', '2', '3', '4'];
    expect(effectivePageLabels(7, stored, null)).toEqual(stored);
    expect(effectivePageLabels(3, null, null)).toEqual(['1', '2', '3']);
    expect(effectivePageLabels(7, stored, { pdfPage: 6, printed: 2 })).toEqual(['i', 'ii', 'iii', 'iv', '1', '2', '3']);
    expect(effectivePageLabels(4, null, { pdfPage: 4, printed: 3 })).toEqual(['i', '1', '2', '3']);
  });

  it('goes to the printed label first, then to the PDF page', () => {
    const labels = ['i', 'ii', '1', '2', '3'];
    expect(pageIndexForLabel(labels, '3')).toBe(4);
    expect(pageIndexForLabel(labels, 'II')).toBe(1);
    expect(pageIndexForLabel(['i', '1'], '2')).toBe(1);
    expect(pageIndexForLabel(labels, '9')).toBe(-1);
  });

  it('cleans untrusted labels and validates fixes', () => {
    expect(cleanLabels(['1', '2'], 2)).toBeNull();
    expect(cleanLabels(['i', '1'], 3)).toBeNull();
    expect(cleanLabels(['i', 7], 2)).toBeNull();
    expect(cleanLabels(['i\u0000', ' 1 '], 2)).toEqual(['i', '1']);
    expect(validPageLabelFix({ pdfPage: 7, printed: 3 }, 12)).toEqual({ pdfPage: 7, printed: 3 });
    expect(validPageLabelFix({ pdfPage: 13, printed: 3 }, 12)).toBeNull();
    expect(validPageLabelFix({ pdfPage: 2, printed: 0 }, 12)).toBeNull();
  });
});
