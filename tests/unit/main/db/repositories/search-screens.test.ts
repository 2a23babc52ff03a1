// The kept first screens of common searches (migration 0021, search-screens.ts): built from a
// real project file, a kept screen gives exactly the hits, order and totals FTS5 ranks live —
// for words, word forms, prefixes, the exact index, filters and later screens; it is what
// searchPages serves (a screen reordered in the file shows reordered); it stops being used the
// moment the pages change; and a screen that does not hold up (not Glossa's blob, pages that
// do not match, a total below its ids) is ignored in favour of the live ranking.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchScreens, commonSearches, phrasesIn } from '../../../../../main/core/search/search-screens';
import { migrate } from '../../../../../main/db/migrations/index';
import { searchPages } from '../../../../../main/db/repositories/search';
import { encodeIds, screenStats, searchState, storeScreens } from '../../../../../main/db/repositories/search-screens';
import type { SearchQuery } from '../../../../../shared/domain/search';
import { addDocument, type TempProject, tempProject } from '../../../../helpers/temp-project';

const MIN = 10;
let p: TempProject;

/** Pages where "corridor" comes 1-4 times among filler of varying length, so bm25 orders them by more than page id. */
const page = (d: number, i: number) =>
  `Page ${i} of report ${d}. ${'The transport corridor study. '.repeat(1 + ((i * 7 + d) % 4))}${'Filler words about roads. '.repeat((i * 3 + d) % 5)}${i % 3 === 0 ? 'Corridors and corrections.' : ''}`;

beforeEach(() => {
  p = tempProject('glossa-search-screens-');
  for (let d = 0; d < 3; d++) addDocument(p.db, Array.from({ length: 30 }, (_, i) => page(d, i)), { title: `Report ${d}`, language: d === 2 ? 'ru' : 'en', year: 2010 + d });
});
afterEach(() => p.close());

const QUERIES: SearchQuery[] = [
  { text: 'corridor', limit: 50 },
  { text: 'corridors', limit: 20, offset: 20 },
  { text: 'corr*', limit: 50 },
  { text: 'tran*', limit: 10, offset: 80 },
  { text: 'corridor', exact: true, limit: 50 },
  { text: 'corridor', limit: 10, filter: { languages: ['ru'] } },
  { text: 'the', limit: 30, filter: { yearFrom: 2011 }, offset: 5 },
  { text: '"transport corridors"', limit: 50 },
  { text: '"corridor study"', exact: true, limit: 20, offset: 40 },
];

const storedMatches = (mode: 'stem' | 'exact') =>
  (p.db.prepare('SELECT match FROM search_screens WHERE mode = ? ORDER BY match').all(mode) as Array<{ match: string }>).map((r) => r.match);

const setIds = (match: string, ids: number[] | Buffer, total?: number) =>
  p.db
    .prepare('UPDATE search_screens SET ids = ?, total = coalesce(?, total) WHERE mode = ? AND match = ?')
    .run(Buffer.isBuffer(ids) ? ids : encodeIds(ids), total ?? null, 'stem', match);
const keptIds = (match: string) => {
  const blob = (p.db.prepare("SELECT ids FROM search_screens WHERE mode = 'stem' AND match = ?").get(match) as { ids: Buffer }).ids;
  return Array.from({ length: blob.length / 4 }, (_, i) => blob.readUInt32LE(i * 4));
};

