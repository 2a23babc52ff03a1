// Metadata guesses from extracted text: language by script share, title fallbacks, year.
import { describe, expect, it } from 'vitest';
import { detectLanguage, prefillTitle, prefillYear } from '../../../../../main/core/documents/prefill-metadata';

const EN = 'The report describes the situation of victims of trafficking in the region and the response of the state. ';
const RU = 'В докладе описывается положение пострадавших от торговли людьми в регионе и ответ государства. ';
const FR = 'Le rapport décrit la situation des victimes de la traite dans la région et la réponse des autorités. ';

describe('detectLanguage', () => {
  it('tells Russian from English by the majority script, tolerating quoted acronyms', () => {
    expect(detectLanguage([RU.repeat(5) + 'OSCE IOM UNODC GRETA'])).toBe('ru');
    expect(detectLanguage([EN.repeat(5) + 'Москва'])).toBe('en');
  });
  it('calls other Latin-script languages and text-less PDFs what they are', () => {
    expect(detectLanguage([FR.repeat(5)])).toBe('other');
    expect(detectLanguage(['', '  12 ', ''])).toBe('');
  });
});

describe('prefillTitle', () => {
  it('prefers a meaningful info title, cleaning Word export names', () => {
    expect(prefillTitle('Microsoft Word - GRETA_report_2020.docx', [], 'x.pdf')).toBe('GRETA_report_2020');
    expect(prefillTitle('Annual Report', ['Other'], 'x.pdf')).toBe('Annual Report');
  });
  it('falls back to the first substantial line, then the file name', () => {
    expect(prefillTitle('untitled', ['12\n\nNational Action Plan against Trafficking\nmore'], 'x.pdf')).toBe('National Action Plan against Trafficking');
    expect(prefillTitle('', ['1\n2'], 'osce_report_2019.pdf')).toBe('osce report 2019');
  });
});

describe('prefillYear', () => {
  it('takes a plausible year printed on the first page, never the PDF creation date', () => {
    expect(prefillYear(['Report 2016'])).toBe(2016);
    expect(prefillYear(['Vienna, 12345 — Report 2016, covering 1850-2100'])).toBe(2016);
    expect(prefillYear(['no year here 123456'])).toBeNull();
  });
});
