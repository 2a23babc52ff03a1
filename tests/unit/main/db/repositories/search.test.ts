// Project search over real project files: both languages, phrases, prefixes, ё/е, filters,
// snippets, paging, and hostile query text — on the exact index (the exact-form toggle);
// search-stemmed.test.ts covers the stemmed default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocumentAction } from '../../../../../main/core/documents/remove-document';
import { ALICE } from '../../core/coding/coding-fixture';
import { searchPages } from '../../../../../main/db/repositories/search';
import type { DocumentMeta } from '../../../../../shared/domain/document';
import type { SearchQuery } from '../../../../../shared/domain/search';
import { GlossaError } from '../../../../../shared/errors';
import { addDocument, type TempProject, tempProject } from '../../../../helpers/temp-project';

let p: TempProject;
let osce: DocumentMeta;
let greta: DocumentMeta;
let tip: DocumentMeta;

beforeAll(() => {
  p = tempProject('glossa-search-');
  osce = addDocument(
    p.db,
    [
      'OSCE annual report. Introduction to the work of the Special Representative.',
      'The fight against human trafficking in Moldova relies on partnerships with IOM and UNODC.',
      'Trafficked persons were identified; anti-trafficking coordinators met in Chisinau.',
    ],
    { title: 'OSCE report 2012', organisation: 'osce', countries: ['moldova'], year: 2012, docType: 'progress-report', language: 'en' },
  );
  greta = addDocument(
    p.db,
    [
      'Доклад ГРЕТА. Введение.',
      'Борьба с торговлей людьми в Молдове требует сотрудничества. Ещё одна ёлка.',
      'Торговля людьми остаётся серьёзной проблемой; торговцы людьми осуждены.',
    ],
    { title: 'ГРЕТА: Молдова', organisation: 'coe-greta', countries: ['moldova', 'ukraine'], year: 2018, docType: 'evaluation', language: 'ru' },
  );
  tip = addDocument(
    p.db,
    Array.from({ length: 30 }, (_, i) => `Page ${i + 1}. Trafficking in persons report: country narratives and tier rankings.`),
    { title: 'TIP Report', organisation: 'usa-state-dept', countries: ['region-wide'], year: 2020, docType: 'study', language: 'en' },
  );
});
afterAll(() => p.close());

const search = (q: SearchQuery) => searchPages(p.handle.db, { exact: true, ...q });
const pagesOf = (q: SearchQuery) => search({ limit: 500, ...q }).hits.map((h) => `${h.documentTitle}#${h.pageIndex}`).sort();