describe('kept search screens', () => {
  it('give exactly the live ranking, totals included', async () => {
    const built = await buildSearchScreens(p.db, { minPages: MIN });
    expect(built.outcome).toBe('stored');
    expect(screenStats(p.db).screens).toBeGreaterThan(5);
    for (const q of QUERIES) expect(searchPages(p.db, q), q.text).toEqual(searchPages(p.db, q, { live: true }));
    expect(searchPages(p.db, QUERIES[0]).hits).toHaveLength(50);
    expect(searchPages(p.db, QUERIES[0])).toMatchObject({ total: 90, totalExact: true });
  });

  it('are what the search serves, until the pages change', async () => {
    await buildSearchScreens(p.db, { minPages: MIN });
    const live = searchPages(p.db, { text: 'corridor', limit: 90 }, { live: true }).hits.map((h) => `${h.documentTitle}:${h.pageIndex}`);
    setIds('"corridor"', keptIds('"corridor"').reverse());
    const served = searchPages(p.db, { text: 'corridor', limit: 90 }).hits.map((h) => `${h.documentTitle}:${h.pageIndex}`);
    expect(served).toEqual([...live].reverse());
    const before = searchState(p.db)!.generation;
    addDocument(p.db, ['One more corridor page.'], { title: 'Late' });
    expect(searchState(p.db)!.generation).toBeGreaterThan(before);
    expect(searchPages(p.db, { text: 'corridor', limit: 91 })).toEqual(searchPages(p.db, { text: 'corridor', limit: 91 }, { live: true }));
    expect(searchPages(p.db, { text: 'corridor', limit: 91 }).total).toBe(91);
  });

  it('keep the two-word phrases of common words, as the index has them', async () => {
    await buildSearchScreens(p.db, { minPages: MIN });
    expect(storedMatches('stem')).toEqual(expect.arrayContaining(['"transport corridor"', '"corridor studi"', '"and correct"']));
    expect(storedMatches('exact')).toEqual(expect.arrayContaining(['"transport corridor"', '"corridor study"']));
    // "study. Corridors" is on 6 pages of 90: below MIN, left to the live ranking.
    expect(storedMatches('stem')).not.toContain('"studi corridor"');
    const q = { text: '"corridor studies"', limit: 90 };
    const live = searchPages(p.db, q, { live: true }).hits.map((h) => `${h.documentTitle}:${h.pageIndex}`);
    setIds('"corridor studi"', keptIds('"corridor studi"').reverse());
    expect(searchPages(p.db, q).hits.map((h) => `${h.documentTitle}:${h.pageIndex}`)).toEqual([...live].reverse());
  });

  it('that do not hold up are ignored', async () => {
    await buildSearchScreens(p.db, { minPages: MIN });
    const q = { text: 'corridor', limit: 50 };
    const live = searchPages(p.db, q, { live: true });
    const ids = keptIds('"corridor"');
    const noMatch = (p.db.prepare("SELECT id FROM pages WHERE text NOT LIKE '%corridor%' LIMIT 1").get() as { id: number } | undefined)?.id;
    // Every page here has the word: a page id past the project's pages stands for one that does not match.
    for (const bad of [Buffer.from([1, 2, 3]), Buffer.alloc(4 * 1001), [noMatch ?? 99_999, ...ids.slice(1)]]) {
      setIds('"corridor"', bad as number[] | Buffer);
      expect(searchPages(p.db, q)).toEqual(live);
    }
    setIds('"corridor"', ids.reverse(), 3);
    expect(searchPages(p.db, q)).toEqual(live);
  });

  it('ranked before phrases were kept are dropped by migration 0022, and built again', async () => {
    await buildSearchScreens(p.db, { minPages: MIN });
    p.db.prepare("DELETE FROM search_screens WHERE match LIKE '% %'").run();
    p.db.pragma('user_version = 21');
    migrate(p.db);
    expect(screenStats(p.db).screens).toBe(0);
    expect(searchState(p.db)!.screensGeneration).toBe(0);
    await buildSearchScreens(p.db, { minPages: MIN });
    expect(storedMatches('stem')).toContain('"transport corridor"');
  });

  it('are not stored by a build the pages outran', async () => {
    const { generation } = searchState(p.db)!;
    expect(storeScreens(p.db, generation - 1, [{ mode: 'stem', match: '"corridor"', total: 1, ids: [1] }])).toBe(false);
    expect(screenStats(p.db).screens).toBe(0);
    expect(searchState(p.db)!.screensGeneration).toBe(0);
    expect(storeScreens(p.db, generation, [{ mode: 'stem', match: '"corridor"', total: 1, ids: [1] }])).toBe(true);
    expect(searchState(p.db)!.screensGeneration).toBe(generation);
  });
});

describe('the common searches of an index', () => {
  it('count a phrase once a page, in each index\'s own word forms, of common words only', () => {
    const counts = phrasesIn(['The Trafficking of the trafficking.', 'the trafficking'], {
      stem: new Set(['the', 'traffick']),
      exact: new Set(['the', 'trafficking', 'traffick']),
    });
    expect([...counts.stem]).toEqual([['the traffick', 2]]);
    expect([...counts.exact]).toEqual([['the trafficking', 2]]);
  });

  it('are its frequent words and the prefixes of its words, one ranking per set of words', () => {
    const vocab = [
      { term: 'the', pages: 50 },
      { term: 'their', pages: 20 },
      { term: 'traffick', pages: 40 },
      { term: 'trade', pages: 3 },
      { term: 'rare', pages: 2 },
    ];
    const s = commonSearches(vocab, 10);
    expect([...s.keys()].filter((m) => !m.endsWith('*')).sort()).toEqual(['"the"', '"their"', '"traffick"']);
    // traff*, traffi* ... stand for traffick alone: its own ranking; t*, tr* for several words.
    expect(s.get('"traff"*')).toBe('traffick');
    expect(s.get('"traffick"*')).toBe('traffick');
    expect(s.get('"the"*')).toBe(s.get('"th"*'));
    expect(s.get('"the"*')).not.toBe('the');
    expect(s.get('"t"*')).not.toBe(s.get('"tr"*'));
    expect(s.has('"r"*')).toBe(false);
    expect(s.has('"rare"')).toBe(false);
  });
});
