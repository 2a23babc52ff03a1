// Scale must not change the library: at a small size and at the scale size (GLOSSA_SCALE_DOCS,
// 2,000 in the full run) documents.list returns every document, each filter (in the renderer's
// filterDocuments over that list, and in documents.list's own filter used by search and the CLI)
// selects exactly the documents the generator gave those attributes, and every sortable column
// sorts both ways with blanks last, ties by title, and the same relative order as a small subset
// sorted alone.
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentFilter, DocumentMeta } from '../../../shared/domain/document';
import {
  EMPTY_FILTER, filterDocuments, sortDocuments, type LabelFn, type LibraryFilter, type SortKey,
} from '../../../renderer/features/library/library-table';
import { vocabLabel } from '../../../renderer/i18n/i18n';
import { normalizeSearch } from '../../../shared/text/normalize-search';
import { removeScaleCache, scaleDocs, scaleProject, type ScaleDoc } from '../../helpers/scale-project';
import { SMALL_DOCS, openScaleBackend } from './scale-backend';

afterAll(() => removeScaleCache());

const SORT_KEYS: SortKey[] = ['title', 'organisation', 'countries', 'year', 'docType', 'language', 'pageCount', 'importedAt'];
const labelIn = (locale: 'en' | 'ru'): LabelFn => (list, id) => vocabLabel(list, id, locale);

/** The filters the library offers, each with the generator's answer. */
function filterCases(docs: ScaleDoc[]): Array<{ name: string; lib: Partial<LibraryFilter>; api: DocumentFilter; want: (d: ScaleDoc) => boolean }> {
  const org = docs[1].organisation;
  const country = docs.find((d) => d.countries.length > 0)!.countries[0];
  const docType = docs[1].docType;
  return [
    { name: 'organisation', lib: { organisations: [org] }, api: { organisations: [org] }, want: (d) => d.organisation === org },
    { name: 'country', lib: { countries: [country] }, api: { countries: [country] }, want: (d) => d.countries.includes(country) },
    { name: 'two countries', lib: { countries: ['moldova', 'russia'] }, api: { countries: ['moldova', 'russia'] }, want: (d) => d.countries.some((c) => c === 'moldova' || c === 'russia') },
    { name: 'type', lib: { docTypes: [docType] }, api: { docTypes: [docType] }, want: (d) => d.docType === docType },
    { name: 'language', lib: { languages: ['ru'] }, api: { languages: ['ru'] }, want: (d) => d.language === 'ru' },
    { name: 'years', lib: { yearFrom: 2005, yearTo: 2012 }, api: { yearFrom: 2005, yearTo: 2012 }, want: (d) => d.year !== null && d.year >= 2005 && d.year <= 2012 },
    { name: 'year from', lib: { yearFrom: 2020 }, api: { yearFrom: 2020 }, want: (d) => d.year !== null && d.year >= 2020 },
    // ё and е fold together: "отчет" finds "Отчёт о миграции" and "Отчет о защите".
    { name: 'text (ё/е)', lib: { text: 'отчет' }, api: { text: 'отчет' }, want: (d) => normalizeSearch(d.title).includes('отчет') },
    { name: 'text (number)', lib: { text: '0012' }, api: { text: '0012' }, want: (d) => d.title.includes('0012') || d.fileName.includes('0012') },
    {
      name: 'combined', lib: { languages: ['en'], yearFrom: 2010, countries: [country] }, api: { languages: ['en'], yearFrom: 2010, countries: [country] },
      want: (d) => d.language === 'en' && d.year !== null && d.year >= 2010 && d.countries.includes(country),
    },
  ];
}

const idSet = (list: Array<{ id: string }>) => [...list.map((d) => d.id)].sort();

function isEmpty(d: DocumentMeta, key: SortKey): boolean {
  if (key === 'organisation') return d.organisation === '';
  if (key === 'countries') return d.countries.length === 0;
  if (key === 'year') return d.year === null;
  if (key === 'docType') return d.docType === '';
  if (key === 'language') return d.language === '';
  return false;
}

