// The attributes editor sends only what changed, and never an invalid year.
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../../shared/domain/document';
import { buildPatch, formFromDocument, isYearValid, pageFixOf } from '../../../../renderer/features/library/attributes-form';

const base: DocumentMeta = {
  id: 'x', sha256: '0'.repeat(64), fileName: 'x.pdf', title: 'Strategy', author: 'EC', organisation: 'eu-commission',
  countries: ['moldova', 'ukraine'], year: 2015, docType: 'strategy', language: 'en', pageCount: 12, byteSize: 1,
  pdfDate: null, importedAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
};

describe('attributes form', () => {
  it('an untouched form produces an empty patch (countries order does not matter)', () => {
    const f = formFromDocument(base);
    expect(buildPatch(base, f)).toEqual({});
    expect(buildPatch(base, { ...f, countries: ['ukraine', 'moldova'] })).toEqual({});
  });

  it('sends changed fields, trimmed', () => {
    const f = { ...formFromDocument(base), title: '  EU Strategy 2012–2016 ', organisation: 'eu', countries: ['moldova'], docType: '' };
    expect(buildPatch(base, f)).toEqual({ title: 'EU Strategy 2012–2016', organisation: 'eu', countries: ['moldova'], docType: '' });
  });

  it('clears the year with an empty box and ignores an invalid one', () => {
    const f = formFromDocument(base);
    expect(buildPatch(base, { ...f, year: '' })).toEqual({ year: null });
    expect(buildPatch(base, { ...f, year: '2020' })).toEqual({ year: 2020 });
    expect(isYearValid('20')).toBe(false);
    expect(buildPatch(base, { ...f, year: '20' })).toEqual({});
  });

  it('never blanks the title', () => {
    expect(buildPatch(base, { ...formFromDocument(base), title: '   ' })).toEqual({});
  });

  it('sends the printed-page correction only when both boxes hold a valid pair, and null to remove it', () => {
    const f = formFromDocument(base);
    expect([f.fixPdfPage, f.fixPrinted]).toEqual(['', '']);
    expect(buildPatch(base, { ...f, fixPdfPage: '7', fixPrinted: '3' })).toEqual({ pageLabelFix: { pdfPage: 7, printed: 3 } });
    expect(pageFixOf(base, { ...f, fixPdfPage: '7', fixPrinted: '' })).toBeUndefined();
    expect(pageFixOf(base, { ...f, fixPdfPage: '13', fixPrinted: '3' })).toBeUndefined();
    expect(buildPatch(base, { ...f, fixPdfPage: '13', fixPrinted: '3' })).toEqual({});
    const fixed = { ...base, pageLabelFix: { pdfPage: 7, printed: 3 } };
    const g = formFromDocument(fixed);
    expect([g.fixPdfPage, g.fixPrinted]).toEqual(['7', '3']);
    expect(buildPatch(fixed, g)).toEqual({});
    expect(buildPatch(fixed, { ...g, fixPdfPage: '', fixPrinted: '' })).toEqual({ pageLabelFix: null });
  });
});
