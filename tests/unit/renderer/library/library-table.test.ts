// Library table logic: filtering by text and attributes, sorting with blanks last, sort toggling.
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../../shared/domain/document';
import {
  EMPTY_FILTER, filterDocuments, isFilterActive, nextSort, parseYear, sortDocuments, toggleValue, type LabelFn,
} from '../../../../renderer/features/library/library-table';
import { vocabLabel } from '../../../../renderer/i18n/i18n';

function doc(id: string, over: Partial<DocumentMeta>): DocumentMeta {
  return {
    id, sha256: id.padEnd(64, '0'), fileName: `${id}.pdf`, title: id, author: '', organisation: '', countries: [],
    year: null, docType: '', language: 'en', pageCount: 1, byteSize: 100, pdfDate: null,
    importedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', ...over,
  };
}

const docs = [
  doc('a', { title: 'TIP Report 2019', organisation: 'usa-state-dept', countries: ['moldova', 'ukraine'], year: 2019, docType: 'progress-report', pageCount: 600, importedAt: '2025-01-03T00:00:00Z' }),
  doc('b', { title: 'Национальный план действий', organisation: 'national-government', countries: ['russia'], year: 2012, docType: 'action-plan', language: 'ru', pageCount: 40, importedAt: '2025-01-01T00:00:00Z' }),
  doc('c', { title: 'GRETA evaluation: Moldova', author: 'Council of Europe', organisation: 'coe-greta', countries: ['moldova'], year: 2016, docType: 'evaluation', pageCount: 80, importedAt: '2025-01-02T00:00:00Z' }),
  doc('d', { title: 'Untitled scan', fileName: 'scan-0041.pdf' }),
];

const label: LabelFn = (list, id) => vocabLabel(list, id, 'en');
const ids = (list: DocumentMeta[]) => list.map((d) => d.id);

describe('filterDocuments', () => {
  it('keeps everything with the empty filter', () => {
    expect(ids(filterDocuments(docs, EMPTY_FILTER))).toEqual(['a', 'b', 'c', 'd']);
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
  });

  it('matches every word of the text box in title, file name or author, case- and ё-insensitively', () => {
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, text: 'moldova greta' }))).toEqual(['c']);
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, text: 'COUNCIL' }))).toEqual(['c']);
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, text: 'scan-0041' }))).toEqual(['d']);
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, text: 'ДЕЙСТВИЙ' }))).toEqual(['b']);
    const yo = [doc('e', { title: 'Отчёт о ходе работы' })];
    expect(ids(filterDocuments(yo, { ...EMPTY_FILTER, text: 'отчет' }))).toEqual(['e']);
  });

  it('filters by attributes: any of the chosen countries, organisations, types, languages', () => {
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, countries: ['moldova'] }))).toEqual(['a', 'c']);
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, countries: ['russia', 'ukraine'] }))).toEqual(['a', 'b']);
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, organisations: ['coe-greta'], countries: ['moldova'] }))).toEqual(['c']);
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, docTypes: ['action-plan'] }))).toEqual(['b']);
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, languages: ['ru'] }))).toEqual(['b']);
  });

  it('filters by a year range and drops documents without a year once a bound is set', () => {
    const f = { ...EMPTY_FILTER, yearFrom: 2013, yearTo: 2019 };
    expect(isFilterActive(f)).toBe(true);
    expect(ids(filterDocuments(docs, f))).toEqual(['a', 'c']);
    expect(ids(filterDocuments(docs, { ...EMPTY_FILTER, yearTo: 2012 }))).toEqual(['b']);
  });
});

describe('sortDocuments', () => {
  it('sorts numbers numerically in both directions with blanks last', () => {
    expect(ids(sortDocuments(docs, { key: 'year', dir: 'asc' }, label))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(sortDocuments(docs, { key: 'year', dir: 'desc' }, label))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(sortDocuments(docs, { key: 'pageCount', dir: 'desc' }, label))).toEqual(['a', 'c', 'b', 'd']);
  });

  it('sorts vocabulary columns by their translated label', () => {
    // Council of Europe – GRETA < National government < USA – State Department; '' last.
    expect(ids(sortDocuments(docs, { key: 'organisation', dir: 'asc' }, label))).toEqual(['c', 'b', 'a', 'd']);
    const ruLabel: LabelFn = (list, id) => vocabLabel(list, id, 'ru');
    // Национальное правительство < Совет Европы – ГРЕТА < США – Государственный департамент
    expect(ids(sortDocuments(docs, { key: 'organisation', dir: 'asc' }, ruLabel))).toEqual(['b', 'c', 'a', 'd']);
  });

  it('sorts titles with a collator and dates as ISO strings', () => {
    expect(ids(sortDocuments(docs, { key: 'title', dir: 'asc' }, label))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(sortDocuments(docs, { key: 'importedAt', dir: 'desc' }, label))).toEqual(['a', 'c', 'b', 'd']);
  });

  it('does not mutate its input', () => {
    const copy = docs.slice();
    sortDocuments(docs, { key: 'year', dir: 'asc' }, label);
    expect(docs).toEqual(copy);
  });
});

describe('helpers', () => {
  it('nextSort flips the same column and starts numbers descending', () => {
    expect(nextSort({ key: 'title', dir: 'asc' }, 'title')).toEqual({ key: 'title', dir: 'desc' });
    expect(nextSort({ key: 'title', dir: 'asc' }, 'year')).toEqual({ key: 'year', dir: 'desc' });
    expect(nextSort({ key: 'year', dir: 'desc' }, 'organisation')).toEqual({ key: 'organisation', dir: 'asc' });
  });

  it('toggleValue adds and removes', () => {
    expect(toggleValue(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleValue(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('parseYear accepts four-digit years 1900–2100 only', () => {
    expect(parseYear(' 2015 ')).toBe(2015);
    expect(parseYear('15')).toBeNull();
    expect(parseYear('1850')).toBeNull();
    expect(parseYear('20x5')).toBeNull();
  });
});
