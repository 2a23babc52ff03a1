// Scale must not change search: at a small size and at the scale size the search.query channel
// gives exact totals (few hits and thousands), the best-ranked page first, every matching page
// exactly once when paged through, snippets with the matched form marked, stemmed and exact
// forms, phrases, prefixes and attribute filters.
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchQuery } from '../../../shared/domain/search';
import type { Backend } from '../../../main/core/backend';
import { RARE_WORD, RU_STEM_QUERY, removeScaleCache, scaleDocs, scaleProject, type ScaleDoc } from '../../helpers/scale-project';
import { SMALL_DOCS, openScaleBackend } from './scale-backend';

afterAll(() => removeScaleCache());

/** Every hit of a query, paged as the UI pages (50 a screen). */
async function allHits(backend: Backend, q: SearchQuery): Promise<{ keys: string[]; totals: number[] }> {
  const keys: string[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += 50) {
    const r = await backend.invoke('search.query', { ...q, offset, limit: 50 });
    totals.push(r.total);
    keys.push(...r.hits.map((h) => `${h.documentId}#${h.pageIndex}`));
    if (r.hits.length < 50 || offset > r.total) break;
  }
  return { keys, totals };
}

const page0 = (docs: ScaleDoc[]) => docs.map((d) => `${d.id}#0`).sort();

describe.each([SMALL_DOCS, scaleDocs()])('search at %i documents', (size) => {
  const p = scaleProject(size);

  it('totals, ranking, paging and snippets match the generated texts', async () => {
    const s = await openScaleBackend(p);
    try {
      const b = s.backend;
      const rare = p.docs.filter((d) => d.index % 10 === 0);
      const first = await b.invoke('search.query', { text: RARE_WORD });
      expect(first.total).toBe(p.expected.rareWordPages);
      expect(first.hits[0]).toMatchObject({ documentId: p.docs[10].id, pageIndex: 0 });
      expect(first.hits.every((h) => h.snippet.includes(`\u0002${RARE_WORD}\u0003`))).toBe(true);
      const paged = await allHits(b, { text: RARE_WORD });
      expect([...paged.keys].sort()).toEqual(page0(rare));
      expect(new Set(paged.totals)).toEqual(new Set([rare.length]));

      // A word on every English first page: a total in the thousands at 2,000 documents.
      const en = p.docs.filter((d) => d.language === 'en');
      const common = await allHits(b, { text: '"coordinated assistance"' });
      expect(new Set(common.totals)).toEqual(new Set([en.length]));
      expect(new Set(common.keys).size).toBe(en.length);
      expect([...common.keys].sort()).toEqual(page0(en));

      // The last screen: an offset past the first page still knows the total.
      const last = await b.invoke('search.query', { text: 'passage', offset: en.length - 3, limit: 50 });
      expect(last.total).toBe(en.length);
      expect(last.hits).toHaveLength(3);

      expect((await b.invoke('search.query', { text: 'kaleido*' })).total).toBe(rare.length);
      const none = await b.invoke('search.query', { text: 'kaleidoscopes', exact: true });
      expect(none.total).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('stemmed and exact Russian forms, and attribute filters', async () => {
    const s = await openScaleBackend(p);
    try {
      const b = s.backend;
      const ru = p.docs.filter((d) => d.language === 'ru');
      const stem = await allHits(b, { text: RU_STEM_QUERY });
      expect([...stem.keys].sort()).toEqual(page0(ru));
      expect(stem.totals[0]).toBe(p.expected.ruStemPages);
      const first = await b.invoke('search.query', { text: RU_STEM_QUERY });
      for (const h of first.hits) expect(h.snippet).toMatch(/\u0002торговл(и|е|ей|ю)\u0003/);
      // Exact: only the documents that carry that very form (the generator cycles four forms).
      const exact = await allHits(b, { text: 'торговли', exact: true });
      expect([...exact.keys].sort()).toEqual(page0(ru.filter((d) => d.index % 4 === 0)));

      const country = p.docs.find((d) => d.countries.length > 0 && d.index % 10 === 0)?.countries[0] ?? 'moldova';
      const filtered = await allHits(b, { text: RARE_WORD, filter: { countries: [country], languages: ['en'] } });
      const want = p.docs.filter((d) => d.index % 10 === 0 && d.language === 'en' && d.countries.includes(country));
      expect([...filtered.keys].sort()).toEqual(page0(want));
      const years = await allHits(b, { text: '"coordinated assistance"', filter: { yearFrom: 2010, yearTo: 2015 } });
      expect([...years.keys].sort()).toEqual(page0(p.docs.filter((d) => d.language === 'en' && d.year !== null && d.year >= 2010 && d.year <= 2015)));
    } finally {
      await s.close();
    }
  });
});
