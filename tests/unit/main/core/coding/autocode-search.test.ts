// Auto-coding in search mode codes exactly what project search shows: the same pages (the
// hit set, compared) and, on each page, the same words the search hands the reader — for
// phrases, stems, NEAR, prefixes, OR and exclusions, stemmed and exact. A search-syntax
// phrase codes the whole phrase, not one of its words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAutocode, previewAutocode } from '../../../../../main/core/coding/autocode';
import { listCodesWithCounts } from '../../../../../main/core/coding/codes';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import { searchPages } from '../../../../../main/db/repositories/search';
import { normalizeSearch } from '../../../../../shared/text/normalize-search';
import { addDocument, type TempProject, tempProject } from '../../../../helpers/temp-project';
import { ALICE } from './coding-fixture';

let p: TempProject;
let codeId: string;
beforeAll(() => {
  p = tempProject('glossa-autocode-search-');
  addDocument(p.db, [
    'Борьба с торговлей людьми. Торговля оружием — другое.',
    'Торговли людьми стало меньше благодаря партнёрства государств и МОМ.',
    'Противодействие торговле\nлюдьми в Молдове.',
  ], { title: 'RU' });
  addDocument(p.db, [
    'One organisation reported victims of trafficking to the police.',
    'Victims were trafficked across the border; police cooperation grew.',
    'Human trafficking and the trafficking of human organs.',
    'The police met a victim. One two three four five six seven eight nine ten eleven twelve. Another victim was never seen.',
  ], { title: 'EN' });
  codeId = listCodesWithCounts(p.db).find((c) => c.text.en.name === 'Knowledge production')!.id;
});
afterAll(() => p.close());

/** page key -> the sorted normalised words found there. */
function searchSide(text: string, exact: boolean): Map<string, string[]> {
  const r = searchPages(p.db, { text, exact, limit: 500 });
  return new Map(r.hits.map((h) => [`${h.documentId}:${h.pageIndex}`, [...h.terms].sort()]));
}
async function autocodeSide(query: string, exact: boolean): Promise<Map<string, string[]>> {
  const out = new Map<string, Set<string>>();
  for (const h of (await previewAutocode(p.db, { query, mode: 'search', exact, extend: 'none', codeId }, ALICE.id)).hits) {
    const key = `${h.documentId}:${h.pageIndex}`;
    if (!out.has(key)) out.set(key, new Set());
    out.get(key)!.add(normalizeSearch(h.quote.exact).replace(/\s+/g, ' '));
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

describe('auto-coding with the search syntax', () => {
  const queries = [
    '"торговля людьми"',
    'торговля',
    '"human trafficking"',
    'NEAR(victim police, 4)',
    'NEAR(victim police)',
    'партн* OR мом',
    'traffick* -organs',
    'торговля -оружие',
    'victims police',
  ];
  for (const exact of [false, true]) {
    for (const q of queries) {
      it(`codes the hits search shows for ${q}${exact ? ' (exact forms)' : ''}`, async () => {
        const search = searchSide(q, exact);
        const coded = await autocodeSide(q, exact);
        expect([...coded.keys()].sort()).toEqual([...search.keys()].sort());
        expect(coded).toEqual(search);
      });
    }
  }

  it('codes only the NEAR occurrences that are near each other', async () => {
    const hits = (await previewAutocode(p.db, { query: 'NEAR(victim police, 4)', mode: 'search', extend: 'none', codeId }, ALICE.id)).hits.filter((h) => h.pageIndex === 3);
    expect(hits.map((h) => [h.quote.exact, h.start])).toEqual([['police', 4], ['victim', 17]]);
  });

  it('codes a whole phrase given in quotes, in every inflection, across a line break', async () => {
    const hits = (await previewAutocode(p.db, { query: '"торговля людьми"', mode: 'search', extend: 'none', codeId }, ALICE.id)).hits;
    expect(hits.map((h) => h.quote.exact)).toEqual(['торговлей людьми', 'Торговли людьми', 'торговле\nлюдьми']);
    expect((await previewAutocode(p.db, { query: '"торговля людьми"', mode: 'search', exact: true, extend: 'none', codeId }, ALICE.id)).hits).toEqual([]);
    const req = { query: '"human trafficking"', mode: 'search', extend: 'none', codeId } as const;
    const r = applyAutocode(p.db, ALICE, req, await previewAutocode(p.db, req, ALICE.id));
    expect(r.result).toEqual({ created: 1, skipped: 0 });
    expect(listAnnotations(p.db, { codeIds: [codeId] }).map((a) => a.targets[0].quote?.exact)).toEqual(['Human trafficking']);
  });
});