describe('searchPages', () => {
  it('finds English words on the right pages, with document and page', () => {
    const r = search({ text: 'UNODC' });
    expect(r.total).toBe(1);
    expect(r.hits).toEqual([{ documentId: osce.id, documentTitle: 'OSCE report 2012', pageIndex: 1, snippet: expect.stringContaining('\u0002UNODC\u0003'), terms: ['unodc'] }]);
    expect(r.terms).toEqual(['unodc']);
  });

  it('ANDs words and matches phrases in order only', () => {
    expect(pagesOf({ text: 'trafficking moldova' })).toEqual(['OSCE report 2012#1']);
    expect(pagesOf({ text: '"human trafficking"' })).toEqual(['OSCE report 2012#1']);
    expect(pagesOf({ text: '"trafficking human"' })).toEqual([]);
  });

  it('matches English and Russian prefixes (inflections)', () => {
    expect(pagesOf({ text: 'traffick*', filter: { organisations: ['osce'] } })).toEqual(['OSCE report 2012#1', 'OSCE report 2012#2']);
    expect(pagesOf({ text: 'торгов*' })).toEqual(['ГРЕТА: Молдова#1', 'ГРЕТА: Молдова#2']);
    expect(pagesOf({ text: '"торговля людьми"' })).toEqual(['ГРЕТА: Молдова#2']);
    expect(pagesOf({ text: 'Молдове' })).toEqual(['ГРЕТА: Молдова#1']);
  });

  it('treats ё and е as the same letter, both ways', () => {
    expect(pagesOf({ text: 'елка' })).toEqual(['ГРЕТА: Молдова#1']);
    expect(pagesOf({ text: 'ёлка' })).toEqual(['ГРЕТА: Молдова#1']);
    expect(pagesOf({ text: 'остается' })).toEqual(['ГРЕТА: Молдова#2']);
    expect(pagesOf({ text: 'ЕЩЕ' })).toEqual(['ГРЕТА: Молдова#1']);
    const hit = search({ text: 'еще' }).hits[0];
    expect(hit.snippet).toContain('\u0002Ещё\u0003');
  });

  it('filters by document attributes', () => {
    expect(pagesOf({ text: 'trafficking', filter: { organisations: ['usa-state-dept'] } })).toHaveLength(30);
    expect(pagesOf({ text: 'trafficking', filter: { countries: ['moldova'] } })).toEqual(['OSCE report 2012#1', 'OSCE report 2012#2']);
    expect(pagesOf({ text: 'trafficking', filter: { yearFrom: 2013, yearTo: 2019 } })).toEqual([]);
    expect(pagesOf({ text: 'торговля OR trafficking', filter: { languages: ['ru'] } })).toEqual(['ГРЕТА: Молдова#2']);
    expect(pagesOf({ text: 'report', filter: { docTypes: ['progress-report', 'evaluation'] } })).toEqual(['OSCE report 2012#0']);
    expect(pagesOf({ text: 'report', filter: { text: 'tip' } })).toHaveLength(30);
    expect(search({ text: 'trafficking', filter: { countries: ['ukraine', 'region-wide'] }, limit: 5 }).total).toBe(30);
  });

  it('wraps hits in \\u0002…\\u0003 within ~12 words of context', () => {
    const hit = search({ text: 'partnerships' }).hits[0];
    expect(hit.snippet).toBe('…against human trafficking in Moldova relies on \u0002partnerships\u0003 with IOM and UNODC');
    const phrase = search({ text: '"торговлей людьми"' }).hits[0];
    expect(phrase.snippet).toContain('\u0002торговлей людьми\u0003');
  });

  it('pages through results with a stable order and a total', () => {
    const all = search({ text: 'trafficking', limit: 500 });
    expect(all.total).toBe(32);
    expect(all.hits).toHaveLength(32);
    const first = search({ text: 'trafficking', limit: 10 });
    const second = search({ text: 'trafficking', limit: 10, offset: 10 });
    const last = search({ text: 'trafficking', limit: 10, offset: 30 });
    expect(first.total).toBe(32);
    expect(second.total).toBe(32);
    expect(last.total).toBe(32);
    expect(last.hits).toHaveLength(2);
    expect([...first.hits, ...second.hits]).toEqual(all.hits.slice(0, 20));
    expect(search({ text: 'trafficking', offset: 100 })).toMatchObject({ hits: [], total: 32 });
    expect(search({ text: 'trafficking' }).hits).toHaveLength(32); // default limit 50
  });

  it('orders by relevance first (bm25)', () => {
    const hits = search({ text: 'trafficking OR торговля', limit: 500 }).hits;
    expect(hits.length).toBe(33);
    // 'торговля' occurs on 1 page of 36, 'trafficking' on 32: the rare word's page ranks first.
    expect(`${hits[0].documentId}#${hits[0].pageIndex}`).toBe(`${greta.id}#2`);
  });

  it('never throws an SQL error for FTS5 special characters', () => {
    for (const text of ['"unbalanced', 'NEAR(', 'a:b', 'body:trafficking', '^moldova', 'trafficking AND', 'OR', '(osce', '-', '"', '*traffick']) {
      try {
        const r = search({ text });
        expect(Array.isArray(r.hits), text).toBe(true);
      } catch (err) {
        expect(err, text).toBeInstanceOf(GlossaError);
        expect((err as GlossaError).code).toBe('search.badQuery');
      }
    }
    expect(() => search({ text: '*' })).toThrow(GlossaError);
    // Punctuation inside a word makes a phrase, as the index split the page text.
    expect(pagesOf({ text: 'body:unodc' })).toEqual([]);
    expect(pagesOf({ text: 'Moldova:relies' })).toEqual(['OSCE report 2012#1']);
  });

  it('forgets removed documents', () => {
    const doc = addDocument(p.db, ['a unique zanzibar page']);
    expect(search({ text: 'zanzibar' }).total).toBe(1);
    removeDocumentAction(p.handle.db, ALICE, doc.id);
    expect(search({ text: 'zanzibar' })).toMatchObject({ hits: [], total: 0 });
    void tip;
  });
});
