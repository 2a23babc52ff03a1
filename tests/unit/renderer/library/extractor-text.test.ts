// The document info's extractor line in both languages: pdf.js and page-text rule versions,
// OCR engine and data when set, and "not recorded" for documents from before it was.
import { describe, expect, it } from 'vitest';
import { extractorText } from '../../../../renderer/features/library/extractor-text';
import { setLocale, t } from '../../../../renderer/i18n/i18n';

describe('extractorText', () => {
  it('names the pdf.js and text-rule versions, OCR when present, and says when nothing was recorded', () => {
    setLocale('en');
    const tr = (k: string, p?: Record<string, string | number>) => t(k, p);
    expect(extractorText({ pdfjs: '5.6.205', textVersion: 1 }, tr)).toBe('Text extracted by pdf.js 5.6.205 (page-text rule v1).');
    expect(extractorText({ pdfjs: '5.6.205', textVersion: 2, ocr: { engine: 'tesseract.js', version: '7.0.0', data: '4.0.0_best' } }, tr)).toBe(
      'Text extracted by pdf.js 5.6.205 (page-text rule v2). Scanned pages read by tesseract.js 7.0.0 (language data 4.0.0_best).',
    );
    expect(extractorText(null, tr)).toMatch(/not recorded/);
    setLocale('ru');
    expect(extractorText({ pdfjs: '5.6.205', textVersion: 1 }, tr)).toBe('Текст извлечён pdf.js 5.6.205 (правило построения текста v1).');
    expect(extractorText(undefined, tr)).toMatch(/не записано/);
    setLocale('en');
  });
});
