// Find-in-document matching, on hand-made strings and on the page texts of generated
// English and Russian PDFs extracted exactly as at import (pdf.js + buildPageText).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractPageText, openPdf } from '../../../../main/pdf/pdfjs-node';
import {
  findInPage,
  findInPages,
  firstHitFrom,
  queryPattern,
  stepHit,
  termHits,
} from '../../../../renderer/features/reader/find-logic';
import { EN_SENTENCES, makeEnglishReport, makeRussianReport, RU_SENTENCES } from '../../../fixtures/pdf-fixtures';

describe('find matching', () => {
  it('is case-insensitive and folds ё/е both ways, keeping offsets of the original text', () => {
    const text = 'Ёлки и ЕЛКИ; остаётся и остается.';
    const hits = findInPages([text], 'елки');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Ёлки', 'ЕЛКИ']);
    const back = findInPages([text], 'остаётся');
    expect(back.map((h) => text.slice(h.start, h.end))).toEqual(['остаётся', 'остается']);
  });

  it('keeps й distinct from и and folds Latin diacritics', () => {
    expect(findInPages(['мой мои'], 'мой').map((h) => h.start)).toEqual([0]);
    expect(findInPages(['Café and cafe'], 'cafe')).toHaveLength(2);
  });

  it('lets a phrase span a line break and treats regex characters literally', () => {
    const text = 'serious\ncrime (art. 3.1)';
    expect(findInPages([text], 'serious crime')).toEqual([{ pageIndex: 0, start: 0, end: 13 }]);
    expect(findInPages([text], '(art. 3.1)')).toEqual([{ pageIndex: 0, start: 14, end: 24 }]);
    expect(findInPages([text], 'art..3')).toEqual([]);
  });

  it('returns hits in page order and skips pages not loaded yet', () => {
    const hits = findInPages(['a victim', undefined, 'victims and Victim'], 'victim');
    expect(hits).toEqual([
      { pageIndex: 0, start: 2, end: 8 },
      { pageIndex: 2, start: 0, end: 6 },
      { pageIndex: 2, start: 12, end: 18 },
    ]);
  });

  it('ignores empty queries', () => {
    expect(queryPattern('   ')).toBeNull();
    expect(findInPages(['text'], '')).toEqual([]);
  });

  it('merges overlapping highlight terms and strips FTS operators', () => {
    const text = 'Trafficking in persons; trafficked persons.';
    const hits = termHits(4, text, ['traffick*', 'trafficking in', '"persons"']);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Trafficking in', 'persons', 'traffick', 'persons']);
    expect(hits.every((h) => h.pageIndex === 4)).toBe(true);
  });
});

describe('hit navigation', () => {
  const hits = [
    { pageIndex: 1, start: 0, end: 1 },
    { pageIndex: 5, start: 0, end: 1 },
    { pageIndex: 9, start: 0, end: 1 },
  ];

  it('starts from the first hit at or after the current page, wrapping to the first', () => {
    expect(firstHitFrom(hits, 0)).toBe(0);
    expect(firstHitFrom(hits, 5)).toBe(1);
    expect(firstHitFrom(hits, 6)).toBe(2);
    expect(firstHitFrom(hits, 10)).toBe(0);
    expect(firstHitFrom([], 3)).toBe(-1);
  });

  it('steps with wrap-around', () => {
    expect(stepHit(2, 3, 1)).toBe(0);
    expect(stepHit(0, 3, -1)).toBe(2);
    expect(stepHit(-1, 3, -1)).toBe(2);
    expect(stepHit(-1, 0, 1)).toBe(-1);
  });
});

describe('find on real page texts', () => {
  let ru: PDFDocumentProxy;
  let en: PDFDocumentProxy;
  const ruTexts: string[] = [];
  const enTexts: string[] = [];

  beforeAll(async () => {
    ru = await openPdf(await makeRussianReport());
    en = await openPdf(await makeEnglishReport());
    for (let p = 1; p <= ru.numPages; p++) ruTexts.push(await extractPageText(ru, p));
    for (let p = 1; p <= en.numPages; p++) enTexts.push(await extractPageText(en, p));
  });

  afterAll(async () => {
    await ru?.destroy();
    await en?.destroy();
  });

  it('finds a Cyrillic word typed with е where the PDF has ё, on the right page', () => {
    // RU_SENTENCES[0] (page 1) has «остаётся»; the reader types «остается».
    const hits = findInPages(ruTexts, 'остается');
    expect(hits).toHaveLength(1);
    expect(hits[0].pageIndex).toBe(0);
    expect(ruTexts[0].slice(hits[0].start, hits[0].end)).toBe('остаётся');
  });

  it('counts ё and е spellings of the same word across pages', () => {
    // Page 3: «Ёлки, ежи и щёки: буквы ё и е …» — «ё» alone matches both the letter ё and е.
    const hits = findInPages(ruTexts, 'ЁЛКИ');
    expect(hits.map((h) => h.pageIndex)).toEqual([2]);
    const letters = findInPage(2, ruTexts[2], queryPattern('щеки')!);
    expect(letters).toHaveLength(1);
    expect(RU_SENTENCES[2]).toContain(ruTexts[2].slice(letters[0].start, letters[0].end));
  });

  it('finds an English phrase on each page it occurs on', () => {
    const hits = findInPages(enTexts, 'english test report');
    expect(hits.map((h) => h.pageIndex)).toEqual([0, 1, 2]);
    const sentence = findInPages(enTexts, EN_SENTENCES[1]);
    expect(sentence).toHaveLength(1);
    expect(sentence[0].pageIndex).toBe(1);
  });
});
