// Zotero's data as CSL-JSON, by Zotero's own mapping table (schema.json's csl section): base
// fields (a report's institution -> publisher, reportNumber -> number, reportType -> genre),
// multipart dates, single-field creators as literal names, creator types as CSL variables,
// the citekey from Better BibTeX, the Citation Key field or Extra, in that order.
import { describe, expect, it } from 'vitest';
import { zoteroCitekey, zoteroDateToCsl, zoteroToCsl } from '../../../../shared/csl/zotero-to-csl';

describe('Zotero to CSL-JSON', () => {
  it('maps a report through its base fields', () => {
    const fields = new Map([
      ['title', 'Country report'], ['reportNumber', 'CAT/C/UKR/CO/6'], ['number', 'CAT/C/UKR/CO/6'],
      ['institution', 'United Nations'], ['publisher', 'United Nations'], ['reportType', 'Concluding observations'], ['type', 'Concluding observations'],
      ['place', 'Geneva'], ['date', '2014-12-00 December 2014'], ['url', 'https://undocs.org/x'], ['language', 'en'], ['shortTitle', 'Report'],
      ['accessDate', '2024-01-02 10:11:12'],
    ]);
    const csl = zoteroToCsl({
      itemType: 'report',
      fields,
      creators: [
        { creatorType: 'author', firstName: '', lastName: 'Committee against Torture', fieldMode: 1 },
        { creatorType: 'seriesEditor', firstName: 'A.', lastName: 'Brown', fieldMode: 0 },
      ],
    });
    expect(csl).toEqual({
      type: 'report', title: 'Country report', number: 'CAT/C/UKR/CO/6', publisher: 'United Nations', genre: 'Concluding observations',
      'publisher-place': 'Geneva', issued: { 'date-parts': [[2014, 12]] }, accessed: { 'date-parts': [[2024, 1, 2]] }, URL: 'https://undocs.org/x', language: 'en',
      shortTitle: 'Report', 'title-short': 'Report',
      author: [{ literal: 'Committee against Torture' }], 'collection-editor': [{ family: 'Brown', given: 'A.' }],
    });
  });

  it('reads dates as Zotero stores them, and free text', () => {
    expect(zoteroDateToCsl('2021-03-15 March 15, 2021')).toEqual({ 'date-parts': [[2021, 3, 15]] });
    expect(zoteroDateToCsl('2021-00-00 2021')).toEqual({ 'date-parts': [[2021]] });
    expect(zoteroDateToCsl('Spring 2019')).toEqual({ 'date-parts': [[2019]] });
    expect(zoteroDateToCsl('n.d.')).toEqual({ literal: 'n.d.' });
    expect(zoteroDateToCsl('  ')).toBeNull();
  });

  it('takes the citekey from Better BibTeX, then the field, then Extra', () => {
    const item = (fields: Record<string, string>, bbtCitekey: string | null = null) => ({ itemType: 'book', fields: new Map(Object.entries(fields)), creators: [], bbtCitekey });
    expect(zoteroCitekey(item({ citationKey: 'field2020', extra: 'Citation Key: extra2020' }, 'bbt2020'))).toBe('bbt2020');
    expect(zoteroCitekey(item({ citationKey: 'field2020', extra: 'Citation Key: extra2020' }))).toBe('field2020');
    expect(zoteroCitekey(item({ extra: 'tex.note: x\ncitation key: extra2020' }))).toBe('extra2020');
    expect(zoteroCitekey(item({}))).toBeNull();
    expect(zoteroToCsl(item({ extra: 'Citation Key: k1' })).note).toBeUndefined();
  });

  it('gives unknown item types the CSL type document', () => {
    expect(zoteroToCsl({ itemType: 'somethingNew', fields: new Map(), creators: [] }).type).toBe('document');
  });
});