describe.each([SMALL_DOCS, scaleDocs()])('library at %i documents', (size) => {
  const p = scaleProject(size);

  it('lists every document and each filter selects exactly the matching ones, in the UI and the API', async () => {
    const s = await openScaleBackend(p);
    try {
      const all = await s.backend.invoke('documents.list', {});
      expect(all).toHaveLength(size);
      expect(idSet(all)).toEqual(idSet(p.docs));
      for (const c of filterCases(p.docs)) {
        const want = idSet(p.docs.filter(c.want));
        expect(want.length, c.name).toBeGreaterThan(0);
        expect(idSet(filterDocuments(all, { ...EMPTY_FILTER, ...c.lib })), c.name).toEqual(want);
        expect(idSet(await s.backend.invoke('documents.list', { filter: c.api })), c.name).toEqual(want);
      }
    } finally {
      await s.close();
    }
  });

  it('sorts every column both ways: blanks last, ties by title, a subset keeps its order', async () => {
    const s = await openScaleBackend(p);
    try {
      const all = await s.backend.invoke('documents.list', {});
      const label = labelIn('en');
      const subset = new Set(all.filter((_, i) => i % 7 === 3).slice(0, 25).map((d) => d.id));
      for (const key of SORT_KEYS) {
        for (const dir of ['asc', 'desc'] as const) {
          const sorted = sortDocuments(all, { key, dir }, label);
          expect(idSet(sorted), `${key} ${dir}`).toEqual(idSet(all));
          const firstEmpty = sorted.findIndex((d) => isEmpty(d, key));
          if (firstEmpty >= 0) expect(sorted.slice(firstEmpty).every((d) => isEmpty(d, key)), `${key} ${dir} blanks last`).toBe(true);
          // The same rows sorted on their own come out in the same relative order (a total,
          // deterministic order does not depend on how many other rows there are).
          const alone = sortDocuments(all.filter((d) => subset.has(d.id)), { key, dir }, label).map((d) => d.id);
          expect(sorted.filter((d) => subset.has(d.id)).map((d) => d.id), `${key} ${dir} subset`).toEqual(alone);
          // Sorting the reversed list gives the same order: ties never depend on the input order
          // beyond identical titles.
          const again = sortDocuments([...all].reverse(), { key, dir }, label);
          expect(again.map((d) => d.title), `${key} ${dir} stable`).toEqual(sorted.map((d) => d.title));
        }
      }
      // Numbers sort as numbers in both directions, ties by title ascending.
      const byPages = sortDocuments(all, { key: 'pageCount', dir: 'desc' }, label);
      for (let i = 1; i < byPages.length; i++) {
        const a = byPages[i - 1], b = byPages[i];
        expect(a.pageCount >= b.pageCount).toBe(true);
        if (a.pageCount === b.pageCount) expect(new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare(a.title, b.title) <= 0).toBe(true);
      }
    } finally {
      await s.close();
    }
  });

  it('sorts Russian titles with ё beside е, and Cyrillic before Latin in the Russian interface', async () => {
    const s = await openScaleBackend(p);
    try {
      const all = await s.backend.invoke('documents.list', {});
      const ru = sortDocuments(all, { key: 'title', dir: 'asc' }, labelIn('ru'), 'ru').map((d) => d.title);
      const en = sortDocuments(all, { key: 'title', dir: 'asc' }, labelIn('en'), 'en').map((d) => d.title);
      const firstCyrillic = (list: string[]) => list.findIndex((t) => /^[А-яЁё]/.test(t));
      expect(/^[А-яЁё]/.test(ru[0])).toBe(true);
      expect(/^[A-Za-z]/.test(en[0])).toBe(true);
      expect(firstCyrillic(en)).toBe(all.filter((d) => /^[A-Za-z]/.test(d.title)).length);
      // By letters with ё as е: the topics come in this order, each topic's titles together.
      const topics = ru.filter((t) => /^[А-яЁё]/.test(t)).map((t) => t.replace(/ доклад \d+$/, ''));
      const groups = topics.filter((t, i) => i === 0 || topics[i - 1] !== t);
      const order = ['Еженедельный обзор', 'Ёмкость приютов', 'Жалобы и меры', 'Защита пострадавших', 'Отчет о защите', 'Отчёт о миграции'];
      expect(groups).toEqual(order.filter((t) => groups.includes(t)));
      expect(groups.length).toBeGreaterThanOrEqual(3);
    } finally {
      await s.close();
    }
  });
});
