// When an OCR result replaces a page's extracted text: only with more letters, and a few
// letters (a figure's marks, a stamp, specks read as words) only when the engine is sure.
import { describe, expect, it } from 'vitest';
import type { NewPageOcr } from '../../../../main/db/repositories/page-ocr';
import { ocrImproves } from '../../../../main/ocr/ocr-pages';

function ocrOf(words: string[], confidence: number): NewPageOcr {
  const line = words.map((text, i) => ({ text, x1: 10 + i * 40, y1: 700, x2: 45 + i * 40, y2: 712, conf: confidence }));
  return { pageIndex: 0, lines: [line], engine: 'tesseract.js 7.0.0', dataVersion: 'test', languages: 'rus+eng', confidence };
}

describe('ocrImproves', () => {
  it('takes a page of text read from a scan', () => {
    expect(ocrImproves(ocrOf(['Trafficking', 'in', 'persons', 'remains', 'serious'], 60), '')).toBe(true);
  });

  it('leaves a figure page alone when OCR reads a few unsure letters', () => {
    expect(ocrImproves(ocrOf(['iI', 'Wk', 'e'], 41), '')).toBe(false);
  });

  it('takes a few letters the engine is sure of (a scanned "Annex 3" page)', () => {
    expect(ocrImproves(ocrOf(['Annex', '3'], 92), '')).toBe(true);
  });

  it('never replaces a text with as many letters or more', () => {
    expect(ocrImproves(ocrOf(['Trafficking', 'in', 'persons', 'remains', 'serious'], 95), 'Trafficking in persons remains a serious crime')).toBe(false);
  });
});
