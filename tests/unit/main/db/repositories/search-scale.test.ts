// Search behaviour that must not change with the size of a project (issue 12): the first
// screen counts at most a cap of hits ("1,000+" here, "10,000+" in the app: the same code
// path with a smaller cap), search.count refines to the exact number, hits come in bm25
// order, snippets are cut only for the rows returned, and document filters apply to the
// hits, the capped count and the exact count alike. A real project file of 1,105 pages.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as snippet from '../../../../../main/core/search/snippet';
import { searchHandlers } from '../../../../../main/core/app/search-handlers';
import type { BackendContext } from '../../../../../main/core/backend-context';
import { allowedPages, countSearch, searchPages } from '../../../../../main/db/repositories/search';
import { addDocument, type TempProject, tempProject } from '../../../../helpers/temp-project';

vi.mock('../../../../../main/core/search/snippet', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../../main/core/search/snippet')>();
  return { ...real, cutSnippet: vi.fn(real.cutSnippet) };
});

const CAP = 1_000;
let p: TempProject;

beforeAll(() => {
  p = tempProject('glossa-search-scale-');
  // 1,100 English pages with "corridor" (every 5th also "harbour"), 5 Russian pages with it too.
  for (let d = 0; d < 11; d++) {
    addDocument(
      p.db,
      Array.from({ length: 100 }, (_, i) => `Page ${i + 1} of report ${d}. The transport corridor study${i % 5 === 0 ? ' near the harbour' : ''}.`),
      { title: `Report ${d}`, language: 'en', year: 2010 + d },
    );
  }
  addDocument(p.db, Array.from({ length: 5 }, (_, i) => `Страница ${i + 1}. Транспортный corridor и граница.`), { title: 'Доклад', language: 'ru', year: 2025 });
});
afterAll(() => p.close());

const handlers = () => searchHandlers({ requireProject: () => p.handle } as unknown as BackendContext);

describe('the capped count of the first screen', () => {
  it('stops at the cap and says so; search.count gives the exact number', async () => {
    const r = searchPages(p.db, { text: 'corridor', limit: 50 }, { countCap: CAP });
    expect(r.hits).toHaveLength(50);
    expect(r.total).toBe(CAP);
    expect(r.totalExact).toBe(false);
    expect(countSearch(p.db, { text: 'corridor' })).toBe(1_105);
    expect(await handlers()['search.count']({ text: 'corridor', limit: 50, offset: 7 })).toEqual({ total: 1_105 });
  });

  it('is exact when the hits stay under the cap, and when the first screen is short', () => {
    expect(searchPages(p.db, { text: 'harbour', limit: 50 }, { countCap: CAP })).toMatchObject({ total: 220, totalExact: true });
    const short = searchPages(p.db, { text: 'граница', limit: 50 }, { countCap: 2 });
    expect(short).toMatchObject({ total: 5, totalExact: true });
    expect(short.hits).toHaveLength(5);
  });

  it('counts past the cap when paging beyond it, so "more" still shows', () => {
    const r = searchPages(p.db, { text: 'corridor', limit: 50, offset: 1_000 }, { countCap: CAP });
    expect(r.hits).toHaveLength(50);
    expect(r.total).toBe(1_050);
    expect(r.totalExact).toBe(false);
    const last = searchPages(p.db, { text: 'corridor', limit: 50, offset: 1_100 }, { countCap: CAP });
    expect(last).toMatchObject({ total: 1_105, totalExact: true });
    expect(last.hits).toHaveLength(5);
  });

  it('applies document filters to the hits and counts what passes in the ranking\'s own pass, past the cap', () => {
    const ru = searchPages(p.db, { text: 'corridor', filter: { languages: ['ru'] } }, { countCap: CAP });
    expect(ru).toMatchObject({ total: 5, totalExact: true });
    expect(new Set(ru.hits.map((h) => h.documentTitle))).toEqual(new Set(['Доклад']));
    const years = { yearFrom: 2011, yearTo: 2020 };
    // Filtered, the ranking walks every passing hit anyway: its count is exact, whatever the cap.
    const en = searchPages(p.db, { text: 'corridor', filter: years, limit: 50 }, { countCap: 900 });
    expect(en).toMatchObject({ total: 1_000, totalExact: true });
    // Past the last passing hit the screen is empty and the capped count answers.
    expect(searchPages(p.db, { text: 'corridor', filter: years, limit: 50, offset: 1_000 }, { countCap: 900 })).toMatchObject({ hits: [], total: 1_000, totalExact: true });
    expect(en.hits.every((h) => h.documentTitle !== 'Report 0' && h.documentTitle !== 'Доклад')).toBe(true);
    expect(countSearch(p.db, { text: 'corridor', filter: years })).toBe(1_000);
    expect(searchPages(p.db, { text: 'corridor', filter: years }, { countCap: 1_000 })).toMatchObject({ total: 1_000, totalExact: true });
  });

  it('defaults to the app cap of 10,000; a cap below the screen counts the screen', () => {
    expect(searchPages(p.db, { text: 'corridor' })).toMatchObject({ total: 1_105, totalExact: true });
    expect(searchPages(p.db, { text: 'corridor', limit: 50 }, { countCap: -3 })).toMatchObject({ total: 50, totalExact: false });
  });
});

describe('document filters', () => {
  it('read the pages of the chosen documents only, never every page of the project', () => {
    for (const filter of [{ languages: ['ru'] }, { organisations: ['osce'] }, { yearFrom: 2012, yearTo: 2014 }, { countries: ['moldova'] }]) {
      const allowed = allowedPages(p.db, filter);
      const plan = (p.db.prepare(`EXPLAIN QUERY PLAN SELECT f.rowid FROM pages_stem_fts f WHERE pages_stem_fts MATCH ?${allowed.sql}`).all('corridor', ...allowed.params) as Array<{ detail: string }>).map((r) => r.detail);
      expect(plan.some((d) => /^SEARCH p USING COVERING INDEX .*\(document_id=\?\)/.test(d))).toBe(true);
      expect(plan.some((d) => /^SCAN p\b/.test(d))).toBe(false);
    }
  });
});

describe('the first screen at scale', () => {
  it('ranks by bm25: the page with the most occurrences first, whatever its position', () => {
    const doc = addDocument(p.db, ['zephyr once, among many other words in a longer sentence here', 'zephyr zephyr zephyr', 'zephyr zephyr, and some words'], { title: 'Rank' });
    const r = searchPages(p.db, { text: 'zephyr' });
    expect(r.hits.map((h) => h.pageIndex)).toEqual([1, 2, 0]);
    expect(r.hits.every((h) => h.documentId === doc.id)).toBe(true);
  });

  it('cuts snippets only for the rows it returns', () => {
    const cut = vi.mocked(snippet.cutSnippet);
    cut.mockClear();
    const r = searchPages(p.db, { text: 'corridor', limit: 50, offset: 100 }, { countCap: CAP });
    expect(r.hits).toHaveLength(50);
    expect(r.hits.every((h) => h.snippet.includes('\u0002corridor\u0003'))).toBe(true);
    expect(cut).toHaveBeenCalledTimes(50);
  });
});
